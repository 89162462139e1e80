package it.orienta.pathway;

import it.orienta.person.PersonService;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.web.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page that closes a person's pathway with its outcomes (R26), and lists the pathways already closed. */
@Controller
class OutcomeController {

    private final PathwayOutcomes outcomes;
    private final PersonService persons;
    private final Clock clock;

    OutcomeController(PathwayOutcomes outcomes, PersonService persons, Clock clock) {
        this.outcomes = outcomes;
        this.persons = persons;
        this.clock = clock;
    }

    @GetMapping("/persons/{id}/pathway/outcomes")
    String page(@PathVariable UUID id, Model model) {
        var form = new OutcomeForm();
        form.setClosedOn(LocalDate.now(clock.withZone(Rome.ZONE)));
        return page(id, form, model);
    }

    @PostMapping("/persons/{id}/pathway/outcomes")
    String close(
            @PathVariable UUID id,
            @ModelAttribute("form") OutcomeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                outcomes.close(
                        id,
                        new PathwayOutcomes.ClosePathway(
                                form.getClosedOn(),
                                form.getOutcomes(),
                                form.getReferralId(),
                                form.getReferredTo(),
                                form.getNotes()));
                redirect.addFlashAttribute("flash", "guidance.outcome.saved");
                return "redirect:/persons/" + id + "/pathway/outcomes";
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return page(id, form, model);
    }

    private String page(UUID id, OutcomeForm form, Model model) {
        model.addAttribute("person", persons.view(id));
        model.addAttribute("closed", outcomes.outcomes(id));
        model.addAttribute("all", Outcome.values());
        model.addAttribute("referrals", outcomes.referralsToCite(id));
        model.addAttribute("form", form);
        return "guidance/outcomes";
    }
}
