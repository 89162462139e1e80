package it.orienta.intake;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The events of intake: facts about a person's case (ADR 0020). */
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
            implements CaseEvent {}

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
            implements CaseEvent {}

    /** The matching consent was given, refused or withdrawn. */
    public record MatchingConsentRecorded(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, UUID consentId, ConsentState state)
            implements CaseEvent {}

    /** The quantitative profiling index of the national system was recorded. */
    public record ProfilingIndexRecorded(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, UUID intakeId, String index, LocalDate date)
            implements CaseEvent {}
}
