package it.orienta.occupation;

import it.orienta.person.PersonService;
import it.orienta.reference.ProfessionGlossary;
import it.orienta.reference.ReferenceService;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * The person's desired occupations page: the (at most three) occupations with their notes and the regional text
 * block, adding one (the profession chosen by typing), changing and removing one, and the person's availability;
 * and the read-only panel the worker file and the PSP interview load. Who may see or change them is the
 * record-access policy's, asked by {@link OccupationService}.
 */
@Controller
class OccupationController {

    private static final Pattern CODE = Pattern.compile("\\d(\\.\\d{1,2}){0,4}");

    private final OccupationService service;
    private final PersonService persons;
    private final ReferenceService reference;
    private final ProfessionGlossary glossary;

    OccupationController(
            OccupationService service, PersonService persons, ReferenceService reference, ProfessionGlossary glossary) {
        this.service = service;
        this.persons = persons;
        this.reference = reference;
        this.glossary = glossary;
    }

    @ModelAttribute("sep")
    List<ReferenceService.SepSector> sep() {
        return reference.sepSectors();
    }

    @GetMapping("/persons/{id}/occupations")
    String page(@PathVariable UUID id, Model model) {
        var occupations = service.list(id); // first: the policy's check and the read it records
        if (!model.containsAttribute("occupation")) {
            var form = new OccupationForm();
            form.setInterviewDate(service.today());
            model.addAttribute("occupation", form);
        }
        return render(id, occupations, model);
    }

    @PostMapping("/persons/{id}/occupations")
    String add(
            @PathVariable UUID id,
            @ModelAttribute("occupation") OccupationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var added = service.add(id, form.toCommand(resolve(form.getProfession())));
                redirect.addFlashAttribute("flash", "occupation.added");
                return "redirect:/persons/" + id + "/occupations#occupation-" + added.id();
            } catch (OccupationLimitException e) {
                model.addAttribute("limit", e.violations().getFirst());
            } catch (RuleViolationException e) {
                reject(errors, e);
            }
        }
        return render(id, service.list(id), model);
    }

    @GetMapping("/persons/{id}/occupations/{occupationId}/edit")
    String edit(@PathVariable UUID id, @PathVariable UUID occupationId, Model model) {
        var o = service.get(id, occupationId);
        if (!model.containsAttribute("occupation")) {
            model.addAttribute("occupation", OccupationForm.of(o));
        }
        return edit(id, o, model);
    }

    @PostMapping("/persons/{id}/occupations/{occupationId}")
    String change(
            @PathVariable UUID id,
            @PathVariable UUID occupationId,
            @ModelAttribute("occupation") OccupationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                service.change(id, occupationId, form.getVersion(), form.toCommand(resolve(form.getProfession())));
                redirect.addFlashAttribute("flash", "occupation.changed");
                return "redirect:/persons/" + id + "/occupations#occupation-" + occupationId;
            } catch (StaleVersionException e) {
                model.addAttribute("stale", true);
                form.setVersion(e.currentVersion());
            } catch (RuleViolationException e) {
                reject(errors, e);
            }
        }
        return edit(id, service.get(id, occupationId), model);
    }

    @PostMapping("/persons/{id}/occupations/{occupationId}/delete")
    String remove(
            @PathVariable UUID id,
            @PathVariable UUID occupationId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            service.remove(id, occupationId, version);
            redirect.addFlashAttribute("flash", "occupation.removed");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("flash", "occupation.stale");
        }
        return "redirect:/persons/" + id + "/occupations";
    }

    @PostMapping("/persons/{id}/availability")
    String availability(
            @PathVariable UUID id,
            @RequestParam(required = false) Availability.Hours hours,
            @RequestParam(required = false) Availability.Travel travel,
            @RequestParam(required = false) List<Availability.Transport> transport,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            service.saveAvailability(id, version, new Availability.Command(hours, travel, transport));
            redirect.addFlashAttribute("flash", "occupation.availability.saved");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("flash", "occupation.availability.stale");
        }
        return "redirect:/persons/" + id + "/occupations#availability";
    }

    /** The read-only list for the worker file and the PSP interview (loaded into them). */
    @GetMapping("/persons/{id}/occupations/panel")
    String panel(@PathVariable UUID id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("occupations", service.list(id));
        var availability = service.availability(id);
        model.addAttribute("availabilityLine", service.availabilityLine(availability, locale()));
        return "occupation/panel :: panel";
    }

    private String render(UUID id, List<DesiredOccupationView> occupations, Model model) {
        model.addAttribute("person", persons.view(id));
        model.addAttribute("occupations", occupations);
        Map<UUID, String> texts = new LinkedHashMap<>();
        occupations.forEach(o -> texts.put(o.id(), service.regionalText(o)));
        model.addAttribute("texts", texts);
        model.addAttribute("canAdd", DesiredOccupations.roomForOneMore(occupations.size()));
        model.addAttribute("availability", service.availability(id));
        model.addAttribute("hoursValues", Availability.Hours.values());
        model.addAttribute("travelValues", Availability.Travel.values());
        model.addAttribute("transportValues", Availability.Transport.values());
        model.addAttribute("today", service.today());
        return "occupation/page";
    }

    private String edit(UUID id, DesiredOccupationView o, Model model) {
        model.addAttribute("person", persons.view(id));
        model.addAttribute("current", o);
        model.addAttribute("today", service.today());
        return "occupation/edit";
    }

    /**
     * The code a profession field means: after "·" of a chosen entry, a bare code, or words that name one unit (an
     * exact synonym, or the only match); anything else as typed, for the service to refuse as unknown.
     */
    String resolve(String input) {
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

    /** The refusals at their fields (the profession's at the combobox). */
    static void reject(BindingResult errors, RuleViolationException e) {
        for (var v : e.violations()) {
            String field = "professionCode".equals(v.field()) ? "profession" : v.field();
            var args = v.args().toArray();
            if (field != null && !"If-Match".equals(field)) {
                errors.rejectValue(field, v.messageKey(), args, v.code());
            } else {
                errors.reject(v.messageKey(), args, v.code());
            }
        }
    }

    private static java.util.Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }
}
