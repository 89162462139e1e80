package it.orienta.vacancy;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ProfessionGlossary;
import it.orienta.reference.ReferenceService;
import it.orienta.system.DuplicateException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vacancies' pages: the list with its filters (status, profession or group through the profession picker,
 * province, contract, words of the title or the employer) and paging, refreshed by htmx as the filters change; the
 * detail with its history, its status actions and the slot where the candidates list will go; the editor (new and
 * change, errors at the field and in a summary, nothing saved on a refusal).
 */
@Controller
class VacancyController {

    private static final Pattern CODE = Pattern.compile("\\d(\\.\\d{1,2}){0,4}");

    private final VacancyService service;
    private final Vacancies reads;
    private final EmployerService employers;
    private final ReferenceService reference;
    private final ProfessionGlossary glossary;
    private final VacancyAccess access;

    VacancyController(
            VacancyService service,
            Vacancies reads,
            EmployerService employers,
            ReferenceService reference,
            ProfessionGlossary glossary,
            VacancyAccess access) {
        this.service = service;
        this.reads = reads;
        this.employers = employers;
        this.reference = reference;
        this.glossary = glossary;
        this.access = access;
    }

    @ModelAttribute("statuses")
    Status[] statuses() {
        return Status.values();
    }

    @ModelAttribute("contractTypes")
    ContractType[] contractTypes() {
        return ContractType.values();
    }

    @GetMapping("/vacancies")
    String list(
            @RequestParam(required = false) Status status,
            @RequestParam(required = false) String profession,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) ContractType contractType,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        String code = profession(profession);
        var filter = new Vacancies.Filter(status, code, province, contractType, q, null);
        model.addAttribute("result", reads.search(filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("professionInput", profession == null ? "" : profession);
        model.addAttribute("canEdit", access.mayWrite());
        return htmx != null ? "vacancy/list :: results" : "vacancy/list";
    }

    @GetMapping("/vacancies/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("vacancy", service.get(id));
        model.addAttribute("history", reads.history(id));
        model.addAttribute("canEdit", access.mayWrite());
        model.addAttribute("today", service.today());
        return "vacancy/detail";
    }

    @PostMapping("/vacancies/{id}/status")
    String changeStatus(
            @PathVariable UUID id,
            @RequestParam Status status,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newExpiry,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            service.changeStatus(id, version, status, reason, newExpiry);
            redirect.addFlashAttribute("flash", "vacancy.status.changed." + status);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("flash", "vacancy.stale");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("statusError", e.violations().getFirst());
        }
        return "redirect:/vacancies/" + id;
    }

    @GetMapping("/vacancies/new")
    String create(@RequestParam(required = false) UUID employerId, Model model) {
        access.write();
        if (!model.containsAttribute("form")) {
            var form = new VacancyForm();
            form.setPublicationDate(service.today());
            form.setExpiryDate(service.today().plusDays(30));
            if (employerId != null) {
                var e = employers.get(employerId);
                form.setEmployer(e.name() + " · " + e.taxCode());
            }
            model.addAttribute("form", form);
        }
        return edit(null, model);
    }

    @PostMapping("/vacancies/new")
    String publish(
            @ModelAttribute("form") VacancyForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var v = service.publish(command(form));
                redirect.addFlashAttribute("flash", "vacancy.published");
                return "redirect:/vacancies/" + v.id();
            } catch (DuplicateException e) {
                model.addAttribute("existing", e.existingPath());
                EmployerController.reject(errors, e);
            } catch (RuleViolationException e) {
                EmployerController.reject(errors, e);
            }
        }
        return edit(null, model);
    }

    @GetMapping("/vacancies/{id}/edit")
    String change(@PathVariable UUID id, Model model) {
        access.write();
        var v = service.get(id);
        if (!model.containsAttribute("form")) {
            var e = employers.get(v.employerId());
            model.addAttribute(
                    "form",
                    VacancyForm.of(
                            v,
                            e.name() + " · " + e.taxCode(),
                            reference.choiceLabel(CodeSystem.MUNICIPALITY, v.municipalityCode())));
        }
        return edit(v, model);
    }

    @PostMapping("/vacancies/{id}/edit")
    String save(
            @PathVariable UUID id,
            @ModelAttribute("form") VacancyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                service.change(id, form.getVersion(), command(form));
                redirect.addFlashAttribute("flash", "vacancy.saved");
                return "redirect:/vacancies/" + id;
            } catch (StaleVersionException e) {
                model.addAttribute("stale", true);
                form.setVersion(e.currentVersion());
            } catch (RuleViolationException e) {
                EmployerController.reject(errors, e);
            }
        }
        return edit(service.get(id), model);
    }

    private String edit(VacancyView vacancy, Model model) {
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("workingTimes", WorkingTime.values());
        model.addAttribute("licences", DrivingLicence.values());
        model.addAttribute("levels", CefrLevel.values());
        return "vacancy/edit";
    }

    private VacancyCommand command(VacancyForm form) {
        return form.toCommand(
                employer(form.getEmployer()),
                profession(form.getProfession()),
                reference.resolve(CodeSystem.MUNICIPALITY, form.getMunicipalityCode()));
    }

    /** The employer the field names: the tax code after "·", or a tax code; none when unknown (refused). */
    private UUID employer(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        int dot = input.lastIndexOf('·');
        String code = dot >= 0 ? input.substring(dot + 1) : input;
        return employers.idByTaxCode(code).orElse(UNKNOWN);
    }

    /** An employer id no employer has: the service refuses it as unknown at the field. */
    private static final UUID UNKNOWN = new UUID(0, 0);

    /** The code a profession field means: after "·", a bare code, or words naming one unit; else as typed. */
    private String profession(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String text = input.strip();
        int dot = text.lastIndexOf('·');
        if (dot >= 0) {
            return text.substring(dot + 1).strip();
        }
        if (CODE.matcher(text).matches()) {
            return text;
        }
        var matches = glossary.search(text, 2);
        if (matches.size() == 1 || (!matches.isEmpty() && matches.getFirst().synonym() != null)) {
            return matches.getFirst().code();
        }
        return text;
    }
}
