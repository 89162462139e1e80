package it.orienta.access;

import it.orienta.intake.IntakeService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.web.Forms;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exceptional read of another centre's case: the request page (reason and text) and the coordinator's list of
 * the grants on their centre's persons and of the persons other centres took over.
 */
@Controller
class ExceptionalAccessController {

    static final int LIST_DAYS = 90;
    static final int LIST_LIMIT = 200;

    private final ExceptionalAccessService grants;
    private final IntakeService intakes;
    private final PersonService persons;
    private final OrganisationService organisation;
    private final CurrentActor current;

    ExceptionalAccessController(
            ExceptionalAccessService grants,
            IntakeService intakes,
            PersonService persons,
            OrganisationService organisation,
            CurrentActor current) {
        this.grants = grants;
        this.intakes = intakes;
        this.persons = persons;
        this.organisation = organisation;
        this.current = current;
    }

    @GetMapping("/persons/{id}/exceptional-access")
    String form(@PathVariable UUID id, Model model) {
        return page(id, new ExceptionalAccessForm(), model);
    }

    @PostMapping("/persons/{id}/exceptional-access")
    String grant(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ExceptionalAccessForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                grants.grant(id, form.getReason(), form.getText());
                redirect.addFlashAttribute("flash", "access.exceptional.granted");
                return "redirect:/persons/" + id;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return page(id, form, model);
    }

    @GetMapping("/access/exceptional")
    String list(Model model) {
        var granted = grants.grantsOnMyPersons(LIST_DAYS, LIST_LIMIT);
        var transfers = grants.transfersOutOfMyCentre(LIST_DAYS, LIST_LIMIT);
        var ids = new ArrayList<UUID>();
        granted.forEach(g -> ids.add(g.personId()));
        transfers.forEach(t -> ids.add(t.personId()));
        var labels = new HashMap<String, String>();
        organisation.centres().forEach(c -> labels.put(c.code(), c.label()));
        model.addAttribute("grants", granted);
        model.addAttribute("transfers", transfers);
        model.addAttribute("persons", persons.summaries(ids));
        model.addAttribute("centres", labels);
        model.addAttribute("now", grants.now());
        model.addAttribute("days", LIST_DAYS);
        return "intake/exceptional-list";
    }

    private String page(UUID id, ExceptionalAccessForm form, Model model) {
        var person = persons.summaries(List.of(id)).get(id);
        if (person == null) {
            throw new NotFoundException("Person", id);
        }
        var owner = intakes.chargeCentre(id);
        if (owner.isEmpty() || owner.equals(current.centreCode())) {
            // nothing to ask: the case is this centre's, or nobody's yet
            return "redirect:/persons/" + id;
        }
        model.addAttribute("person", person);
        model.addAttribute(
                "ownerCentre",
                organisation.centre(owner.get()).map(c -> c.label()).orElse(owner.get()));
        model.addAttribute("reasons", ExceptionalAccessReason.values());
        model.addAttribute("minutes", grants.duration().toMinutes());
        model.addAttribute("form", form);
        return "intake/exceptional-access";
    }
}
