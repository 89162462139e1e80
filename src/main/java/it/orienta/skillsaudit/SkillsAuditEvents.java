package it.orienta.skillsaudit;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events of the skills audit's output document (R24): facts about a person's case (ADR 0020).
 * {@link DocumentCompleted} is the proposal to update the PSP: the agreement module, or
 * anybody else, may listen to it; guidance itself does not call the agreement module (which depends on guidance).
 */
public final class SkillsAuditEvents {

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
            implements CaseEvent {}

    /**
     * The document was completed: final, and the PSP should now be updated with what it recommends (R24); the
     * agreed activities are then recorded in the worker's file by the PSP's new version.
     */
    public record DocumentCompleted(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, UUID engagementId, UUID documentId)
            implements CaseEvent {}
}
