package it.orienta.skillsaudit;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events of the skills audit's output document (R24), on the worker file's timeline (kind {@code skills-audit})
 * and in the audit log. {@link DocumentCompleted} is the proposal to update the PSP: the agreement module, or
 * anybody else, may listen to it; guidance itself does not call the agreement module (which depends on guidance).
 */
public final class SkillsAuditEvents {

    static final String KIND = "skills-audit";

    private SkillsAuditEvents() {}

    /** The document was saved as a draft; {@code fields} names the sections that changed. */
    public record DocumentSaved(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID engagementId,
            UUID documentId,
            boolean created,
            List<String> fields)
            implements PersonFileEvent {
        public AuditAction action() {
            return created ? AuditAction.CREATE : AuditAction.UPDATE;
        }

        public String entityType() {
            return "SkillsAuditDocument";
        }

        public String entityId() {
            return documentId.toString();
        }

        public String timelineKind() {
            return KIND;
        }

        public String summaryKey() {
            return "timeline.skills-audit.saved";
        }

        public List<String> summaryArgs() {
            return List.of();
        }
    }

    /**
     * The document was completed: final, and the PSP should now be updated with what it recommends (R24); the
     * agreed activities are then recorded in the worker's file by the PSP's new version.
     */
    public record DocumentCompleted(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, UUID engagementId, UUID documentId)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "SkillsAuditDocument";
        }

        public String entityId() {
            return documentId.toString();
        }

        public List<String> fields() {
            return List.of("status");
        }

        public String timelineKind() {
            return KIND;
        }

        public String summaryKey() {
            return "timeline.skills-audit.completed";
        }

        public List<String> summaryArgs() {
            return List.of();
        }
    }
}
