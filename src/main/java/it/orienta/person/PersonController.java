package it.orienta.person;

import it.orienta.person.PersonCommand.EducationTitleCommand;
import it.orienta.person.PersonCommand.WorkExperienceCommand;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.DuplicateException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the person registry: search, register, edit, education titles, work history, special data. */
@Controller
class PersonController {

    private final PersonService persons;
    private final ReferenceService reference;
    private final java.time.Clock clock;

    PersonController(PersonService persons, ReferenceService reference, java.time.Clock clock) {
        this.persons = persons;
        this.reference = reference;
        this.clock = clock;
    }

    @GetMapping("/persons")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("birthDate", birthDate);
        boolean asked = (q != null && !q.isBlank()) || birthDate != null;
        model.addAttribute("asked", asked);
        model.addAttribute("ownSearch", true); // the page is the search: no second one in the header
        // a search by a codice fiscale that finds nobody offers to register that code ("once only", issue 14)
        String compact = q == null ? "" : q.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        model.addAttribute(
                "taxCodeAsked",
                compact.matches("[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|\\d{11}")
                        ? compact
                        : null);
        if (asked) {
            var result = persons.search(q, birthDate, page, 20);
            model.addAttribute("result", result);
            model.addAttribute(
                    "places",
                    reference.labels(
                            CodeSystem.MUNICIPALITY,
                            result.rows().stream()
                                    .map(PersonSearchRow::birthMunicipalityCode)
                                    .filter(java.util.Objects::nonNull)
                                    .toList()));
            model.addAttribute(
                    "countries",
                    reference.labels(
                            CodeSystem.COUNTRY,
                            result.rows().stream()
                                    .map(PersonSearchRow::birthCountryCode)
                                    .filter(java.util.Objects::nonNull)
                                    .toList()));
        }
        return "person/search";
    }

    /**
     * The registration form; with {@code taxCode} (the code searched and not found) it starts from that code, the
     * sex, birth date and birth place it encodes filled in (an invalid code is left for the form to refuse).
     */
    @GetMapping("/persons/new")
    String newPerson(@RequestParam(required = false) String taxCode, Model model) {
        var form = new PersonForm();
        if (taxCode != null && !taxCode.isBlank()) {
            form.setTaxCode(taxCode.strip());
            try {
                birthFromTaxCode(taxCode).ifPresent(b -> fill(form, b));
            } catch (RuleViolationException notACode) {
                // the form shows the code as typed; registering it gives the code's own message
            }
        }
        model.addAttribute("form", form);
        return "person/form";
    }

    private static void fill(PersonForm form, TaxCode.BirthFromTaxCode birth) {
        form.setSex(birth.sex());
        form.setBirthDate(birth.birthDate());
        if (birth.birthMunicipalityCode() != null) form.setBirthMunicipalityCode(birth.birthPlaceChoice());
        if (birth.birthCountryCode() != null) form.setBirthCountryCode(birth.birthPlaceChoice());
    }

    /**
     * What a codice fiscale encodes, for the registration form's script to fill the empty fields while the operator
     * types (JSON; 204 for a temporary code, 422 with the code's refusal). Decodes only: reads no person.
     */
    @GetMapping(value = "/persons/new/birth", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<TaxCode.BirthFromTaxCode> birth(@RequestParam String taxCode) {
        return birthFromTaxCode(taxCode)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/persons/new")
    String register(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "person/form";
        }
        try {
            var person = persons.register(form.toCommand(this::municipality, this::country, List.of()));
            redirect.addFlashAttribute("flash", "person.created");
            return "redirect:/persons/" + person.id();
        } catch (DuplicateException e) {
            model.addAttribute("existing", e.existingPath());
            Forms.reject(result, e);
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
        } catch (ConstraintViolationException e) {
            Forms.reject(result, e);
        }
        return "person/form";
    }

    @GetMapping("/persons/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var person = persons.view(id);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.from(person, this::municipalityLabel, this::countryLabel));
        return "person/form";
    }

    @PostMapping("/persons/{id}/edit")
    String update(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var current = persons.view(id);
        model.addAttribute("person", current);
        if (result.hasErrors()) {
            return "person/form";
        }
        try {
            persons.update(
                    id, form.getVersion(), form.toCommand(this::municipality, this::country, current.languages()));
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/persons/" + id;
        } catch (StaleVersionException e) {
            model.addAttribute("stale", PersonForm.from(current, this::municipalityLabel, this::countryLabel));
            form.setVersion(current.version());
        } catch (DuplicateException e) {
            model.addAttribute("existing", e.existingPath());
            Forms.reject(result, e);
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
        } catch (ConstraintViolationException e) {
            Forms.reject(result, e);
        }
        return "person/form";
    }

    @PostMapping("/persons/{id}/education")
    String addEducation(
            @PathVariable UUID id,
            @RequestParam String titleCode,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String institution,
            RedirectAttributes redirect) {
        try {
            persons.addEducationTitle(
                    id,
                    new EducationTitleCommand(
                            reference.resolve(CodeSystem.EDUCATION_TITLE, titleCode), year, institution, "100", null));
            redirect.addFlashAttribute("flash", "common.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("educationErrors", e.violations());
            redirect.addFlashAttribute(
                    "educationInput", typed("titleCode", titleCode, "year", year, "institution", institution));
        } catch (ConstraintViolationException e) {
            redirect.addFlashAttribute("educationErrors", pageViolations(e));
            redirect.addFlashAttribute(
                    "educationInput", typed("titleCode", titleCode, "year", year, "institution", institution));
        }
        return "redirect:/persons/" + id + "#education";
    }

    @PostMapping("/persons/{id}/education/{titleId}/delete")
    String removeEducation(@PathVariable UUID id, @PathVariable UUID titleId, RedirectAttributes redirect) {
        persons.removeEducationTitle(id, titleId);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/persons/" + id + "#education";
    }

    @PostMapping("/persons/{id}/work")
    String addWork(
            @PathVariable UUID id,
            @RequestParam String employer,
            @RequestParam String professionCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fromDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate toDate,
            @RequestParam(required = false) Integer sepSector,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String jobTitle,
            RedirectAttributes redirect) {
        try {
            persons.addWorkExperience(
                    id,
                    new WorkExperienceCommand(
                            employer,
                            reference.resolve(CodeSystem.PROFESSION, professionCode),
                            fromDate,
                            toDate,
                            sepSector,
                            description,
                            jobTitle));
            redirect.addFlashAttribute("flash", "common.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("workErrors", e.violations());
            redirect.addFlashAttribute(
                    "workInput", workTyped(employer, professionCode, fromDate, toDate, sepSector, jobTitle));
        } catch (ConstraintViolationException e) {
            redirect.addFlashAttribute("workErrors", pageViolations(e));
            redirect.addFlashAttribute(
                    "workInput", workTyped(employer, professionCode, fromDate, toDate, sepSector, jobTitle));
        }
        return "redirect:/persons/" + id + "#work";
    }

    @PostMapping("/persons/{id}/work/{workId}/delete")
    String removeWork(@PathVariable UUID id, @PathVariable UUID workId, RedirectAttributes redirect) {
        persons.removeWorkExperience(id, workId);
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/persons/" + id + "#work";
    }

    /** The special-category data, loaded on request (htmx) so that each read is deliberate and audited. */
    @GetMapping("/persons/{id}/special")
    String special(@PathVariable UUID id, Model model) {
        model.addAttribute("special", persons.specialCategoryData(id));
        return "person/special :: special";
    }

    /**
     * A constraint's own localised message, shown as it is beside the form, for the field it names (the last node of
     * the path: {@code addWorkExperience.command.employer} is the form's {@code employer}).
     */
    private static List<RuleViolationException.Violation> pageViolations(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> {
                    String field = null;
                    for (var node : v.getPropertyPath()) {
                        field = node.getName();
                    }
                    return RuleViolationException.Violation.of("form.invalid-field", field, v.getMessage());
                })
                .toList();
    }

    /** What was typed in a refused form, shown again in it (a flash attribute: strings only, in the session). */
    private static java.util.Map<String, String> typed(Object... namesAndValues) {
        var typed = new java.util.HashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                typed.put((String) namesAndValues[i], namesAndValues[i + 1].toString());
            }
        }
        return typed;
    }

    private static java.util.Map<String, String> workTyped(
            String employer,
            String professionCode,
            LocalDate fromDate,
            LocalDate toDate,
            Integer sepSector,
            String jobTitle) {
        return typed(
                "employer", employer,
                "professionCode", professionCode,
                "fromDate", fromDate,
                "toDate", toDate,
                "sepSector", sepSector,
                "jobTitle", jobTitle);
    }

    private String municipality(String input) {
        return reference.resolve(CodeSystem.MUNICIPALITY, input);
    }

    private String country(String input) {
        return reference.resolve(CodeSystem.COUNTRY, input);
    }

    private String municipalityLabel(String code) {
        return reference.choiceLabel(CodeSystem.MUNICIPALITY, code);
    }

    private String countryLabel(String code) {
        return reference.choiceLabel(CodeSystem.COUNTRY, code);
    }

    /** The birth a codice fiscale encodes (decoding only: no person is read). */
    private java.util.Optional<TaxCode.BirthFromTaxCode> birthFromTaxCode(String raw) {
        return TaxCode.birthFacts(raw, reference, LocalDate.now(clock.withZone(it.orienta.system.Rome.ZONE)));
    }
}
