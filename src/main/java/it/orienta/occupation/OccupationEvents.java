package it.orienta.occupation;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events of desired occupations and availability; each belongs in the person's worker file. */
public final class OccupationEvents {

    private OccupationEvents() {}

    /** A desired occupation was added. */
    public record OccupationAdded(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID occupationId,
            String professionCode,
            String professionTitle)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        public String entityType() {
            return "DesiredOccupation";
        }

        public String entityId() {
            return occupationId.toString();
        }

        public List<String> fields() {
            return List.of("professionCode", "sources", "interviewDate", "notes");
        }

        public String timelineKind() {
            return "occupation";
        }

        public String summaryKey() {
            return "timeline.occupation.added";
        }

        public List<String> summaryArgs() {
            return List.of(professionTitle, professionCode);
        }
    }

    /** A desired occupation was changed; {@code fields} names what changed. */
    public record OccupationChanged(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID occupationId,
            String professionCode,
            String professionTitle,
            List<String> fields)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "DesiredOccupation";
        }

        public String entityId() {
            return occupationId.toString();
        }

        public String timelineKind() {
            return "occupation";
        }

        public String summaryKey() {
            return "timeline.occupation.changed";
        }

        public List<String> summaryArgs() {
            return List.of(professionTitle, professionCode);
        }
    }

    /** A desired occupation was removed. */
    public record OccupationRemoved(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID occupationId,
            String professionCode,
            String professionTitle)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.DELETE;
        }

        public String entityType() {
            return "DesiredOccupation";
        }

        public String entityId() {
            return occupationId.toString();
        }

        public List<String> fields() {
            return List.of();
        }

        public String timelineKind() {
            return "occupation";
        }

        public String summaryKey() {
            return "timeline.occupation.removed";
        }

        public List<String> summaryArgs() {
            return List.of(professionTitle, professionCode);
        }
    }

    /** The person's availability (hours, travel, transport) was saved. */
    public record AvailabilityChanged(UUID eventId, Actor actor, Instant occurredAt, UUID personId, List<String> fields)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "PersonAvailability";
        }

        public String entityId() {
            return personId.toString();
        }

        public String timelineKind() {
            return "occupation";
        }

        public String summaryKey() {
            return "timeline.availability.changed";
        }

        public List<String> summaryArgs() {
            return List.of();
        }
    }

    /** Somebody extracted persons by their desired occupations (audit only: it names no single person). */
    public record ExtractionRun(
            UUID eventId, Actor actor, Instant occurredAt, UUID extractionId, String filter, String format, long rows)
            implements it.orienta.system.AuditableEvent {
        public AuditAction action() {
            return AuditAction.EXPORT;
        }

        public String entityType() {
            return "OccupationExtraction";
        }

        public String entityId() {
            return extractionId.toString();
        }

        public UUID personId() {
            return null;
        }

        public List<String> fields() {
            return List.of("filter=" + filter, "format=" + format, "rows=" + rows);
        }
    }
}
