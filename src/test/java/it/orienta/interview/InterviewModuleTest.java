package it.orienta.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.OrientaModuleTest;
import it.orienta.agreement.AgreementCase;
import it.orienta.agreement.AgreementEvents.AgreementDrafted;
import it.orienta.agreement.AgreementService;
import it.orienta.agreement.Commands.Sign;
import it.orienta.guidance.GuidanceEvents.MeetingClosed;
import it.orienta.guidance.GuidanceEvents.MeetingStarted;
import it.orienta.guidance.MeetingView;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.reference.ReferenceService;
import it.orienta.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The interview module with the modules it needs, on the embedded PostgreSQL: beginning the interview drafts the
 * version and starts its basic-guidance meeting through guidance, linked to the draft; ending it closes the meeting
 * through guidance; while it runs the draft cannot be signed.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class InterviewModuleTest {

    @Autowired
    InterviewService interviews;

    @Autowired
    AgreementService agreements;

    @Autowired
    IntakeService intakes;

    @Autowired
    PersonService persons;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    @Autowired
    Clock clock;

    AgreementCase c;

    @BeforeEach
    void aPersonInChargeOfTheOperatorsCentre() throws Exception {
        c = AgreementCase.open(reference, organisation, intakes, persons, clock);
    }

    @Test
    void beginningTheInterviewDraftsTheVersionAndStartsItsMeeting(Scenario scenario) {
        scenario.stimulate(() -> c.as(() -> interviews.begin(c.person(), true)))
                .andWaitForEventOfType(MeetingStarted.class)
                .matching(e -> e.personId().equals(c.person()))
                .toArriveAndVerify((e, draft) -> {
                    assertThat(draft.meetingIds()).containsExactly(e.meetingId());
                    var meetings = c.as(() -> interviews.meetings(draft.id()));
                    assertThat(meetings).extracting(MeetingView::id).containsExactly(e.meetingId());
                    assertThat(meetings.getFirst().activityId()).isEqualTo(InterviewService.INTERVIEW_ACTIVITY);
                    assertThat(meetings.getFirst().running()).isTrue();
                });
    }

    @Test
    void aDraftWithoutTheInterviewPublishesTheVersionAlone(Scenario scenario) {
        scenario.stimulate(() -> c.as(() -> interviews.begin(c.person(), false)))
                .andWaitForEventOfType(AgreementDrafted.class)
                .matching(e -> e.personId().equals(c.person()))
                .toArriveAndVerify((e, draft) -> {
                    assertThat(e.agreementId()).isEqualTo(draft.id());
                    assertThat(c.as(() -> interviews.meetings(draft.id()))).isEmpty();
                });
    }

    @Test
    void startingAgainLinksTheMeetingAlreadyRunning() {
        var draft = c.as(() -> interviews.begin(c.person(), true));
        var again = c.as(() -> interviews.start(draft.id()));
        assertThat(c.as(() -> agreements.meetingIds(draft.id()))).containsExactly(again.id());
    }

    @Test
    void theRunningInterviewIsEndedThroughGuidanceAndOnlyThenSigned(Scenario scenario) {
        var draft = c.as(() -> interviews.begin(c.person(), true));
        assertThatThrownBy(() ->
                        c.as(() -> agreements.sign(draft.id(), new Sign(LocalDate.now(clock), null), draft.version())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolationException.Violation::code)
                                .contains("agreement.sign.interview-running"));
        // a minute later (a meeting ends in a later minute than it started)
        var end = java.time.LocalDateTime.ofInstant(clock.instant().plusSeconds(60), it.orienta.system.Rome.ZONE);
        scenario.stimulate(() -> c.as(() -> interviews.end(draft.id(), new EndInterview(end, "Colloquio breve"))))
                .andWaitForEventOfType(MeetingClosed.class)
                .matching(e -> e.personId().equals(c.person()))
                .toArriveAndVerify((e, meeting) -> assertThat(meeting.running()).isFalse());
        assertThatThrownBy(() -> c.as(() -> interviews.end(draft.id(), new EndInterview(null, null))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("agreement.interview.not-running"));
    }
}
