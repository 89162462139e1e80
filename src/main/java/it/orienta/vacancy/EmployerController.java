package it.orienta.vacancy;

import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.DuplicateException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The employers' pages: the list (by name or tax code), the detail with the employer's vacancies, the editor (new and
 * change, errors at the field and in a summary, nothing saved on a refusal). Who may see or change them is the
 * services' ({@link VacancyAccess}).
 */
@Controller
class EmployerController {

    private final EmployerService employers;
    private final Vacancies vacancies;
    private final ReferenceService reference;
    private final VacancyAccess access;

    EmployerController(
            EmployerService employers, Vacancies vacancies, ReferenceService reference, VacancyAccess access) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.reference = reference;
        this.access = access;
    }

    @GetMapping("/employers")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", employers.search(q, page));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("canEdit", access.mayWrite());
        return "vacancy/employers";
    }

    /** The {@code <option>}s of the vacancy form's employer field: "name · tax code". */
    @GetMapping("/employers/options")
    String options(@RequestParam Map<String, String> params, Model model) {
        String q = params.getOrDefault(params.getOrDefault("field", "employer"), "");
        model.addAttribute(
                "options",
                q.isBlank()
                        ? java.util.List.of()
                        : employers.search(q, 0).rows().stream()
                                .limit(15)
                                .map(e -> e.name() + " · " + e.taxCode())
                                .toList());
        return "reference/options :: options";
    }

    @GetMapping("/employers/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("employer", employers.get(id));
        model.addAttribute("vacancies", vacancies.search(new Vacancies.Filter(null, null, null, null, null, id), 0));
        model.addAttribute("canEdit", access.mayWrite());
        return "vacancy/employer";
    }

    @GetMapping("/employers/new")
    String create(Model model) {
        access.write();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EmployerForm());
        }
        return edit(null, model);
    }

    @PostMapping("/employers/new")
    String register(
            @ModelAttribute("form") EmployerForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var e = employers.register(form.toCommand(municipality(form.getMunicipalityCode())));
                redirect.addFlashAttribute("flash", "employer.registered");
                return "redirect:/employers/" + e.id();
            } catch (DuplicateException e) {
                model.addAttribute("existing", e.existingPath());
                reject(errors, e);
            } catch (RuleViolationException e) {
                reject(errors, e);
            }
        }
        return edit(null, model);
    }

    @GetMapping("/employers/{id}/edit")
    String change(@PathVariable UUID id, Model model) {
        access.write();
        var e = employers.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form", EmployerForm.of(e, reference.choiceLabel(CodeSystem.MUNICIPALITY, e.municipalityCode())));
        }
        return edit(e, model);
    }

    @PostMapping("/employers/{id}/edit")
    String save(
            @PathVariable UUID id,
            @ModelAttribute("form") EmployerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                employers.change(id, form.getVersion(), form.toCommand(municipality(form.getMunicipalityCode())));
                redirect.addFlashAttribute("flash", "employer.saved");
                return "redirect:/employers/" + id;
            } catch (StaleVersionException e) {
                model.addAttribute("stale", true);
                form.setVersion(e.currentVersion());
            } catch (DuplicateException e) {
                model.addAttribute("existing", e.existingPath());
                reject(errors, e);
            } catch (RuleViolationException e) {
                reject(errors, e);
            }
        }
        return edit(employers.get(id), model);
    }

    private String edit(EmployerView employer, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("ateco", employers.ateco(LocaleContextHolder.getLocale()));
        model.addAttribute("sizeBands", VacancyTerms.SizeBand.values());
        return "vacancy/employer-edit";
    }

    private String municipality(String input) {
        return reference.resolve(CodeSystem.MUNICIPALITY, input);
    }

    /** The refusals at their fields; the others in the summary. */
    static void reject(BindingResult errors, RuleViolationException e) {
        for (var v : e.violations()) {
            String field = switch (v.field() == null ? "" : v.field()) {
                case "employerId" -> "employer";
                case "professionCode" -> "profession";
                case "languages" -> "language1";
                case "taxCode",
                        "name",
                        "atecoCode",
                        "municipalityCode",
                        "address",
                        "email",
                        "phone",
                        "contactPerson",
                        "notes",
                        "title",
                        "description",
                        "posts",
                        "contractType",
                        "workingTime",
                        "startDate",
                        "publicationDate",
                        "expiryDate",
                        "minEducationLevel",
                        "minExperienceYears" -> v.field();
                default -> null;
            };
            var args = v.args().toArray();
            if (field != null && errors.getTarget() != null && hasField(errors, field)) {
                errors.rejectValue(field, v.messageKey(), args, v.code());
            } else {
                errors.reject(v.messageKey(), args, v.code());
            }
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        return new org.springframework.beans.BeanWrapperImpl(errors.getTarget()).isReadableProperty(field);
    }
}
