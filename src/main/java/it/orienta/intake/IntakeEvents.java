package it.orienta.intake;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The events of intake; each belongs in the person's worker file. */
public final class IntakeEvents {

    private IntakeEvents() {}

    /** A person was taken in charge at a centre. */
    public record PersonTakenInCharge(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID intakeId,
            String centreCode,
            LocalDate intakeDate,
            int privacyNoticeNumber)
            implements PersonFileEvent {
        @Override
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        @Override
        public String entityType() {
            return "Intake";
        }

        @Override
        public String entityId() {
            return intakeId.toString();
        }

        @Override
        public List<String> fields() {
            return List.of("intakeDate", "centre", "privacyNotice");
        }

        @Override
        public String timelineKind() {
            return "intake";
        }

        @Override
        public String summaryKey() {
            return "timeline.intake.taken-in-charge";
        }

        @Override
        public List<String> summaryArgs() {
            return List.of(centreCode, String.valueOf(privacyNoticeNumber));
        }
    }

    /**
     * A centre took over a person in charge at another centre: the old intake ended, the new one carries the
     * reason. The case (keyed by the person) now belongs to the new centre; the old centre's coordinator is told on
     * the home page.
     */
    public record PersonChargeTransferred(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID intakeId,
            String fromCentre,
            String toCentre,
            String reason)
            implements PersonFileEvent {
        @Override
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        @Override
        public String entityType() {
            return "Intake";
        }

        @Override
        public String entityId() {
            return intakeId.toString();
        }

        @Override
        public List<String> fields() {
            return List.of("centre", "transferredFrom", "transferReason");
        }

        @Override
        public String timelineKind() {
            return "intake";
        }

        @Override
        public String summaryKey() {
            return "timeline.intake.transferred";
        }

        @Override
        public List<String> summaryArgs() {
            return List.of(fromCentre, toCentre, reason);
        }
    }

    /** The matching consent was given, refused or withdrawn. */
    public record MatchingConsentRecorded(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, UUID consentId, ConsentState state)
            implements PersonFileEvent {
        @Override
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        @Override
        public String entityType() {
            return "MatchingConsent";
        }

        @Override
        public String entityId() {
            return consentId.toString();
        }

        @Override
        public List<String> fields() {
            return List.of("state");
        }

        @Override
        public String timelineKind() {
            return "consent";
        }

        @Override
        public String summaryKey() {
            return "timeline.consent." + state.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public List<String> summaryArgs() {
            return List.of();
        }
    }

    /** The quantitative profiling index of the national system was recorded. */
    public record ProfilingIndexRecorded(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, UUID intakeId, String index, LocalDate date)
            implements PersonFileEvent {
        @Override
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        @Override
        public String entityType() {
            return "Intake";
        }

        @Override
        public String entityId() {
            return intakeId.toString();
        }

        @Override
        public List<String> fields() {
            return List.of("profilingIndex", "profilingDate");
        }

        @Override
        public String timelineKind() {
            return "intake";
        }

        @Override
        public String summaryKey() {
            return "timeline.intake.profiling-index";
        }

        @Override
        public List<String> summaryArgs() {
            return List.of(index);
        }
    }
}
