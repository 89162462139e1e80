package it.orienta.session;

import static it.orienta.guidance.GuidanceEvents.local;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import it.orienta.system.AuditableEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events of group sessions. Those of one participant belong in that person's file and carry only the
 * session's own data (title, time, place): never another participant's. Holding a session publishes a
 * {@link GuidanceEvents.MeetingClosed} with the session's id for each participant.
 */
public final class SessionEvents {

    private SessionEvents() {}

    /** A session was planned (audit only: no person's data yet). */
    public record SessionPlanned(
            UUID eventId, Actor actor, Instant occurredAt, UUID sessionId, String title, Instant startsAt)
            implements AuditableEvent {
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        public String entityType() {
            return "GroupSession";
        }

        public String entityId() {
            return sessionId.toString();
        }

        public UUID personId() {
            return null;
        }

        public List<String> fields() {
            return List.of("activity", "title", "startsAt", "place", "capacity");
        }
    }

    /** A session was held: its attendance was recorded (audit only; each participant has their MeetingClosed). */
    public record SessionHeld(UUID eventId, Actor actor, Instant occurredAt, UUID sessionId, int present, int absent)
            implements AuditableEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "GroupSession";
        }

        public String entityId() {
            return sessionId.toString();
        }

        public UUID personId() {
            return null;
        }

        public List<String> fields() {
            return List.of("heldStartedAt", "heldEndedAt", "attendance", "notes", "compliance");
        }
    }

    /**
     * A person was enrolled in a session, or put on its waiting list ({@code waiting}); also published when a
     * person moves from the waiting list to a freed place ({@code promoted}).
     */
    public record ParticipantEnrolled(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID sessionId,
            String title,
            String activityLabel,
            Instant startsAt,
            boolean remote,
            String place,
            boolean waiting,
            boolean promoted)
            implements PersonFileEvent {
        public AuditAction action() {
            return promoted ? AuditAction.UPDATE : AuditAction.CREATE;
        }

        public String entityType() {
            return "SessionParticipant";
        }

        public String entityId() {
            return sessionId.toString(); // the person is in personId
        }

        public List<String> fields() {
            return List.of("status");
        }

        public String timelineKind() {
            return "session";
        }

        public String summaryKey() {
            return promoted
                    ? "timeline.session.promoted"
                    : waiting ? "timeline.session.waiting" : "timeline.session.enrolled";
        }

        public List<String> summaryArgs() {
            return List.of(title, local(startsAt));
        }
    }

    /** A person left a session (or its waiting list), with the reason. */
    public record ParticipantWithdrawn(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID sessionId,
            String title,
            Instant startsAt,
            String reason)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "SessionParticipant";
        }

        public String entityId() {
            return sessionId.toString(); // the person is in personId
        }

        public List<String> fields() {
            return List.of("status", "withdrawReason");
        }

        public String timelineKind() {
            return "session";
        }

        public String summaryKey() {
            return "timeline.session.withdrawn";
        }

        public List<String> summaryArgs() {
            return List.of(title, local(startsAt));
        }
    }

    /** A session a person was enrolled in (or waiting for) was cancelled, with the reason. */
    public record SessionCancelled(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID sessionId,
            String title,
            Instant startsAt,
            String reason)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "GroupSession";
        }

        public String entityId() {
            return sessionId.toString();
        }

        public List<String> fields() {
            return List.of("status", "cancelReason");
        }

        public String timelineKind() {
            return "session";
        }

        public String summaryKey() {
            return "timeline.session.cancelled";
        }

        public List<String> summaryArgs() {
            return List.of(title, local(startsAt), reason);
        }
    }
}
