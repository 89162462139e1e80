package it.orienta.cv;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/** The events of the CV module: facts about a person's case (ADR 0020). */
public final class CvEvents {

    private CvEvents() {}

    /**
     * A CV was deleted (R21): it is gone from Orienta, and the portal module removes it from the CV search system
     * (not from the portal profile).
     */
    public record CvDeleted(UUID eventId, Actor actor, Instant occurredAt, UUID personId, UUID cvId)
            implements CaseEvent {}

    /**
     * A CV was saved, uploaded or generated (R14; {@code origin} is the {@code Cv.Origin}'s name); it replaced
     * {@code replacedCvId} when the person had one, which stays in the history.
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
            implements CaseEvent {}
}
