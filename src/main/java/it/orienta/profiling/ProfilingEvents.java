package it.orienta.profiling;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events of the profiling interview: facts about a person's case (ADR 0020). They never name the indicators
 * marked (they describe a possible fragility): the timeline says that something happened, the profiling page says
 * what.
 */
public final class ProfilingEvents {

    private ProfilingEvents() {}

    /** The interview was written or edited; {@code answers} is how many questions have an answer now. */
    public record InterviewSaved(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            boolean first,
            LocalDate interviewDate,
            int answers,
            List<String> fields)
            implements CaseEvent {}

    /** The operator gave or changed the employability score (R4). */
    public record ScoreRecorded(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, Integer score, Integer previous)
            implements CaseEvent {}

    /** The deeper assessment proposed by the indicators was confirmed (R5). */
    public record AssessmentConfirmed(UUID eventId, Actor actor, Instant occurredAt, UUID personId)
            implements CaseEvent {}
}
