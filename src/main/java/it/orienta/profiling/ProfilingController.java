package it.orienta.profiling;

import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.profiling.Commands.CancelReferral;
import it.orienta.profiling.Commands.ConfirmAssessment;
import it.orienta.profiling.Commands.CreateReferral;
import it.orienta.profiling.Commands.RecordStep;
import it.orienta.profiling.Commands.SaveInterview;
import it.orienta.profiling.Commands.SendReferral;
import it.orienta.profiling.ProfilingItem.ItemList;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The profiling pages: a person's interview with score and indicators, their referrals, a new referral, a
 * referral with its steps, and the coordinator's list of the centre's referrals. Who may see or change them is the
 * record-access policy's answer, asked by the service: operators and coordinators of the centre that has the person
 * in charge (the data may describe a fragility); a refusal is the 403 page with its reason.
 */
@Controller
class ProfilingController {

    /** Days the recipient is given to answer unless the operator says otherwise. */
    static final int DEFAULT_DUE_DAYS = 30;

    static final int CENTRE_PAGE = 25;

    private final ProfilingService profiling;
    private final PersonService persons;
    private final CurrentActor current;

    ProfilingController(ProfilingService profiling, PersonService persons, CurrentActor current) {
        this.profiling = profiling;
        this.persons = persons;
        this.current = current;
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
        var questions = new ArrayList<ProfilingItem>();
        for (var q : profiling.items(ItemList.QUESTION)) {
            if (!q.retired() || interview.answers().containsKey(q.id())) {
                questions.add(q);
            }
        }
        var indicators = new ArrayList<ProfilingItem>();
        for (var i : profiling.items(ItemList.INDICATOR)) {
            if (!i.retired() || interview.indicators().contains(i.id())) {
                indicators.add(i);
            }
        }
        model.addAttribute("questions", questions);
        model.addAttribute("indicators", indicators);
        model.addAttribute("scores", List.of(1, 2, 3, 4, 5));
        return "profiling/interview";
    }

    // ---------------------------------------------------------------- referrals of a person

    @GetMapping("/persons/{id}/referrals")
    String referrals(@PathVariable UUID id, Model model) {
        model.addAttribute("referrals", profiling.referrals(id)); // first: the read is audited as the referrals'
        model.addAttribute("person", persons.view(id));
        model.addAttribute("interview", profiling.interview(id));
        return "profiling/referrals";
    }

    @GetMapping("/persons/{id}/referrals/new")
    String newReferral(@PathVariable UUID id, @RequestParam(required = false) ReferralKind kind, Model model) {
        var form = new ReferralForm();
        var recipient = profiling.defaultRecipient(id); // first: the read is audited as the referrals'
        var interview = profiling.interview(id);
        form.setKind(kind != null ? kind : interview.assessmentConfirmed() ? ReferralKind.SOCIAL_SERVICES : null);
        form.setRecipient(recipient.orElse(""));
        form.setDueDate(profiling.today().plusDays(DEFAULT_DUE_DAYS));
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
                var referral = profiling.createReferral(id, form.toCommand());
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
        model.addAttribute("defaultRecipient", profiling.defaultRecipient(id).orElse(""));
        return "profiling/referral-form";
    }

    // ---------------------------------------------------------------- one referral and its steps

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable UUID id, Model model) {
        var referral = profiling.openReferral(id);
        return referralPage(referral, StepForm.next(referral, profiling.today()), new CancelForm(referral), model);
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
                        profiling.send(
                                id,
                                new SendReferral(form.getOn(), form.getDueDate(), form.isConsentGiven()),
                                form.getVersion());
                    case "acknowledge" ->
                        profiling.acknowledge(id, new RecordStep(form.getOn(), null), form.getVersion());
                    case "answer" ->
                        profiling.answer(id, new RecordStep(form.getOn(), form.getText()), form.getVersion());
                    default -> profiling.outcome(id, new RecordStep(form.getOn(), form.getText()), form.getVersion());
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
        var referral = profiling.referral(id);
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
            profiling.cancel(id, new CancelReferral(form.getReason()), form.getVersion());
            redirect.addFlashAttribute("flash", "referral.cancelled");
            return "redirect:/referrals/" + id;
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
        } catch (StaleVersionException e) {
            result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
            form.setVersion(e.currentVersion());
        }
        var referral = profiling.referral(id);
        model.addAttribute("cancelOpen", true);
        return referralPage(referral, StepForm.next(referral, profiling.today()), form, model);
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
                        ? new ProfilingService.ReferralPage(List.of(), 0, false)
                        : profiling.centreReferrals(centre, status, overdue, page, CENTRE_PAGE));
        return "profiling/centre";
    }

    // ---------------------------------------------------------------- forms

    /** The interview as the page sends it: answers keyed by question id. */
    static class InterviewForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate interviewDate;

        private Map<String, String> answers = new LinkedHashMap<>();
        private Integer score;
        private List<UUID> indicators = new ArrayList<>();
        private String notes;
        private long version;

        static InterviewForm of(InterviewView interview, LocalDate today) {
            var f = new InterviewForm();
            f.interviewDate = interview.interviewDate() == null ? today : interview.interviewDate();
            interview.answers().forEach((q, a) -> f.answers.put(q.toString(), a));
            f.score = interview.score();
            f.indicators = new ArrayList<>(interview.indicators());
            f.notes = interview.notes();
            f.version = interview.version();
            return f;
        }

        SaveInterview toCommand() {
            var map = new LinkedHashMap<UUID, String>();
            answers.forEach((q, a) -> map.put(UUID.fromString(q), a));
            return new SaveInterview(interviewDate, map, score, new LinkedHashSet<>(indicators), notes);
        }

        public LocalDate getInterviewDate() {
            return interviewDate;
        }

        public void setInterviewDate(LocalDate interviewDate) {
            this.interviewDate = interviewDate;
        }

        public Map<String, String> getAnswers() {
            return answers;
        }

        public void setAnswers(Map<String, String> answers) {
            this.answers = answers;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public List<UUID> getIndicators() {
            return indicators;
        }

        public void setIndicators(List<UUID> indicators) {
            this.indicators = indicators == null ? new ArrayList<>() : indicators;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** A new referral as the page sends it. */
    static class ReferralForm {
        private ReferralKind kind;
        private String serviceName;
        private String recipient;
        private List<String> reasons = new ArrayList<>();
        private String reasonText;
        private List<DataCategory> sharedData = new ArrayList<>();
        private boolean consentGiven;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;

        CreateReferral toCommand() {
            return new CreateReferral(
                    kind,
                    serviceName,
                    recipient,
                    List.copyOf(reasons),
                    reasonText,
                    sharedData.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(sharedData),
                    consentGiven,
                    dueDate);
        }

        public ReferralKind getKind() {
            return kind;
        }

        public void setKind(ReferralKind kind) {
            this.kind = kind;
        }

        public String getServiceName() {
            return serviceName;
        }

        public void setServiceName(String serviceName) {
            this.serviceName = serviceName;
        }

        public String getRecipient() {
            return recipient;
        }

        public void setRecipient(String recipient) {
            this.recipient = recipient;
        }

        public List<String> getReasons() {
            return reasons;
        }

        public void setReasons(List<String> reasons) {
            this.reasons = reasons == null ? new ArrayList<>() : reasons;
        }

        public String getReasonText() {
            return reasonText;
        }

        public void setReasonText(String reasonText) {
            this.reasonText = reasonText;
        }

        public List<DataCategory> getSharedData() {
            return sharedData;
        }

        public void setSharedData(List<DataCategory> sharedData) {
            this.sharedData = sharedData == null ? new ArrayList<>() : sharedData;
        }

        public boolean isConsentGiven() {
            return consentGiven;
        }

        public void setConsentGiven(boolean consentGiven) {
            this.consentGiven = consentGiven;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }
    }

    /** The referral's next step: its day and, for the answer and outcome, the text; to send, consent and due date. */
    static class StepForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate on;

        private String text;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;

        private boolean consentGiven;
        private long version;

        static StepForm next(ReferralView referral, LocalDate today) {
            var f = new StepForm();
            f.on = today;
            f.dueDate = referral.dueDate();
            f.consentGiven = referral.consentGiven();
            f.version = referral.version();
            return f;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public boolean isConsentGiven() {
            return consentGiven;
        }

        public void setConsentGiven(boolean consentGiven) {
            this.consentGiven = consentGiven;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    static class CancelForm {
        private String reason;
        private long version;

        CancelForm() {}

        CancelForm(ReferralView referral) {
            this.version = referral.version();
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
