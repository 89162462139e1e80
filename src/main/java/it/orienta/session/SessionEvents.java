package it.orienta.session;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import it.orienta.system.DomainEvent;
import java.time.Instant;
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
            implements DomainEvent {}

    /** A session was held: its attendance was recorded (audit only; each participant has their MeetingClosed). */
    public record SessionHeld(UUID eventId, Actor actor, Instant occurredAt, UUID sessionId, int present, int absent)
            implements DomainEvent {}

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
            implements CaseEvent {}

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
            implements CaseEvent {}

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
            implements CaseEvent {}
}
