package it.orienta.guidance;

import it.orienta.charter.Compliance;
import it.orienta.charter.TimeStandard;
import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A meeting with a person, individual or one person's place in a group session, and its judgement against the
 * charter's time standard of its day (R2, R23, R24). The rules of a delivered meeting live here: times are kept to
 * the minute, a present meeting ends after it starts and not in the future, an absence has no end and a justified
 * one keeps its justification, a duration outside the standard needs a reason, only a running meeting closes. The
 * overlap with the operator's other meetings is the service's check (it reads other meetings), with the database's
 * exclusion constraint behind it.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    /** How far in the future an end may be: clocks of operators' PCs and of the server differ a little. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

    enum Status {
        RUNNING,
        CLOSED
    }

    @Id
    private UUID id;

    private UUID personId;
    private UUID engagementId;
    private UUID appointmentId;
    private UUID sessionId;
    private String activityId;
    private String centreCode;
    private UUID operatorId;
    private String operatorName;

    @Column(name = "group_meeting")
    private boolean group;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    private String justification;
    private Instant startedAt;
    private Instant endedAt;
    private Integer minutes;
    private UUID standardId;

    @Enumerated(EnumType.STRING)
    private Compliance compliance;

    private String deviationReason;
    private String notes;
    private Instant createdAt;

    @Version
    private Long version;

    protected Meeting() {}

    private Meeting(UUID personId, UUID engagementId, String activityId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.engagementId = engagementId;
        this.activityId = activityId;
        this.createdAt = createdAt;
        this.notes = "";
    }

    /** Starts a meeting with the person present now, judged on closing against {@code standard} (its day's). */
    static Meeting start(
            UUID personId,
            UUID engagementId,
            String activityId,
            Actor actor,
            Instant now,
            TimeStandard standard,
            UUID appointmentId) {
        var meeting = new Meeting(personId, engagementId, activityId, now);
        meeting.heldBy(actor.centreCode(), actor.operatorId(), actor.displayName());
        meeting.status = Status.RUNNING;
        meeting.attendance = Attendance.PRESENT;
        meeting.startedAt = toMinute(now);
        meeting.standardId = standard.id();
        meeting.appointmentId = appointmentId;
        return meeting;
    }

    /**
     * A meeting already delivered, or the person's absence: {@code delivery} is checked as a whole and refused with
     * every reason at once.
     */
    static Meeting delivered(
            UUID personId, UUID engagementId, String activityId, Delivered delivery, Instant now, UUID appointmentId) {
        var meeting = new Meeting(personId, engagementId, activityId, now);
        meeting.status = Status.CLOSED;
        meeting.appointmentId = appointmentId;
        meeting.deliver(delivery);
        return meeting;
    }

    /** One participant's meeting of a group session held with the operator of the session. */
    static Meeting inSession(
            UUID personId,
            UUID engagementId,
            String activityId,
            UUID sessionId,
            String centreCode,
            UUID operatorId,
            String operatorName,
            Delivered delivery,
            Instant now) {
        var meeting = new Meeting(personId, engagementId, activityId, now);
        meeting.heldBy(centreCode, operatorId, operatorName);
        meeting.status = Status.CLOSED;
        meeting.group = true;
        meeting.sessionId = sessionId;
        meeting.deliver(delivery);
        return meeting;
    }

    /**
     * Closes the running meeting at {@code end} against the standard it records; outside it a reason is needed.
     * {@code notes} null keeps the notes taken so far.
     */
    void close(Instant end, Instant now, TimeStandard standard, String notes, String deviationReason) {
        if (status != Status.RUNNING) {
            throw new RuleViolationException("guidance.meeting.not-running", null);
        }
        var violations = new ArrayList<>(checkTimes(startedAt, end, now));
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        int duration = minutes(startedAt, end);
        var judged = judge(standard, duration, deviationReason, violations);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        this.status = Status.CLOSED;
        this.endedAt = toMinute(end);
        this.minutes = duration;
        this.compliance = judged;
        this.deviationReason = judged.outside() ? deviationReason.strip() : null;
        this.standardId = standard.id();
        if (notes != null) {
            this.notes = notes.strip();
        }
    }

    private void heldBy(String centreCode, UUID operatorId, String operatorName) {
        this.centreCode = centreCode;
        this.operatorId = operatorId;
        this.operatorName = operatorName;
    }

    private void deliver(Delivered d) {
        d.refuseIfInvalid();
        if (operatorId == null) {
            heldBy(d.actor().centreCode(), d.actor().operatorId(), d.actor().displayName());
        }
        this.attendance = d.attendance();
        this.startedAt = d.start();
        this.justification = d.attendance() == Attendance.ABSENT_JUSTIFIED
                ? d.justification().strip()
                : null;
        this.notes = d.notes() == null ? "" : d.notes().strip();
        if (d.attendance() == Attendance.PRESENT) {
            this.endedAt = d.end();
            this.minutes = d.minutes();
            this.standardId = d.standard().id();
            this.compliance = d.compliance();
            this.deviationReason =
                    d.compliance().outside() ? d.deviationReason().strip() : null;
        }
    }

    /**
     * What was delivered: times (to the minute), attendance and the judgement of a present one against the
     * standard of its day. {@link #violations()} says everything wrong with it at once.
     */
    record Delivered(
            Actor actor,
            Attendance attendance,
            Instant start,
            Instant end,
            String justification,
            String notes,
            String deviationReason,
            TimeStandard standard,
            Instant now) {

        Delivered {
            attendance = attendance == null ? Attendance.PRESENT : attendance;
            start = toMinute(start);
            end = attendance == Attendance.PRESENT ? toMinute(end) : null;
        }

        /**
         * The delivery judged against {@code standardOfDay} (the charter's standard on the day it started) when it
         * is present and its times are right; otherwise as it is, for {@link #violations()} to refuse.
         */
        static Delivered of(
                Delivered draft, java.util.function.Function<java.time.LocalDate, TimeStandard> standardOfDay) {
            if (draft.attendance() != Attendance.PRESENT
                    || !checkTimes(draft.start(), draft.end(), draft.now()).isEmpty()) {
                return draft;
            }
            var day = java.time.LocalDate.ofInstant(draft.start(), it.orienta.system.Rome.ZONE);
            return new Delivered(
                    draft.actor(),
                    draft.attendance(),
                    draft.start(),
                    draft.end(),
                    draft.justification(),
                    draft.notes(),
                    draft.deviationReason(),
                    standardOfDay.apply(day),
                    draft.now());
        }

        int minutes() {
            return Meeting.minutes(start, end);
        }

        Compliance compliance() {
            return standard.judgeMeeting(minutes());
        }

        /** Every reason this delivery cannot be recorded; the standard is read only when the times are right. */
        List<Violation> violations() {
            var violations = new ArrayList<Violation>();
            if (attendance == Attendance.PRESENT) {
                violations.addAll(checkTimes(start, end, now));
                if (violations.isEmpty()) {
                    judge(standard, minutes(), deviationReason, violations);
                }
            } else {
                if (start == null) {
                    violations.add(Violation.of("guidance.meeting.start.required", "start"));
                } else if (start.isAfter(now.plus(CLOCK_TOLERANCE))) {
                    violations.add(Violation.of("guidance.meeting.start.future", "start"));
                }
                if (attendance.needsJustification(justification)) {
                    violations.add(Violation.of("guidance.meeting.justification.required", "justification"));
                }
            }
            return violations;
        }

        void refuseIfInvalid() {
            var violations = violations();
            if (!violations.isEmpty()) {
                throw RuleViolationException.of(violations);
            }
        }
    }

    // ---------------------------------------------------------------- the rules of times and of the standard

    static Instant toMinute(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Whole minutes between two times kept to the minute. */
    static int minutes(Instant start, Instant end) {
        return (int) Duration.between(toMinute(start), toMinute(end)).toMinutes();
    }

    /** The times of a present meeting: end after start, neither in the future. */
    static List<Violation> checkTimes(Instant start, Instant end, Instant now) {
        var violations = new ArrayList<Violation>();
        if (start == null) {
            violations.add(Violation.of("guidance.meeting.start.required", "start"));
        } else if (start.isAfter(now.plus(CLOCK_TOLERANCE))) {
            violations.add(Violation.of("guidance.meeting.start.future", "start"));
        }
        if (end == null) {
            violations.add(Violation.of("guidance.meeting.end.required", "end"));
        } else {
            if (end.isAfter(now.plus(CLOCK_TOLERANCE))) {
                violations.add(Violation.of("guidance.meeting.end.future", "end"));
            }
            if (start != null && !toMinute(end).isAfter(toMinute(start))) {
                violations.add(Violation.of("guidance.meeting.end.before-start", "end"));
            }
        }
        return violations;
    }

    /**
     * The judgement of a present meeting of {@code minutes}; refused when outside the standard without a reason,
     * with a message that says by how much.
     */
    static Compliance judge(TimeStandard standard, int minutes, String reason, List<Violation> violations) {
        var compliance = standard.judgeMeeting(minutes);
        if (compliance.outside() && (reason == null || reason.isBlank())) {
            violations.add(
                    compliance == Compliance.OVER_MAXIMUM
                            ? Violation.of(
                                    "guidance.meeting.over-maximum", "deviationReason", minutes, standard.maxMinutes())
                            : Violation.of(
                                    "guidance.meeting.under-minimum",
                                    "deviationReason",
                                    minutes,
                                    standard.minMinutes()));
        }
        return compliance;
    }

    /** The event of this meeting closed (or recorded), by {@code actor}, its activity named {@code label}. */
    GuidanceEvents.MeetingClosed closed(Actor actor, Instant at, String label) {
        return new GuidanceEvents.MeetingClosed(
                UUID.randomUUID(),
                actor,
                at,
                personId,
                id,
                sessionId,
                activityId,
                label,
                startedAt,
                minutes,
                attendance,
                compliance,
                deviationReason != null);
    }

    // ---------------------------------------------------------------- reading

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    UUID operatorId() {
        return operatorId;
    }

    String activityId() {
        return activityId;
    }

    Instant startedAt() {
        return startedAt;
    }

    Attendance attendance() {
        return attendance;
    }

    Integer minutes() {
        return minutes;
    }

    Compliance compliance() {
        return compliance;
    }

    boolean running() {
        return status == Status.RUNNING;
    }

    boolean justifiedOutside() {
        return deviationReason != null;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
