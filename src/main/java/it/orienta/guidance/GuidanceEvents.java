package it.orienta.guidance;

import it.orienta.charter.Compliance;
import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import it.orienta.system.Rome;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The events of guidance; each belongs in the person's worker file. Times in summaries are local to the centres
 * (dd/MM/yyyy HH:mm); activities are named by their Italian label and key.
 */
public final class GuidanceEvents {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private GuidanceEvents() {}

    /** A time as guidance's summaries write it, in Rome: dd/MM/yyyy HH:mm (blank for none). */
    public static String local(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(Rome.ZONE));
    }

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
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        public String entityType() {
            return "Appointment";
        }

        public String entityId() {
            return appointmentId.toString();
        }

        public List<String> fields() {
            return List.of("activity", "startsAt", "place", "operator");
        }

        public String timelineKind() {
            return "appointment";
        }

        public String summaryKey() {
            return "timeline.appointment.scheduled";
        }

        public List<String> summaryArgs() {
            return List.of(activityLabel, local(startsAt), operatorName);
        }
    }

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
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "Appointment";
        }

        public String entityId() {
            return appointmentId.toString();
        }

        public List<String> fields() {
            return List.of("startsAt", "reason");
        }

        public String timelineKind() {
            return "appointment";
        }

        public String summaryKey() {
            return "timeline.appointment.rescheduled";
        }

        public List<String> summaryArgs() {
            return List.of(activityLabel, local(from), local(to), reason);
        }
    }

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
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "Appointment";
        }

        public String entityId() {
            return appointmentId.toString();
        }

        public List<String> fields() {
            return List.of("status", "reason");
        }

        public String timelineKind() {
            return "appointment";
        }

        public String summaryKey() {
            return "timeline.appointment.cancelled";
        }

        public List<String> summaryArgs() {
            return List.of(activityLabel, local(startsAt), reason);
        }
    }

    /** A meeting began with the person present; its clock runs until it is closed. */
    public record MeetingStarted(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID meetingId,
            String activityLabel,
            Instant startedAt)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        public String entityType() {
            return "Meeting";
        }

        public String entityId() {
            return meetingId.toString();
        }

        public List<String> fields() {
            return List.of("activity", "startedAt");
        }

        public String timelineKind() {
            return "meeting";
        }

        public String summaryKey() {
            return "timeline.meeting.started";
        }

        public List<String> summaryArgs() {
            return List.of(activityLabel, local(startedAt));
        }
    }

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
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "Meeting";
        }

        public String entityId() {
            return meetingId.toString();
        }

        public List<String> fields() {
            return List.of("endedAt", "attendance", "notes", "compliance");
        }

        public String timelineKind() {
            return "meeting";
        }

        public String summaryKey() {
            if (sessionId != null) {
                return "timeline.session.attendance." + attendance;
            }
            if (attendance != Attendance.PRESENT) {
                return "timeline.meeting.absent." + attendance;
            }
            return "timeline.meeting.closed." + (compliance == null ? Compliance.NO_STANDARD : compliance);
        }

        public List<String> summaryArgs() {
            return List.of(activityLabel, local(startedAt), minutes == null ? "" : String.valueOf(minutes));
        }
    }

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
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "Engagement";
        }

        public String entityId() {
            return engagementId.toString();
        }

        public List<String> fields() {
            return List.of("status", "totalMinutes", "compliance");
        }

        public String timelineKind() {
            return "meeting";
        }

        public String summaryKey() {
            return "timeline.engagement.closed." + compliance;
        }

        public List<String> summaryArgs() {
            return List.of(activityLabel, Engagement.Durations.hoursDown(totalMinutes));
        }
    }
}
