package it.orienta.audit;

import static it.orienta.EventSamples.ACTOR;
import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.EventSamples;
import it.orienta.access.CaseRead;
import it.orienta.agreement.AgreementEvents.AgreementSigned;
import it.orienta.audit.AuditSearch.AuditExported;
import it.orienta.cv.CvEvents.CvSaved;
import it.orienta.extraction.ExtractionEvents.ExtractionRun;
import it.orienta.guidance.GuidanceEvents.AppointmentScheduled;
import it.orienta.person.PersonEvents.PersonChanged;
import it.orienta.portal.PortalEvents.TransferStepRecorded;
import it.orienta.portal.TransferKind;
import it.orienta.portal.TransferState;
import it.orienta.referral.ReferralEvents.ReferralStepRecorded;
import it.orienta.referral.ReferralStatus;
import it.orienta.session.SessionEvents.ParticipantEnrolled;
import it.orienta.system.AuditAction;
import it.orienta.system.CaseEvent;
import it.orienta.system.DataChanged;
import it.orienta.system.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the audit log writes for each event: every event type has its line, and the lines are the ones of old. */
class AuditDescriptionsTest {

    static final Instant AT = Instant.parse("2026-12-07T09:30:00Z");
    static final UUID PERSON = UUID.randomUUID();

    @Test
    void everyEventTypeHasItsOwnLine() {
        var types = EventSamples.eventTypes();
        assertThat(types)
                .as("every event type, case events and the others")
                .contains(DataChanged.class, CaseRead.class, AuditExported.class, CvSaved.class);
        for (var type : types) {
            DomainEvent event = EventSamples.sample(type);
            assertThat(AuditDescriptions.describe(event))
                    .as("%s has no line in AuditDescriptions", type.getName())
                    .isNotEqualTo(AuditDescriptions.undescribed(event));
        }
    }

    @Test
    void everyCaseEventNamesItsPerson() {
        for (var type : EventSamples.eventTypes()) {
            if (EventSamples.sample(type) instanceof CaseEvent event) {
                assertThat(AuditDescriptions.describe(event).personId())
                        .as(type.getName())
                        .isEqualTo(event.personId());
            }
        }
    }

    @Test
    void anUndescribedEventIsStillWrittenGenerically() {
        record Unknown(UUID eventId, it.orienta.system.Actor actor, Instant occurredAt, UUID personId)
                implements CaseEvent {}
        var event = new Unknown(UUID.randomUUID(), ACTOR, AT, PERSON);
        assertThat(AuditDescriptions.describe(event))
                .isEqualTo(new AuditRecord(
                        AuditAction.UPDATE, "Unknown", event.eventId().toString(), PERSON, List.of(), null));
    }

    @Test
    void aSavedCvIsACreationWhateverItsOrigin() {
        var cv = UUID.randomUUID();
        for (var origin : List.of("GENERATED", "UPLOADED")) {
            var event = new CvSaved(UUID.randomUUID(), ACTOR, AT, PERSON, cv, origin, "cv.pdf", null);
            assertThat(AuditDescriptions.describe(event))
                    .isEqualTo(new AuditRecord(
                            AuditAction.CREATE, "Cv", cv.toString(), PERSON, List.of("origin", "fileName"), null));
        }
    }

    @Test
    void aChangeOfThePersonsRecordNamesTheRecordAndTheFieldsItTouched() {
        var title = UUID.randomUUID();
        var event = new PersonChanged(
                UUID.randomUUID(),
                ACTOR,
                AT,
                PERSON,
                AuditAction.CREATE,
                "EducationTitle",
                title,
                "education",
                List.of("titleCode", "year"),
                List.of("Diploma"));
        assertThat(AuditDescriptions.describe(event))
                .isEqualTo(new AuditRecord(
                        AuditAction.CREATE,
                        "EducationTitle",
                        title.toString(),
                        PERSON,
                        List.of("titleCode", "year"),
                        null));
    }

    @Test
    void anAppointmentNamesItsFields() {
        var appointment = UUID.randomUUID();
        var event = new AppointmentScheduled(
                UUID.randomUUID(), ACTOR, AT, PERSON, appointment, "A05", "Colloquio", AT, false, "Sala 1", "Bianchi");
        assertThat(AuditDescriptions.describe(event))
                .isEqualTo(new AuditRecord(
                        AuditAction.CREATE,
                        "Appointment",
                        appointment.toString(),
                        PERSON,
                        List.of("activity", "startsAt", "place", "operator"),
                        null));
    }

    @Test
    void aReadUnderAnExceptionalAccessCarriesItsReason() {
        var event = new CaseRead(UUID.randomUUID(), ACTOR, AT, PERSON, "meetings", "URGENT: colloquio domani");
        assertThat(AuditDescriptions.describe(event))
                .isEqualTo(new AuditRecord(
                        AuditAction.READ,
                        "meetings",
                        PERSON.toString(),
                        PERSON,
                        List.of(),
                        "URGENT: colloquio domani"));
        assertThat(AuditDescriptions.describe(new CaseRead(UUID.randomUUID(), ACTOR, AT, PERSON, "file", null))
                        .exceptionalReason())
                .isNull();
    }

    @Test
    void linesThatDependOnTheFacts() {
        var agreement = UUID.randomUUID();
        assertThat(AuditDescriptions.describe(new AgreementSigned(
                                UUID.randomUUID(), ACTOR, AT, PERSON, agreement, 2, LocalDate.of(2026, 12, 7), true))
                        .fields())
                .containsExactly("status", "signedOn", "scan");
        assertThat(AuditDescriptions.describe(new AgreementSigned(
                                UUID.randomUUID(), ACTOR, AT, PERSON, agreement, 2, LocalDate.of(2026, 12, 7), false))
                        .fields())
                .containsExactly("status", "signedOn");
        assertThat(AuditDescriptions.describe(new ReferralStepRecorded(
                                UUID.randomUUID(),
                                ACTOR,
                                AT,
                                PERSON,
                                UUID.randomUUID(),
                                ReferralStatus.SENT,
                                LocalDate.of(2026, 12, 7),
                                "Servizi sociali"))
                        .fields())
                .containsExactly("sentOn", "dueDate", "consentGiven");
        var session = UUID.randomUUID();
        var promoted = AuditDescriptions.describe(new ParticipantEnrolled(
                UUID.randomUUID(),
                ACTOR,
                AT,
                PERSON,
                session,
                "Cercare lavoro",
                "Laboratorio",
                AT,
                false,
                "Sala",
                false,
                true));
        assertThat(promoted.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(promoted.entityType()).isEqualTo("SessionParticipant");
        assertThat(promoted.entityId()).isEqualTo(session.toString());
        var requested = AuditDescriptions.describe(new TransferStepRecorded(
                UUID.randomUUID(),
                ACTOR,
                AT,
                PERSON,
                UUID.randomUUID(),
                UUID.randomUUID(),
                TransferKind.values()[0],
                TransferState.REQUESTED,
                null));
        assertThat(requested.action()).isEqualTo(AuditAction.CREATE);
        assertThat(requested.fields()).containsExactly("state");
    }

    @Test
    void eventsAboutNoSinglePerson() {
        var extraction = UUID.randomUUID();
        assertThat(AuditDescriptions.describe(
                        new ExtractionRun(UUID.randomUUID(), ACTOR, AT, extraction, "profession=2.1", "csv", 12)))
                .isEqualTo(new AuditRecord(
                        AuditAction.EXPORT,
                        "OccupationExtraction",
                        extraction.toString(),
                        null,
                        List.of("filter=profession=2.1", "format=csv", "rows=12"),
                        null));
        assertThat(AuditDescriptions.describe(new AuditExported(UUID.randomUUID(), ACTOR, AT, List.of("username"))))
                .isEqualTo(new AuditRecord(AuditAction.EXPORT, "AuditLog", "csv", null, List.of("username"), null));
        var change = DataChanged.of(AT, ACTOR, AuditAction.UPDATE, "Centre", "CPI-FI", List.of("name"));
        assertThat(AuditDescriptions.describe(change))
                .isEqualTo(new AuditRecord(AuditAction.UPDATE, "Centre", "CPI-FI", null, List.of("name"), null));
    }
}
