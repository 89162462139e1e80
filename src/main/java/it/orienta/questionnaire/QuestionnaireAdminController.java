package it.orienta.questionnaire;

import it.orienta.questionnaire.ProfilingItem.ItemList;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages of the interview questions and the vulnerability indicators: add, edit, reorder,
 * retire (never delete: answers and referrals refer to them). {@code /admin/**} is for administrators only.
 */
@Controller
class QuestionnaireAdminController {

    private final QuestionnaireService questionnaire;

    QuestionnaireAdminController(QuestionnaireService questionnaire) {
        this.questionnaire = questionnaire;
    }

    @GetMapping("/admin/profiling/{list:questions|indicators}")
    String list(@PathVariable String list, Model model) {
        return listPage(ItemList.ofPath(list), new ItemForm(), model);
    }

    @PostMapping("/admin/profiling/{list:questions|indicators}")
    String add(
            @PathVariable String list,
            @ModelAttribute("form") ItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var which = ItemList.ofPath(list);
        try {
            questionnaire.addItem(which, form.toCommand());
            redirect.addFlashAttribute("flash", "profiling.item.saved");
            return "redirect:/admin/profiling/" + list;
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
        }
        return listPage(which, form, model);
    }

    private String listPage(ItemList list, ItemForm form, Model model) {
        model.addAttribute("list", list);
        model.addAttribute("items", questionnaire.items(list));
        model.addAttribute("form", form);
        return "profiling/admin-list";
    }

    @GetMapping("/admin/profiling/items/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var item = questionnaire.item(id);
        return editPage(item, ItemForm.of(item), model);
    }

    @PostMapping("/admin/profiling/items/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") ItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            var item = questionnaire.updateItem(id, form.toCommand(), form.getVersion());
            redirect.addFlashAttribute("flash", "profiling.item.saved");
            return "redirect:/admin/profiling/" + item.list().path();
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
        } catch (StaleVersionException e) {
            result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
            form.setVersion(e.currentVersion());
        }
        return editPage(questionnaire.item(id), form, model);
    }

    private String editPage(ProfilingItem item, ItemForm form, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        return "profiling/admin-edit";
    }

    @PostMapping("/admin/profiling/items/{id}/retired")
    String retire(@PathVariable UUID id, @RequestParam boolean retired, RedirectAttributes redirect) {
        var item = questionnaire.retireItem(id, retired);
        redirect.addFlashAttribute("flash", retired ? "profiling.item.retired.done" : "profiling.item.restored");
        return "redirect:/admin/profiling/" + item.list().path();
    }

    @PostMapping("/admin/profiling/items/{id}/move")
    String move(@PathVariable UUID id, @RequestParam String direction) {
        var item = questionnaire.item(id);
        questionnaire.moveItem(id, "up".equals(direction));
        return "redirect:/admin/profiling/" + item.list().path() + "#item-" + id;
    }
}
