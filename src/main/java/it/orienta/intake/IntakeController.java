package it.orienta.intake;

import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import it.orienta.web.Forms;
import jakarta.validation.Valid;
import java.time.LocalDate;
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

/** Taking in charge and the consent buttons of the worker file. */
@Controller
class IntakeController {

    private final java.time.Clock clock;
    private final IntakeService intakes;
    private final PersonService persons;
    private final CurrentActor current;

    IntakeController(IntakeService intakes, PersonService persons, CurrentActor current, java.time.Clock clock) {
        this.clock = clock;
        this.intakes = intakes;
        this.persons = persons;
        this.current = current;
    }

    @GetMapping("/persons/{id}/intake")
    String form(@PathVariable UUID id, Model model) {
        var owner = intakes.chargeCentre(id);
        if (owner.isPresent() && !owner.equals(current.centreCode())) {
            // in charge at another centre: taking them in charge here is a transfer, with its reason
            return "redirect:/persons/" + id + "/charge-transfer";
        }
        var form = new IntakeForm();
        form.setIntakeDate(LocalDate.now(clock));
        intakes.currentNotice().ifPresent(n -> form.setPrivacyNoticeId(n.id()));
        return page(id, form, model);
    }

    @PostMapping("/persons/{id}/intake")
    String takeInCharge(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") IntakeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                intakes.takeInCharge(id, form.toCommand());
                redirect.addFlashAttribute("flash", "intake.saved");
                return "redirect:/persons/" + id;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return page(id, form, model);
    }

    @PostMapping("/persons/{id}/consent")
    String consent(@PathVariable UUID id, @RequestParam ConsentState state, RedirectAttributes redirect) {
        try {
            intakes.recordConsent(id, state);
            redirect.addFlashAttribute("flash", "consent.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("consentErrors", e.violations());
        }
        return "redirect:/persons/" + id;
    }

    private String page(UUID id, IntakeForm form, Model model) {
        model.addAttribute("person", persons.view(id));
        model.addAttribute("form", form);
        model.addAttribute("notice", intakes.currentNotice().orElse(null));
        return "intake/form";
    }
}
