package it.orienta.cv;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events of the CV module, on the worker file's timeline (kind {@code cv}) and in the audit log. */
public final class CvEvents {

    static final String KIND = "cv";

    private CvEvents() {}

    /**
     * A CV was deleted (R21): it is gone from Orienta, and the portal module removes it from the CV search system
     * (not from the portal profile).
     */
    public record CvDeleted(UUID eventId, Actor actor, Instant occurredAt, UUID personId, UUID cvId)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.DELETE;
        }

        public String entityType() {
            return "Cv";
        }

        public String entityId() {
            return cvId.toString();
        }

        public List<String> fields() {
            return List.of();
        }

        public String timelineKind() {
            return KIND;
        }

        public String summaryKey() {
            return "timeline.cv.deleted";
        }

        public List<String> summaryArgs() {
            return List.of();
        }
    }

    /**
     * A CV was saved, uploaded or generated (R14); it replaced {@code replacedCvId} when the person had one, which
     * stays in the history.
     */
    public record CvSaved(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID cvId,
            String origin,
            String fileName,
            UUID replacedCvId)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        public String entityType() {
            return "Cv";
        }

        public String entityId() {
            return cvId.toString();
        }

        public List<String> fields() {
            return List.of("origin", "fileName");
        }

        public String timelineKind() {
            return KIND;
        }

        public String summaryKey() {
            return "GENERATED".equals(origin) ? "timeline.cv.generated" : "timeline.cv.uploaded";
        }

        public List<String> summaryArgs() {
            return List.of(fileName);
        }
    }
}
