package it.orienta.charter;

import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' pages of the service charter: the list, an activity, its time standards. */
@Controller
class CharterController {

    private final CharterService charter;
    private final Clock clock;

    CharterController(CharterService charter, Clock clock) {
        this.charter = charter;
        this.clock = clock;
    }

    @GetMapping("/admin/charter")
    String list(Model model) {
        model.addAttribute("activities", charter.activities());
        return "charter/list";
    }

    @GetMapping("/admin/charter/new")
    String newActivity(Model model) {
        var form = new ActivityForm();
        form.setStage(Stage.TRANSITION_SUPPORT);
        form.setDelivery(Delivery.INDIVIDUAL);
        return editPage(null, form, new StandardForm(), model);
    }

    @PostMapping("/admin/charter/new")
    String create(
            @ModelAttribute("form") ActivityForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            var created = charter.create(form.getId(), form.toCommand());
            redirect.addFlashAttribute("flash", "charter.saved");
            return "redirect:/admin/charter/" + created.id();
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
        }
        return editPage(null, form, new StandardForm(), model);
    }

    @GetMapping("/admin/charter/{id}")
    String edit(@PathVariable String id, Model model) {
        var activity = charter.activity(id);
        return editPage(activity, ActivityForm.of(activity), new StandardForm(), model);
    }

    @PostMapping("/admin/charter/{id}")
    String update(
            @PathVariable String id,
            @ModelAttribute("form") ActivityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            charter.update(id, form.toCommand(), form.getVersion());
            redirect.addFlashAttribute("flash", "charter.saved");
            return "redirect:/admin/charter/" + id;
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
        } catch (StaleVersionException e) {
            result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
            model.addAttribute("current", e.currentState());
            form.setVersion(e.currentVersion());
        }
        return editPage(charter.activity(id), form, new StandardForm(), model);
    }

    @PostMapping("/admin/charter/{id}/retired")
    String retire(@PathVariable String id, @RequestParam boolean retired, RedirectAttributes redirect) {
        charter.retire(id, retired);
        redirect.addFlashAttribute("flash", retired ? "charter.retired" : "charter.restored");
        return "redirect:/admin/charter/" + id;
    }

    /**
     * Hours are typed with a decimal comma or a decimal point alike ("7,5" or "7.5"), whatever the page's language:
     * nobody types a thousands separator in a number of hours, and reading "7.5" as 75 in Italian would be wrong.
     */
    @InitBinder("standard")
    void hours(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, "minTotalHours", new HoursEditor());
        binder.registerCustomEditor(BigDecimal.class, "maxTotalHours", new HoursEditor());
    }

    static final class HoursEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            String t = text == null ? "" : text.strip();
            if (t.isEmpty()) {
                setValue(null);
            } else if (t.matches("\\d{1,3}([.,]\\d{1,2})?")) {
                setValue(new BigDecimal(t.replace(',', '.')));
            } else {
                throw new IllegalArgumentException("not a number of hours: " + t);
            }
        }

        @Override
        public String getAsText() {
            if (!(getValue() instanceof BigDecimal hours)) {
                return "";
            }
            String plain = hours.stripTrailingZeros().toPlainString();
            return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? plain : plain.replace('.', ',');
        }
    }

    @PostMapping("/admin/charter/{id}/standards")
    String addStandard(
            @PathVariable String id,
            @ModelAttribute("standard") StandardForm standard,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                charter.addStandard(id, standard.toCommand());
                redirect.addFlashAttribute("flash", "charter.standard.saved");
                return "redirect:/admin/charter/" + id;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        var activity = charter.activity(id);
        model.addAttribute("org.springframework.validation.BindingResult.standard", result);
        return editPage(activity, ActivityForm.of(activity), standard, model);
    }

    private String editPage(ActivityView activity, ActivityForm form, StandardForm standard, Model model) {
        model.addAttribute("activity", activity);
        model.addAttribute("form", form);
        if (!model.containsAttribute("standard")) {
            model.addAttribute("standard", standard);
        }
        if (standard.getValidFrom() == null) {
            standard.setValidFrom(LocalDate.now(clock.withZone(Rome.ZONE)).plusDays(1));
        }
        model.addAttribute("standards", activity == null ? java.util.List.of() : charter.standards(activity.id()));
        model.addAttribute(
                "parents",
                charter.activities().stream()
                        .filter(a -> a.parentId() == null && (activity == null || !a.id().equals(activity.id())))
                        .toList());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("deliveries", Delivery.values());
        if (!model.containsAttribute("org.springframework.validation.BindingResult.standard")) {
            model.addAttribute(
                    "org.springframework.validation.BindingResult.standard",
                    new BeanPropertyBindingResult(standard, "standard"));
        }
        return "charter/edit";
    }

    /** Hours with up to two decimals to whole minutes. */
    static Integer minutes(BigDecimal hours) {
        return hours == null
                ? null
                : hours.multiply(BigDecimal.valueOf(60))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValueExact();
    }

    static BigDecimal hours(Integer minutes) {
        return minutes == null
                ? null
                : BigDecimal.valueOf(minutes)
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
    }
}
