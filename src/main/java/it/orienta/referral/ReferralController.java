package it.orienta.referral;

import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.profiling.InterviewView;
import it.orienta.profiling.ProfilingService;
import it.orienta.referral.ReferralCommands.CancelReferral;
import it.orienta.referral.ReferralCommands.RecordStep;
import it.orienta.referral.ReferralCommands.SendReferral;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral pages: a person's referrals, a new referral, a referral with its steps, and the coordinator's list
 * of the centre's referrals. Who may see or change them is the record-access policy's answer, asked by the
 * services: operators and coordinators of the centre that has the person in charge (the data may describe a
 * fragility); a refusal is the 403 page with its reason. The templates stay under {@code profiling/}.
 */
@Controller
class ReferralController {

    /** Days the recipient is given to answer unless the operator says otherwise. */
    static final int DEFAULT_DUE_DAYS = 30;

    static final int CENTRE_PAGE = 25;

    private final ReferralService referrals;
    private final ProfilingService profiling;
    private final PersonService persons;
    private final CurrentActor current;

    ReferralController(
            ReferralService referrals, ProfilingService profiling, PersonService persons, CurrentActor current) {
        this.referrals = referrals;
        this.profiling = profiling;
        this.persons = persons;
        this.current = current;
    }

    // ---------------------------------------------------------------- referrals of a person

    @GetMapping("/persons/{id}/referrals")
    String referrals(@PathVariable UUID id, Model model) {
        model.addAttribute("referrals", referrals.referrals(id)); // first: the read is audited as the referrals'
        model.addAttribute("person", persons.view(id));
        model.addAttribute("interview", profiling.interview(id));
        return "profiling/referrals";
    }

    @GetMapping("/persons/{id}/referrals/new")
    String newReferral(@PathVariable UUID id, @RequestParam(required = false) ReferralKind kind, Model model) {
        var form = new ReferralForm();
        var recipient = referrals.defaultRecipient(id); // first: the read is audited as the referrals'
        var interview = profiling.interview(id);
        form.setKind(kind != null ? kind : interview.assessmentConfirmed() ? ReferralKind.SOCIAL_SERVICES : null);
        form.setRecipient(recipient.orElse(""));
        form.setDueDate(referrals.today().plusDays(DEFAULT_DUE_DAYS));
        return referralFormPage(id, form, interview, model);
    }

    @PostMapping("/persons/{id}/referrals/new")
    String createReferral(
            @PathVariable UUID id,
            @ModelAttribute("form") ReferralForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var referral = referrals.createReferral(id, form.toCommand());
                redirect.addFlashAttribute("flash", "referral.created");
                return "redirect:/referrals/" + referral.id();
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return referralFormPage(id, form, profiling.interview(id), model);
    }

    private String referralFormPage(UUID id, ReferralForm form, InterviewView interview, Model model) {
        model.addAttribute("person", persons.view(id));
        model.addAttribute("form", form);
        model.addAttribute("interview", interview);
        model.addAttribute("reasonOptions", profiling.reasonOptions(id));
        model.addAttribute("kinds", ReferralKind.values());
        model.addAttribute("categories", DataCategory.values());
        model.addAttribute("defaultRecipient", referrals.defaultRecipient(id).orElse(""));
        return "profiling/referral-form";
    }

    // ---------------------------------------------------------------- one referral and its steps

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable UUID id, Model model) {
        var referral = referrals.openReferral(id);
        return referralPage(referral, StepForm.next(referral, referrals.today()), new CancelForm(referral), model);
    }

    @PostMapping("/referrals/{id}/{step:send|acknowledge|answer|outcome}")
    String step(
            @PathVariable UUID id,
            @PathVariable String step,
            @ModelAttribute("step") StepForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                switch (step) {
                    case "send" ->
                        referrals.send(
                                id,
                                new SendReferral(form.getOn(), form.getDueDate(), form.isConsentGiven()),
                                form.getVersion());
                    case "acknowledge" ->
                        referrals.acknowledge(id, new RecordStep(form.getOn(), null), form.getVersion());
                    case "answer" ->
                        referrals.answer(id, new RecordStep(form.getOn(), form.getText()), form.getVersion());
                    default -> referrals.outcome(id, new RecordStep(form.getOn(), form.getText()), form.getVersion());
                }
                redirect.addFlashAttribute("flash", "referral.step." + step + ".done");
                return "redirect:/referrals/" + id;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            } catch (StaleVersionException e) {
                result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
                form.setVersion(e.currentVersion());
            }
        }
        var referral = referrals.referral(id);
        return referralPage(referral, form, new CancelForm(referral), model);
    }

    @PostMapping("/referrals/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @ModelAttribute("cancel") CancelForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            referrals.cancel(id, new CancelReferral(form.getReason()), form.getVersion());
            redirect.addFlashAttribute("flash", "referral.cancelled");
            return "redirect:/referrals/" + id;
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
        } catch (StaleVersionException e) {
            result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
            form.setVersion(e.currentVersion());
        }
        var referral = referrals.referral(id);
        model.addAttribute("cancelOpen", true);
        return referralPage(referral, StepForm.next(referral, referrals.today()), form, model);
    }

    private String referralPage(ReferralView referral, StepForm step, CancelForm cancel, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("person", persons.view(referral.personId()));
        model.addAttribute("step", step);
        model.addAttribute("cancel", cancel);
        model.addAttribute("nextStep", nextStep(referral.status()));
        for (var name : List.of("step", "cancel")) {
            String key = BindingResult.MODEL_KEY_PREFIX + name;
            if (!model.containsAttribute(key)) {
                model.addAttribute(key, new BeanPropertyBindingResult(model.getAttribute(name), name));
            }
        }
        return "profiling/referral";
    }

    /** The step the referral waits for, or {@code null} when it has ended. */
    static String nextStep(ReferralStatus status) {
        return switch (status) {
            case DRAFT -> "send";
            case SENT -> "acknowledge";
            case ACKNOWLEDGED -> "answer";
            case ANSWERED -> "outcome";
            case CLOSED, CANCELLED -> null;
        };
    }

    // ---------------------------------------------------------------- the centre's list

    @GetMapping("/centre/referrals")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String centre(
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String centre = current.actor().centreCode();
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute(
                "result",
                centre == null
                        ? new ReferralService.ReferralPage(List.of(), 0, false)
                        : referrals.centreReferrals(centre, status, overdue, page, CENTRE_PAGE));
        return "profiling/centre";
    }
}
