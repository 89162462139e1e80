package it.orienta.profiling;

import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import java.util.List;
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
 * The profiling page: a person's interview with score and indicators, and the confirmation of the deeper
 * assessment. Who may see or change them is the
 * record-access policy's answer, asked by the service: operators and coordinators of the centre that has the person
 * in charge (the data may describe a fragility); a refusal is the 403 page with its reason.
 */
@Controller
class ProfilingController {

    private final ProfilingService profiling;
    private final PersonService persons;
    private final PspAreas pspAreas;

    ProfilingController(ProfilingService profiling, PersonService persons, PspAreas pspAreas) {
        this.profiling = profiling;
        this.persons = persons;
        this.pspAreas = pspAreas;
    }

    // ---------------------------------------------------------------- interview

    @GetMapping("/persons/{id}/profiling")
    String interview(@PathVariable UUID id, Model model) {
        var interview = profiling.openInterview(id);
        return interviewPage(id, InterviewForm.of(interview, profiling.today()), interview, model);
    }

    @PostMapping("/persons/{id}/profiling")
    String save(
            @PathVariable UUID id,
            @ModelAttribute("form") InterviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var saved = profiling.saveInterview(id, form.toCommand(), form.getVersion());
                redirect.addFlashAttribute(
                        "flash",
                        saved.assessmentProposed() && !saved.assessmentConfirmed()
                                ? "profiling.saved.proposal"
                                : "profiling.saved");
                return "redirect:/persons/" + id + "/profiling";
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            } catch (StaleVersionException e) {
                result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
                form.setVersion(e.currentVersion());
            }
        }
        return interviewPage(id, form, profiling.interview(id), model);
    }

    @PostMapping("/persons/{id}/profiling/assessment")
    String confirmAssessment(
            @PathVariable UUID id,
            @RequestParam(required = false) String assessmentNotes,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            profiling.confirmAssessment(id, new ConfirmAssessment(assessmentNotes), version);
            redirect.addFlashAttribute("flash", "profiling.assessment.confirmed");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("profilingErrors", e.violations());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute(
                    "profilingErrors",
                    List.of(RuleViolationException.Violation.of("version.stale", null, e.currentVersion())));
        }
        return "redirect:/persons/" + id + "/profiling";
    }

    private String interviewPage(UUID id, InterviewForm form, InterviewView interview, Model model) {
        model.addAttribute("person", persons.view(id));
        model.addAttribute("interview", interview);
        model.addAttribute("form", form);
        var items = profiling.items(interview);
        model.addAttribute("questions", items.questions());
        model.addAttribute("indicators", items.indicators());
        model.addAttribute("scores", List.of(1, 2, 3, 4, 5));
        // once only (ADR 0037): the ten areas are the PSP's, shown here read-only
        model.addAttribute("psp", pspAreas.of(id).orElse(null));
        return "profiling/interview";
    }
}
