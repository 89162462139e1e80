package it.orienta.workerfile;

import static it.orienta.EventSamples.ACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.EventSamples;
import it.orienta.access.CaseRead;
import it.orienta.agreement.AgreementEvents.PlanItemStatusChanged;
import it.orienta.agreement.AgreementView;
import it.orienta.charter.Compliance;
import it.orienta.cv.CvEvents.CvSaved;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.GuidanceEvents.AppointmentScheduled;
import it.orienta.guidance.GuidanceEvents.EngagementClosed;
import it.orienta.guidance.GuidanceEvents.MeetingClosed;
import it.orienta.intake.IntakeEvents.PersonChargeTransferred;
import it.orienta.notification.Channel;
import it.orienta.notification.NotificationEvents.MessageQueued;
import it.orienta.person.PersonEvents.PersonChanged;
import it.orienta.system.AuditAction;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How each case event reads on the timeline: every case event type has its line, and the lines are the ones of old. */
class TimelineDescriptionsTest {

    static final Instant AT = Instant.parse("2026-12-07T09:30:00Z");
    static final UUID PERSON = UUID.randomUUID();

    @Test
    void everyCaseEventTypeHasItsOwnLineOrSaysItIsNotOnTheTimeline() {
        var types = EventSamples.eventTypes().stream()
                .filter(CaseEvent.class::isAssignableFrom)
                .toList();
        assertThat(types).contains(CaseRead.class, CvSaved.class, WorkerFileExported.class);
        for (var type : types) {
            var event = (CaseEvent) EventSamples.sample(type);
            assertThat(TimelineDescriptions.describe(event))
                    .as("%s has no line in TimelineDescriptions", type.getName())
                    .isNotEqualTo(TimelineDescriptions.undescribed(event));
        }
    }

    @Test
    void anUndescribedEventGetsAGenericLine() {
        record Unknown(UUID eventId, it.orienta.system.Actor actor, Instant occurredAt, UUID personId)
                implements CaseEvent {}
        assertThat(TimelineDescriptions.describe(new Unknown(UUID.randomUUID(), ACTOR, AT, PERSON)))
                .contains(new TimelineLine("other", "timeline.undescribed", List.of("Unknown")));
    }

    @Test
    void aReadIsNotOnTheTimeline() {
        assertThat(TimelineDescriptions.describe(new CaseRead(UUID.randomUUID(), ACTOR, AT, PERSON, "file", null)))
                .isEmpty();
    }

    @Test
    void aGeneratedCvReadsAsGeneratedAnyOtherAsUploaded() {
        assertThat(TimelineDescriptions.describe(cv("GENERATED")))
                .contains(new TimelineLine("cv", "timeline.cv.generated", List.of("cv.pdf")));
        assertThat(TimelineDescriptions.describe(cv("UPLOADED")))
                .contains(new TimelineLine("cv", "timeline.cv.uploaded", List.of("cv.pdf")));
    }

    @Test
    void aChangeOfThePersonsRecordListsTheChangedFieldsOrNamesWhatWasAdded() {
        assertThat(TimelineDescriptions.describe(
                        personChanged(AuditAction.UPDATE, "Person", "details", List.of("email", "phone"), List.of())))
                .contains(new TimelineLine("person", "timeline.person.details.update", List.of("email, phone")));
        assertThat(TimelineDescriptions.describe(personChanged(
                        AuditAction.CREATE,
                        "WorkExperience",
                        "work",
                        List.of("employer", "professionCode"),
                        List.of("Coop Firenze", "Commesso"))))
                .contains(
                        new TimelineLine("person", "timeline.person.work.create", List.of("Coop Firenze", "Commesso")));
        assertThat(TimelineDescriptions.describe(personChanged(
                        AuditAction.UPDATE, "SpecialCategoryData", "special", List.of("disability"), List.of())))
                .contains(new TimelineLine("person", "timeline.person.special.update", List.of()));
    }

    @Test
    void anAppointmentsTimeIsWrittenInRome() {
        var event = new AppointmentScheduled(
                UUID.randomUUID(),
                ACTOR,
                AT,
                PERSON,
                UUID.randomUUID(),
                "A05",
                "Colloquio di orientamento",
                Instant.parse("2026-07-01T07:05:00Z"),
                false,
                "Sala 1",
                "Giulia Bianchi");
        assertThat(TimelineDescriptions.describe(event))
                .contains(new TimelineLine(
                        "appointment",
                        "timeline.appointment.scheduled",
                        List.of("Colloquio di orientamento", "01/07/2026 09:05", "Giulia Bianchi")));
        assertThat(TimelineDescriptions.local(AT)).isEqualTo("07/12/2026 10:30");
        assertThat(TimelineDescriptions.local(null)).isEmpty();
    }

    @Test
    void aTransferOfChargeNamesBothCentresAndTheReason() {
        var event = new PersonChargeTransferred(
                UUID.randomUUID(), ACTOR, AT, PERSON, UUID.randomUUID(), "CPI-PI", "CPI-FI", "Trasferita");
        assertThat(TimelineDescriptions.describe(event))
                .contains(new TimelineLine(
                        "intake", "timeline.intake.transferred", List.of("CPI-PI", "CPI-FI", "Trasferita")));
    }

    @Test
    void aMeetingReadsAsASessionsAttendanceAnAbsenceOrItsJudgement() {
        assertThat(meeting(UUID.randomUUID(), Attendance.ABSENT, null).map(TimelineLine::summaryKey))
                .contains("timeline.session.attendance.ABSENT");
        assertThat(meeting(null, Attendance.ABSENT_JUSTIFIED, null).map(TimelineLine::summaryKey))
                .contains("timeline.meeting.absent.ABSENT_JUSTIFIED");
        assertThat(meeting(null, Attendance.PRESENT, null))
                .contains(new TimelineLine(
                        "meeting",
                        "timeline.meeting.closed.NO_STANDARD",
                        List.of("Colloquio", "07/12/2026 10:30", "45")));
        assertThat(meeting(null, Attendance.PRESENT, Compliance.UNDER_MINIMUM).map(TimelineLine::summaryKey))
                .contains("timeline.meeting.closed.UNDER_MINIMUM");
        var engagement = new EngagementClosed(
                UUID.randomUUID(), ACTOR, AT, PERSON, UUID.randomUUID(), "B01", "Bilancio", 479, Compliance.WITHIN);
        assertThat(TimelineDescriptions.describe(engagement))
                .contains(
                        new TimelineLine("meeting", "timeline.engagement.closed.WITHIN", List.of("Bilancio", "7,98")));
    }

    @Test
    void longPlanItemsAndMessagesChannelsAreShortened() {
        var item = new PlanItemStatusChanged(
                UUID.randomUUID(),
                ACTOR,
                AT,
                PERSON,
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                "x".repeat(100),
                AgreementView.PlanItem.Status.PLANNED,
                AgreementView.PlanItem.Status.DONE);
        assertThat(TimelineDescriptions.describe(item))
                .contains(new TimelineLine(
                        "agreement", "timeline.agreement.item-status.DONE", List.of("x".repeat(79) + "…")));
        var message = new MessageQueued(
                UUID.randomUUID(),
                ACTOR,
                AT,
                PERSON,
                UUID.randomUUID(),
                "Convocazione",
                List.of(Channel.EMAIL, Channel.SMS));
        assertThat(TimelineDescriptions.describe(message))
                .contains(
                        new TimelineLine("message", "timeline.message.queued", List.of("Convocazione", "e-mail, SMS")));
    }

    @Test
    void decimalHoursAreRoundedDown() {
        assertThat(TimelineDescriptions.hoursDown(479)).isEqualTo("7,98");
        assertThat(TimelineDescriptions.hoursDown(480)).isEqualTo("8");
        assertThat(TimelineDescriptions.hoursDown(90)).isEqualTo("1,5");
        assertThat(TimelineDescriptions.hoursDown(719)).isEqualTo("11,98");
        assertThat(TimelineDescriptions.hoursDown(1)).isEqualTo("0,01");
        for (int m = 1; m < 2000; m++) {
            assertThat(TimelineDescriptions.hoursDown(m - 1))
                    .as("%d minutes", m - 1)
                    .isNotEqualTo(TimelineDescriptions.hoursDown(m));
        }
    }

    static CvSaved cv(String origin) {
        return new CvSaved(UUID.randomUUID(), ACTOR, AT, PERSON, UUID.randomUUID(), origin, "cv.pdf", null);
    }

    static PersonChanged personChanged(
            AuditAction action, String entityType, String what, List<String> fields, List<String> labels) {
        return new PersonChanged(
                UUID.randomUUID(), ACTOR, AT, PERSON, action, entityType, UUID.randomUUID(), what, fields, labels);
    }

    static Optional<TimelineLine> meeting(UUID session, Attendance attendance, Compliance compliance) {
        return TimelineDescriptions.describe(new MeetingClosed(
                UUID.randomUUID(),
                ACTOR,
                AT,
                PERSON,
                UUID.randomUUID(),
                session,
                "A05",
                "Colloquio",
                AT,
                45,
                attendance,
                compliance,
                false));
    }
}
