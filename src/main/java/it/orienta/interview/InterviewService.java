package it.orienta.interview;

import it.orienta.agreement.AgreementService;
import it.orienta.agreement.AgreementView;
import it.orienta.guidance.Commands.CloseMeeting;
import it.orienta.guidance.GuidanceService;
import it.orienta.guidance.MeetingView;
import it.orienta.organisation.CurrentActor;
import it.orienta.system.RuleViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interview's basic-guidance meetings (A05, R2): started and closed through guidance, so that their time is judged
 * against the charter like any other meeting, and linked to the draft they were held for (the agreement keeps the
 * link). The access, the person's lock and the draft's state are the agreement's to check ({@link AgreementService}).
 */
@Service
public class InterviewService {

    /** The charter activity of the interview: basic guidance (A05, R2). */
    public static final String INTERVIEW_ACTIVITY = "A05-BASE";

    private final AgreementService agreements;
    private final GuidanceService guidance;
    private final CurrentActor current;

    InterviewService(AgreementService agreements, GuidanceService guidance, CurrentActor current) {
        this.agreements = agreements;
        this.guidance = guidance;
        this.current = current;
    }

    /**
     * Drafts the person's next PSP version (the first, or an update copying the one in force) and, with {@code
     * startInterview}, starts the interview's meeting now, in the same transaction: a refusal of guidance (e.g.
     * another meeting running) saves nothing.
     */
    @Transactional
    public AgreementView begin(UUID personId, boolean startInterview) {
        return agreements.draft(personId, startInterview ? this::meetingOf : null);
    }

    /**
     * Starts the interview's basic-guidance meeting (A05) now, or links the one the operator is already holding with
     * this person. Guidance's rules apply (one running meeting per operator).
     */
    @Transactional
    public MeetingView start(UUID agreementId) {
        return agreements.linkMeeting(agreementId, this::meetingOf);
    }

    /** The operator's running interview with the person, or a new one started now. */
    private MeetingView meetingOf(UUID personId) {
        return guidance.running(current.actor().operatorId())
                .filter(m -> m.personId().equals(personId) && INTERVIEW_ACTIVITY.equals(m.activityId()))
                .orElseGet(() -> guidance.startMeeting(personId, INTERVIEW_ACTIVITY, null));
    }

    /**
     * Ends the interview's running meeting through guidance: its duration is judged against the charter's standard,
     * and outside it the reason is required (guidance's rule, message on {@code deviationReason}).
     */
    @Transactional
    public MeetingView end(UUID agreementId, EndInterview command) {
        var meeting = meetings(agreements.meetingIdsToChange(agreementId)).stream()
                .filter(MeetingView::running)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("agreement.interview.not-running", null));
        return guidance.closeMeeting(
                meeting.id(), new CloseMeeting(command.end(), null, command.deviationReason()), meeting.version());
    }

    /** The basic-guidance meetings the interview of a version was held in, oldest first. */
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(UUID agreementId) {
        return meetings(agreements.meetingIds(agreementId));
    }

    private List<MeetingView> meetings(java.util.Collection<UUID> ids) {
        return ids.stream()
                .map(guidance::meeting)
                .sorted(Comparator.comparing(MeetingView::startedAt))
                .toList();
    }
}
