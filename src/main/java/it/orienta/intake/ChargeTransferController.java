package it.orienta.intake;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.web.Forms;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
 * The transfer of charge: a centre takes over a person in charge at another centre, with a reason, the privacy
 * notice acknowledged and the matching consent asked again. The page shows only the registry's identity and the
 * centre that has the person now, never their case.
 */
@Controller
class ChargeTransferController {

    private final java.time.Clock clock;
    private final IntakeService intakes;
    private final PersonService persons;
    private final OrganisationService organisation;
    private final CurrentActor current;

    ChargeTransferController(
            IntakeService intakes,
            PersonService persons,
            OrganisationService organisation,
            CurrentActor current,
            java.time.Clock clock) {
        this.clock = clock;
        this.intakes = intakes;
        this.persons = persons;
        this.organisation = organisation;
        this.current = current;
    }

    @GetMapping("/persons/{id}/charge-transfer")
    String form(@PathVariable UUID id, Model model) {
        var form = new IntakeForm();
        form.setIntakeDate(LocalDate.now(clock));
        intakes.currentNotice().ifPresent(n -> form.setPrivacyNoticeId(n.id()));
        return page(id, form, model);
    }

    @PostMapping("/persons/{id}/charge-transfer")
    String transfer(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") IntakeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                intakes.takeInCharge(id, form.toCommand());
                redirect.addFlashAttribute("flash", "intake.transfer.saved");
                return "redirect:/persons/" + id;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return page(id, form, model);
    }

    private String page(UUID id, IntakeForm form, Model model) {
        var person = persons.summaries(List.of(id)).get(id);
        if (person == null) {
            throw new NotFoundException("Person", id);
        }
        var owner = intakes.chargeCentre(id);
        if (owner.isEmpty() || owner.equals(current.centreCode())) {
            // in charge nowhere, or here already: the ordinary intake
            return "redirect:/persons/" + id + "/intake";
        }
        model.addAttribute("person", person);
        model.addAttribute(
                "ownerCentre",
                organisation.centre(owner.get()).map(c -> c.label()).orElse(owner.get()));
        model.addAttribute("form", form);
        model.addAttribute("notice", intakes.currentNotice().orElse(null));
        return "intake/transfer";
    }
}
