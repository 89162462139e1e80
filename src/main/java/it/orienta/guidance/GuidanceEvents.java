package it.orienta.guidance;

import it.orienta.charter.Compliance;
import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The events of guidance: facts about a person's case (ADR 0020). Times are instants; activities are named by their
 * Italian label as it was, and their key.
 */
public final class GuidanceEvents {

    private GuidanceEvents() {}

    /** An appointment was fixed. */
    public record AppointmentScheduled(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID appointmentId,
            String activityId,
            String activityLabel,
            Instant startsAt,
            boolean remote,
            String place,
            String operatorName)
            implements CaseEvent {}

    /** An appointment moved to another time, with the reason. */
    public record AppointmentRescheduled(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID appointmentId,
            String activityLabel,
            Instant from,
            Instant to,
            String reason)
            implements CaseEvent {}

    /** An appointment was cancelled, with the reason. */
    public record AppointmentCancelled(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID appointmentId,
            String activityLabel,
            Instant startsAt,
            String reason)
            implements CaseEvent {}

    /** A meeting began with the person present; its clock runs until it is closed. */
    public record MeetingStarted(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID meetingId,
            String activityLabel,
            Instant startedAt)
            implements CaseEvent {}

    /**
     * A meeting was delivered and closed (or recorded afterwards): its duration and its judgement against the
     * standard that applied; {@code attendance} tells an absence.
     */
    public record MeetingClosed(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID meetingId,
            UUID sessionId,
            String activityId,
            String activityLabel,
            Instant startedAt,
            Integer minutes,
            Attendance attendance,
            Compliance compliance,
            boolean reasonGiven)
            implements CaseEvent {}

    /** An engagement was closed, judged on the total of its meetings when its standard has a total. */
    public record EngagementClosed(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID engagementId,
            String activityId,
            String activityLabel,
            int totalMinutes,
            Compliance compliance)
            implements CaseEvent {}
}
