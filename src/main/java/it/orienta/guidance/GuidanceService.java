package it.orienta.guidance;

import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.charter.Compliance;
import it.orienta.charter.Stage;
import it.orienta.charter.TimeStandard;
import it.orienta.guidance.Commands.CloseEngagement;
import it.orienta.guidance.Commands.CloseMeeting;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.Commands.Reschedule;
import it.orienta.guidance.Commands.ScheduleAppointment;
import it.orienta.guidance.GuidanceEvents.AppointmentCancelled;
import it.orienta.guidance.GuidanceEvents.AppointmentRescheduled;
import it.orienta.guidance.GuidanceEvents.AppointmentScheduled;
import it.orienta.guidance.GuidanceEvents.EngagementClosed;
import it.orienta.guidance.GuidanceEvents.MeetingClosed;
import it.orienta.guidance.GuidanceEvents.MeetingStarted;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments, meetings, engagements, the pathway and the centre's compliance list. Every method that reads or
 * changes a person's case asks the record-access policy first ({@link CaseAccess}, ADR 0017): records keyed by their
 * own id (meeting, appointment, engagement) are found first (404), then checked against their person.
 */
@Service
public class GuidanceService {

    private static final String MEETING_COLUMNS = "m.id, m.person_id, m.engagement_id, m.appointment_id,"
            + " m.session_id, m.activity_id, m.centre_code, m.operator_id, m.operator_name, m.group_meeting,"
            + " m.status, m.attendance, m.justification, m.started_at, m.ended_at, m.minutes, m.standard_id,"
            + " s.min_minutes, s.max_minutes, m.compliance, m.deviation_reason, m.notes, m.version";

    private static final String MEETING_FROM = " from meeting m left join charter_standard s on s.id = m.standard_id";

    /** An engagement with how many meetings it has and the minutes delivered in its closed, present ones. */
    private static final String ENGAGEMENT_SELECT =
            "select e.*, (select count(*) from meeting m where m.engagement_id = e.id) as meetings,"
                    + " (select coalesce(sum(m.minutes), 0) from meeting m where m.engagement_id = e.id"
                    + " and m.attendance = 'PRESENT' and m.status = 'CLOSED') as delivered from engagement e";

    /** The delivered meetings of a centre in a month: centre, from, to. */
    private static final String CENTRE_MONTH = " where m.centre_code = ? and m.started_at >= ? and m.started_at < ?"
            + " and m.status = 'CLOSED' and m.attendance = 'PRESENT'";

    private final JdbcClient jdbc;
    private final CharterService charter;
    private final PersonService persons;
    private final IntakeService intakes;
    private final OrganisationService organisation;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseAccess caseAccess;
    private final ObjectProvider<PathwayStageSource> stageSources;

    GuidanceService(
            JdbcClient jdbc,
            CharterService charter,
            PersonService persons,
            IntakeService intakes,
            OrganisationService organisation,
            CurrentActor current,
            ApplicationEventPublisher events,
            Clock clock,
            CaseAccess caseAccess,
            ObjectProvider<PathwayStageSource> stageSources) {
        this.jdbc = jdbc;
        this.charter = charter;
        this.persons = persons;
        this.intakes = intakes;
        this.organisation = organisation;
        this.current = current;
        this.events = events;
        this.clock = clock;
        this.caseAccess = caseAccess;
        this.stageSources = stageSources;
    }

    // ---------------------------------------------------------------- meetings

    /**
     * Starts a meeting with the person present now; its clock runs until it is closed. The operator cannot be in
     * another meeting now (one running, or one closed with an end still ahead): 409 {@code
     * guidance.meeting.operator-busy} naming it, also when two starts race. The meeting records the standard of its
     * day, as a recorded one does. From an appointment, the appointment becomes held.
     */
    @Transactional
    public MeetingView startMeeting(UUID personId, String activityId, UUID appointmentId) {
        persons.view(personId);
        caseAccess.write(personId);
        var actor = actorWithCentre();
        var activity = deliverable(activityId, false);
        Instant now = MeetingRules.toMinute(Instant.now(clock));
        clash(actor.operatorId(), now, null).ifPresent(m -> {
            throw busy(m);
        });
        var appointment = appointmentFor(appointmentId, personId);
        var standard = charter.standardAt(activity.id(), LocalDate.ofInstant(now, GuidanceEvents.ZONE));
        UUID id = insertMeeting(
                        personId,
                        activity,
                        actor,
                        now,
                        null,
                        Attendance.PRESENT,
                        null,
                        "",
                        null,
                        standard.id(),
                        null,
                        null,
                        appointmentId,
                        false,
                        "RUNNING")
                .orElseThrow(() ->
                        clash(actor.operatorId(), now, null).map(this::busy).orElseGet(() -> concurrentOverlap(null)));
        appointment.ifPresent(a -> markAppointment(a, AppointmentView.Status.HELD, id));
        events.publishEvent(new MeetingStarted(
                UUID.randomUUID(), actor, Instant.now(clock), personId, id, activity.labelIt(), now));
        return loadMeeting(id);
    }

    /**
     * Closes a running meeting at {@code end} (now when null). A duration outside the activity's standard needs a
     * reason, which is kept; {@code version} is the one the operator saw.
     */
    @Transactional
    public MeetingView closeMeeting(UUID meetingId, CloseMeeting command, long version) {
        var meeting = loadMeeting(meetingId);
        caseAccess.write(meeting.personId());
        if (!meeting.running()) {
            throw new RuleViolationException("guidance.meeting.not-running", null);
        }
        if (meeting.version() != version) {
            throw new StaleVersionException(meeting.version(), meeting);
        }
        var actor = current.actor();
        Instant now = Instant.now(clock);
        Instant end = command.end() == null ? MeetingRules.toMinute(now) : local(command.end());
        var violations = new ArrayList<>(MeetingRules.checkTimes(meeting.startedAt(), end, now));
        var activity = charter.activity(meeting.activityId());
        var standard = standardOf(meeting);
        Compliance compliance = null;
        int minutes = 0;
        if (violations.isEmpty()) {
            minutes = MeetingRules.minutes(meeting.startedAt(), end);
            compliance = MeetingRules.judge(standard, minutes, command.deviationReason(), violations);
        }
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        String reason = compliance.outside() ? command.deviationReason().strip() : null;
        int updated;
        try {
            // a running meeting already holds its operator's time from its start on: closing only narrows it
            updated = jdbc.sql("update meeting set status = 'CLOSED', ended_at = ?, minutes = ?, compliance = ?,"
                            + " deviation_reason = ?, notes = ?, standard_id = ?, version = version + 1"
                            + " where id = ? and version = ? and status = 'RUNNING'")
                    .params(
                            Timestamp.from(MeetingRules.toMinute(end)),
                            minutes,
                            compliance.name(),
                            reason,
                            command.notes() == null
                                    ? meeting.notes()
                                    : command.notes().strip(),
                            standard.id(),
                            meetingId,
                            version)
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw concurrentOverlap(null);
        }
        if (updated == 0) {
            var now2 = loadMeeting(meetingId);
            throw new StaleVersionException(now2.version(), now2);
        }
        events.publishEvent(new MeetingClosed(
                UUID.randomUUID(),
                actor,
                now,
                meeting.personId(),
                meetingId,
                null,
                activity.id(),
                activity.labelIt(),
                meeting.startedAt(),
                minutes,
                Attendance.PRESENT,
                compliance,
                reason != null));
        return loadMeeting(meetingId);
    }

    /**
     * Records a meeting already delivered (or the person's absence). Present: start and end in the past, end
     * after start, no overlap with another meeting of the operator, a reason if outside the standard.
     */
    @Transactional
    public MeetingView recordMeeting(UUID personId, RecordMeeting command) {
        persons.view(personId);
        caseAccess.write(personId);
        var actor = actorWithCentre();
        var activity = deliverable(command.activityId(), false);
        Instant now = Instant.now(clock);
        var attendance = command.attendance() == null ? Attendance.PRESENT : command.attendance();
        Instant start = command.start() == null ? null : MeetingRules.toMinute(local(command.start()));
        Instant end = command.end() == null ? null : MeetingRules.toMinute(local(command.end()));
        var violations = new ArrayList<Violation>();
        Compliance compliance = null;
        Integer minutes = null;
        TimeStandard standard = null;
        if (attendance == Attendance.PRESENT) {
            violations.addAll(MeetingRules.checkTimes(start, end, now));
            if (violations.isEmpty()) {
                standard = charter.standardAt(activity.id(), LocalDate.ofInstant(start, GuidanceEvents.ZONE));
                minutes = MeetingRules.minutes(start, end);
                compliance = MeetingRules.judge(standard, minutes, command.deviationReason(), violations);
                if (violations.isEmpty()) {
                    clash(actor.operatorId(), start, end)
                            .map(GuidanceService::overlap)
                            .ifPresent(violations::add);
                }
            }
        } else {
            if (start == null) {
                violations.add(Violation.of("guidance.meeting.start.required", "start"));
            } else if (start.isAfter(now.plus(MeetingRules.CLOCK_TOLERANCE))) {
                violations.add(Violation.of("guidance.meeting.start.future", "start"));
            }
            violations.addAll(MeetingRules.checkAbsence(attendance, command.justification()));
            end = null;
        }
        var appointment = appointmentFor(command.appointmentId(), personId);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        String reason = compliance != null && compliance.outside()
                ? command.deviationReason().strip()
                : null;
        final Instant from = start;
        final Instant to = end;
        UUID id = insertMeeting(
                        personId,
                        activity,
                        actor,
                        start,
                        end,
                        attendance,
                        attendance == Attendance.ABSENT_JUSTIFIED
                                ? command.justification().strip()
                                : null,
                        command.notes() == null ? "" : command.notes().strip(),
                        minutes,
                        standard == null ? null : standard.id(),
                        compliance,
                        reason,
                        command.appointmentId(),
                        false,
                        "CLOSED")
                .orElseThrow(() ->
                        concurrentOverlap(clash(actor.operatorId(), from, to).orElse(null)));
        appointment.ifPresent(a -> markAppointment(
                a, attendance == Attendance.PRESENT ? AppointmentView.Status.HELD : AppointmentView.Status.MISSED, id));
        events.publishEvent(new MeetingClosed(
                UUID.randomUUID(),
                actor,
                now,
                personId,
                id,
                null,
                activity.id(),
                activity.labelIt(),
                start,
                minutes,
                attendance,
                compliance,
                reason != null));
        return loadMeeting(id);
    }

    /** A meeting with its notes. */
    @Transactional(readOnly = true)
    public MeetingView meeting(UUID id) {
        var meeting = loadMeeting(id);
        caseAccess.read(meeting.personId(), "meeting");
        return meeting;
    }

    /** A meeting as stored, unchecked: for this module's own use after the access was decided. */
    MeetingView loadMeeting(UUID id) {
        return jdbc.sql("select " + MEETING_COLUMNS + MEETING_FROM + " where m.id = ?")
                .param(id)
                .query((rs, i) -> meetingRow(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    /** A person's meetings, newest first. */
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(UUID personId) {
        return meetings(personId, Integer.MAX_VALUE);
    }

    /** A person's latest {@code limit} meetings, newest first. */
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(UUID personId, int limit) {
        caseAccess.read(personId, "meetings");
        return jdbc.sql("select " + MEETING_COLUMNS + MEETING_FROM
                        + " where m.person_id = ? order by m.started_at desc limit ?")
                .params(personId, limit)
                .query((rs, i) -> meetingRow(rs))
                .list();
    }

    /** The meeting the operator has running, if any. */
    @Transactional(readOnly = true)
    public Optional<MeetingView> running(UUID operatorId) {
        if (operatorId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + MEETING_COLUMNS + MEETING_FROM
                        + " where m.operator_id = ? and m.status = 'RUNNING' order by m.started_at limit 1")
                .param(operatorId)
                .query((rs, i) -> meetingRow(rs))
                .optional();
    }

    /** The standard a meeting is (or will be, while running) judged against: the one of its start day. */
    @Transactional(readOnly = true)
    public TimeStandard standardOf(MeetingView meeting) {
        if (meeting.standardId() != null) {
            return charter.standard(meeting.standardId()).orElseThrow();
        }
        return charter.standardAt(meeting.activityId(), LocalDate.ofInstant(meeting.startedAt(), GuidanceEvents.ZONE));
    }

    // ---------------------------------------------------------------- engagements

    /** A person's engagements, open ones first, with how much has been delivered in each. */
    @Transactional(readOnly = true)
    public List<EngagementView> engagements(UUID personId) {
        caseAccess.read(personId, "engagements");
        return jdbc.sql(ENGAGEMENT_SELECT
                        + " where e.person_id = ? order by (e.status = 'OPEN') desc, e.opened_at desc")
                .param(personId)
                .query((rs, i) -> engagementRow(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public EngagementView engagement(UUID id) {
        var engagement = loadEngagement(id);
        caseAccess.read(engagement.personId(), "engagements");
        return engagement;
    }

    /** An engagement as stored, unchecked: for this module's own use after the access was decided. */
    EngagementView loadEngagement(UUID id) {
        return jdbc.sql(ENGAGEMENT_SELECT + " where e.id = ?")
                .param(id)
                .query((rs, i) -> engagementRow(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Engagement", id));
    }

    /**
     * Closes an engagement. When the activity's standard (the one of the engagement's first day) limits the
     * total, the total of its present meetings is judged (R24: a skills audit of 8–12 hours); outside, a reason
     * is needed. No meeting of it may still be running.
     */
    @Transactional
    public EngagementView closeEngagement(UUID id, CloseEngagement command, long version) {
        var engagement = loadEngagement(id);
        caseAccess.write(engagement.personId());
        if (!engagement.open()) {
            throw new RuleViolationException("guidance.engagement.closed", null);
        }
        if (engagement.version() != version) {
            throw new StaleVersionException(engagement.version(), engagement);
        }
        Integer runningMeetings = jdbc.sql(
                        "select count(*) from meeting where engagement_id = ? and status = 'RUNNING'")
                .param(id)
                .query(Integer.class)
                .single();
        if (runningMeetings > 0) {
            throw new RuleViolationException("guidance.engagement.meeting-running", null);
        }
        var standard = charter.standardAt(
                engagement.activityId(), LocalDate.ofInstant(engagement.openedAt(), GuidanceEvents.ZONE));
        int total = engagement.deliveredMinutes();
        var compliance = standard.judgeTotal(total);
        String reason = command.deviationReason() == null
                ? ""
                : command.deviationReason().strip();
        if (compliance.outside() && reason.isEmpty()) {
            throw new RuleViolationException(
                    compliance == Compliance.OVER_MAXIMUM
                            ? "guidance.engagement.over-maximum"
                            : "guidance.engagement.under-minimum",
                    "deviationReason",
                    Durations.spoken(total),
                    Durations.spoken(
                            compliance == Compliance.OVER_MAXIMUM
                                    ? standard.maxTotalMinutes()
                                    : standard.minTotalMinutes()));
        }
        var actor = current.actor();
        Instant now = Instant.now(clock);
        int updated = jdbc.sql("update engagement set status = 'CLOSED', closed_at = ?, closed_by = ?,"
                        + " total_minutes = ?, standard_id = ?, compliance = ?, deviation_reason = ?,"
                        + " version = version + 1 where id = ? and version = ? and status = 'OPEN'")
                .params(
                        Timestamp.from(now),
                        actor.displayName(),
                        total,
                        standard.id(),
                        compliance.name(),
                        compliance.outside() ? reason : null,
                        id,
                        version)
                .update();
        if (updated == 0) {
            var now2 = loadEngagement(id);
            throw new StaleVersionException(now2.version(), now2);
        }
        var activity = charter.activity(engagement.activityId());
        events.publishEvent(new EngagementClosed(
                UUID.randomUUID(),
                actor,
                now,
                engagement.personId(),
                id,
                activity.id(),
                activity.labelIt(),
                total,
                compliance));
        return loadEngagement(id);
    }

    // ---------------------------------------------------------------- appointments

    /** Fixes an appointment in the future with an operator of the current centre (the one asking by default). */
    @Transactional
    public AppointmentView schedule(UUID personId, ScheduleAppointment command) {
        persons.view(personId);
        caseAccess.write(personId);
        var actor = actorWithCentre();
        var violations = new ArrayList<Violation>();
        ActivityView activity = null;
        try {
            activity = deliverable(command.activityId(), false);
        } catch (RuleViolationException e) {
            violations.addAll(e.violations());
        }
        Instant startsAt = command.startsAt() == null ? null : MeetingRules.toMinute(local(command.startsAt()));
        if (startsAt == null) {
            violations.add(Violation.of("guidance.appointment.starts-at.required", "startsAt"));
        } else if (startsAt.isBefore(Instant.now(clock))) {
            violations.add(Violation.of("guidance.appointment.starts-at.past", "startsAt"));
        }
        int minutes = command.minutes() == null ? 60 : command.minutes();
        if (minutes < 5 || minutes > 720) {
            violations.add(Violation.of("guidance.appointment.minutes.range", "minutes"));
        }
        String place = place(command.place(), command.remote(), violations);
        UUID operatorId = command.operatorId() == null ? actor.operatorId() : command.operatorId();
        String operatorName = operatorName(actor, operatorId, violations);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        jdbc.sql("insert into appointment (id, person_id, operator_id, operator_name, centre_code, activity_id,"
                        + " starts_at, minutes, remote, place, status, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)")
                .params(
                        id,
                        personId,
                        operatorId,
                        operatorName,
                        actor.centreCode(),
                        activity.id(),
                        Timestamp.from(startsAt),
                        minutes,
                        command.remote(),
                        place,
                        Timestamp.from(now),
                        actor.displayName())
                .update();
        events.publishEvent(new AppointmentScheduled(
                UUID.randomUUID(),
                actor,
                now,
                personId,
                id,
                activity.id(),
                activity.labelIt(),
                startsAt,
                command.remote(),
                place,
                operatorName));
        return loadAppointment(id);
    }

    /** Moves a scheduled appointment to another time in the future; the reason is required and kept. */
    @Transactional
    public AppointmentView reschedule(UUID id, Reschedule command, long version) {
        var appointment = scheduled(id, version);
        var violations = new ArrayList<Violation>();
        Instant to = command.startsAt() == null ? null : MeetingRules.toMinute(local(command.startsAt()));
        if (to == null) {
            violations.add(Violation.of("guidance.appointment.starts-at.required", "startsAt"));
        } else if (to.isBefore(Instant.now(clock))) {
            violations.add(Violation.of("guidance.appointment.starts-at.past", "startsAt"));
        }
        if (command.reason() == null || command.reason().isBlank()) {
            violations.add(Violation.of("guidance.appointment.reason.required", "reason"));
        }
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var actor = current.actor();
        Instant now = Instant.now(clock);
        updateAppointment(id, version, "starts_at = ?", Timestamp.from(to));
        change(
                id,
                actor,
                now,
                "RESCHEDULED",
                appointment.startsAt(),
                to,
                command.reason().strip());
        events.publishEvent(new AppointmentRescheduled(
                UUID.randomUUID(),
                actor,
                now,
                appointment.personId(),
                id,
                charter.activity(appointment.activityId()).labelIt(),
                appointment.startsAt(),
                to,
                command.reason().strip()));
        return loadAppointment(id);
    }

    /** Cancels a scheduled appointment; the reason is required and kept. */
    @Transactional
    public AppointmentView cancel(UUID id, String reason, long version) {
        var appointment = scheduled(id, version);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("guidance.appointment.reason.required", "reason");
        }
        var actor = current.actor();
        Instant now = Instant.now(clock);
        updateAppointment(id, version, "status = 'CANCELLED', cancel_reason = ?", reason.strip());
        change(id, actor, now, "CANCELLED", appointment.startsAt(), null, reason.strip());
        events.publishEvent(new AppointmentCancelled(
                UUID.randomUUID(),
                actor,
                now,
                appointment.personId(),
                id,
                charter.activity(appointment.activityId()).labelIt(),
                appointment.startsAt(),
                reason.strip()));
        return loadAppointment(id);
    }

    @Transactional(readOnly = true)
    public AppointmentView appointment(UUID id) {
        var appointment = loadAppointment(id);
        caseAccess.read(appointment.personId(), "appointments");
        return appointment;
    }

    private AppointmentView loadAppointment(UUID id) {
        return appointments("a.id = ?", List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Appointment", id));
    }

    /** A person's appointments, newest first. */
    @Transactional(readOnly = true)
    public List<AppointmentView> appointments(UUID personId) {
        caseAccess.read(personId, "appointments");
        return appointments("a.person_id = ?", List.of(personId)).reversed();
    }

    /**
     * The calendar of a centre from {@code from} to {@code to} (exclusive, local days), of one of its operators or
     * of all of them when {@code operatorId} is null; cancelled appointments are left out. Only the centre's own
     * appointments: an operator of several centres sees those of the centre of the day.
     */
    @Transactional(readOnly = true)
    public List<AppointmentView> calendar(UUID operatorId, String centreCode, LocalDate from, LocalDate to) {
        caseAccess.centre(centreCode);
        var args = new ArrayList<Object>();
        String where = "a.status <> 'CANCELLED' and a.starts_at >= ? and a.starts_at < ? and a.centre_code = ?";
        args.add(Timestamp.from(from.atStartOfDay(GuidanceEvents.ZONE).toInstant()));
        args.add(Timestamp.from(to.atStartOfDay(GuidanceEvents.ZONE).toInstant()));
        args.add(centreCode);
        if (operatorId != null) {
            where += " and a.operator_id = ?";
            args.add(operatorId);
        }
        return appointments(where, args);
    }

    // ---------------------------------------------------------------- pathway and compliance

    /**
     * The pathway's stages (R1), the one source of every stepper (guidance pages, worker file, agreement): reception
     * when the person was taken in charge; a stage whose activities limit the total (the skills audit) is in
     * progress while its engagement is open and done when it is closed; any other stage is done once a meeting of it
     * was delivered with the person present; a stage another module knows better (the PSP's, from the agreement
     * module) takes the state that module gives through {@link PathwayStageSource}.
     */
    @Transactional(readOnly = true)
    public PathwayView pathway(UUID personId) {
        caseAccess.read(personId, "pathway");
        var states = new EnumMap<Stage, PathwayView.StageState>(Stage.class);
        var counts = new EnumMap<Stage, Integer>(Stage.class);
        var last = new EnumMap<Stage, Instant>(Stage.class);
        for (var s : Stage.values()) {
            states.put(s, PathwayView.StageState.NOT_STARTED);
            counts.put(s, 0);
        }
        if (!intakes.intakes(personId).isEmpty()) {
            states.put(Stage.RECEPTION, PathwayView.StageState.DONE);
        }
        Map<String, ActivityView> activities = new java.util.HashMap<>();
        charter.activities().forEach(a -> activities.put(a.id(), a));
        for (var e : engagements(personId)) {
            var activity = activities.get(e.activityId());
            if (activity == null) {
                continue;
            }
            Stage stage = activity.stage();
            counts.merge(stage, e.meetings(), Integer::sum);
            boolean totalLimited = activity.standard().limitsTotal();
            PathwayView.StageState state;
            if (totalLimited) {
                state = e.open() ? PathwayView.StageState.IN_PROGRESS : PathwayView.StageState.DONE;
            } else {
                state = e.deliveredMinutes() > 0
                        ? PathwayView.StageState.DONE
                        : e.meetings() > 0 ? PathwayView.StageState.IN_PROGRESS : PathwayView.StageState.NOT_STARTED;
            }
            if (state.ordinal() > states.get(stage).ordinal()) {
                states.put(stage, state);
            }
        }
        jdbc.sql("select activity_id, max(started_at) from meeting where person_id = ? group by activity_id")
                .param(personId)
                .query((ResultSet rs) -> {
                    var activity = activities.get(rs.getString(1));
                    if (activity != null) {
                        last.merge(activity.stage(), rs.getTimestamp(2).toInstant(), (a, b) -> a.isAfter(b) ? a : b);
                    }
                });
        stageSources
                .orderedStream()
                .forEach(source -> source.state(personId).ifPresent(state -> states.put(source.stage(), state)));
        var stages = new ArrayList<PathwayView.StageView>();
        for (var s : Stage.values()) {
            stages.add(new PathwayView.StageView(s, states.get(s), counts.get(s), last.get(s)));
        }
        return new PathwayView(personId, stages);
    }

    /**
     * The centre's meetings of a month with their judgement, for the coordinator: filtered by compliance (null:
     * all), activity and operator; {@code size} rows from {@code page}, one more read to tell whether more follow.
     */
    @Transactional(readOnly = true)
    public CompliancePage compliance(
            String centreCode,
            YearMonth month,
            Compliance compliance,
            String activityId,
            UUID operatorId,
            int page,
            int size) {
        caseAccess.centre(centreCode);
        int limit = Math.min(Math.max(size, 1), 200);
        var args = new ArrayList<Object>();
        var where = new StringBuilder(CENTRE_MONTH);
        args.add(centreCode);
        args.add(Timestamp.from(month.atDay(1).atStartOfDay(GuidanceEvents.ZONE).toInstant()));
        args.add(Timestamp.from(
                month.plusMonths(1).atDay(1).atStartOfDay(GuidanceEvents.ZONE).toInstant()));
        if (compliance != null) {
            where.append(" and m.compliance = ?");
            args.add(compliance.name());
        }
        if (activityId != null && !activityId.isBlank()) {
            where.append(" and m.activity_id = ?");
            args.add(activityId);
        }
        if (operatorId != null) {
            where.append(" and m.operator_id = ?");
            args.add(operatorId);
        }
        var counts = new EnumMap<Compliance, Integer>(Compliance.class);
        var countArgs = new ArrayList<>(args.subList(0, 3));
        jdbc.sql("select m.compliance, count(*) from meeting m" + CENTRE_MONTH + " group by m.compliance")
                .params(countArgs)
                .query((ResultSet rs) -> {
                    counts.put(Compliance.valueOf(rs.getString(1)), rs.getInt(2));
                });
        args.add(limit + 1);
        args.add(Math.max(page, 0) * limit);
        var rows = jdbc.sql("select " + MEETING_COLUMNS + MEETING_FROM + where
                        + " order by m.started_at desc, m.id limit ? offset ?")
                .params(args)
                .query((rs, i) -> meetingRow(rs))
                .list();
        boolean more = rows.size() > limit;
        return new CompliancePage(more ? rows.subList(0, limit) : rows, Math.max(page, 0), more, counts);
    }

    /** A page of the compliance list and the month's counts by judgement (before the filters). */
    public record CompliancePage(List<MeetingView> rows, int page, boolean hasMore, Map<Compliance, Integer> counts) {}

    // ---------------------------------------------------------------- internals

    /** The place of an appointment or session, stripped; required (a link when remote). */
    static String place(String place, boolean remote, List<Violation> violations) {
        String p = place == null ? "" : place.strip();
        if (p.isEmpty()) {
            violations.add(Violation.of(
                    remote ? "guidance.appointment.link.required" : "guidance.appointment.place.required", "place"));
        }
        return p;
    }

    /** The name of the operator who will hold it: the one asking, or an active operator of the current centre. */
    String operatorName(Actor actor, UUID operatorId, List<Violation> violations) {
        if (operatorId.equals(actor.operatorId())) {
            return actor.displayName();
        }
        var operator = organisation.operators().stream()
                .filter(o -> o.id().equals(operatorId)
                        && o.active()
                        && o.centreCodes().contains(actor.centreCode()))
                .findFirst();
        if (operator.isEmpty()) {
            violations.add(Violation.of("guidance.appointment.operator.unknown", "operatorId"));
            return null;
        }
        return operator.get().fullName();
    }

    Actor actorWithCentre() {
        var actor = current.actor();
        if (actor.centreCode() == null || actor.operatorId() == null) {
            throw new RuleViolationException("guidance.centre.required", null);
        }
        return actor;
    }

    ActivityView deliverable(String activityId, boolean group) {
        if (activityId == null || activityId.isBlank()) {
            throw new RuleViolationException("field.required-rule", "activityId");
        }
        var activity = charter.find(activityId)
                .orElseThrow(() -> new RuleViolationException("guidance.activity.unknown", "activityId", activityId));
        if (activity.retired()) {
            throw new RuleViolationException("guidance.activity.retired", "activityId", activity.labelIt());
        }
        if (!activity.delivery().allows(group)) {
            throw new RuleViolationException(
                    group ? "guidance.activity.not-group" : "guidance.activity.not-individual",
                    "activityId",
                    activity.labelIt());
        }
        return activity;
    }

    /** Inserts the meeting; empty when it would overlap another of the operator's (a race lost at the database). */
    private Optional<UUID> insertMeeting(
            UUID personId,
            ActivityView activity,
            Actor actor,
            Instant start,
            Instant end,
            Attendance attendance,
            String justification,
            String notes,
            Integer minutes,
            UUID standardId,
            Compliance compliance,
            String reason,
            UUID appointmentId,
            boolean group,
            String status) {
        UUID engagementId = openEngagement(personId, activity.id(), actor);
        UUID id = UUID.randomUUID();
        // "on conflict do nothing" arbitrates on meeting_operator_no_overlap (the only exclusion/unique constraint
        // besides the key): a concurrent overlapping meeting leaves the transaction usable, to say which it is
        int inserted = jdbc.sql("insert into meeting (id, person_id, engagement_id, appointment_id, activity_id,"
                        + " centre_code, operator_id, operator_name, group_meeting, status, attendance, justification,"
                        + " started_at, ended_at, minutes, standard_id, compliance, deviation_reason, notes,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(
                        id,
                        personId,
                        engagementId,
                        appointmentId,
                        activity.id(),
                        actor.centreCode(),
                        actor.operatorId(),
                        actor.displayName(),
                        group,
                        status,
                        attendance.name(),
                        justification,
                        Timestamp.from(start),
                        end == null ? null : Timestamp.from(end),
                        minutes,
                        standardId,
                        compliance == null ? null : compliance.name(),
                        reason,
                        notes,
                        Timestamp.from(Instant.now(clock)))
                .update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** The person's open engagement of the activity, opened now if there is none (safe under concurrency). */
    UUID openEngagement(UUID personId, String activityId, Actor actor) {
        jdbc.sql("insert into engagement (id, person_id, activity_id, centre_code, opened_at, opened_by, status)"
                        + " values (?, ?, ?, ?, ?, ?, 'OPEN') on conflict (person_id, activity_id)"
                        + " where status = 'OPEN' do nothing")
                .params(
                        UUID.randomUUID(),
                        personId,
                        activityId,
                        actor.centreCode(),
                        Timestamp.from(Instant.now(clock)),
                        actor.displayName())
                .update();
        return jdbc.sql("select id from engagement where person_id = ? and activity_id = ? and status = 'OPEN'")
                .params(personId, activityId)
                .query(UUID.class)
                .single();
    }

    /**
     * The operator's present individual meeting whose time overlaps {@code start}–{@code end} (an open end: from
     * {@code start} on), the earliest first: a running meeting overlaps any time after its start.
     */
    private Optional<MeetingView> clash(UUID operatorId, Instant start, Instant end) {
        return jdbc.sql("select " + MEETING_COLUMNS + MEETING_FROM + " where m.operator_id = ?"
                        + " and m.attendance = 'PRESENT' and m.session_id is null"
                        + " and tstzrange(m.started_at, m.ended_at) && tstzrange(?, ?) order by m.started_at limit 1")
                .params(operatorId, Timestamp.from(start), end == null ? null : Timestamp.from(end))
                .query((rs, i) -> meetingRow(rs))
                .optional();
    }

    /** A recorded meeting's times overlap one of the operator's: the times of that one (422). */
    private static Violation overlap(MeetingView other) {
        return Violation.of(
                "guidance.meeting.overlap",
                "start",
                GuidanceEvents.local(other.startedAt()),
                other.endedAt() == null ? "…" : GuidanceEvents.local(other.endedAt()));
    }

    /**
     * The operator is in another meeting now (running, or closed with its end still ahead): 409 naming the person
     * and the start, with the path of that meeting to open it.
     */
    private DuplicateException busy(MeetingView other) {
        var person = persons.summaries(List.of(other.personId())).get(other.personId());
        String name = person == null ? "" : person.firstName() + " " + person.lastName();
        var start = other.startedAt().atZone(GuidanceEvents.ZONE);
        String since = start.toLocalDate().equals(LocalDate.now(clock.withZone(GuidanceEvents.ZONE)))
                ? start.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))
                : GuidanceEvents.local(other.startedAt());
        return new DuplicateException(
                "guidance.meeting.operator-busy", "activityId", "/meetings/" + other.id(), name, since);
    }

    /**
     * Another meeting of the operator overlapping this one was saved at the same moment (a race lost at the
     * database's exclusion constraint): 409, with its times and path when it can be told.
     */
    private static DuplicateException concurrentOverlap(MeetingView other) {
        return other == null
                ? new DuplicateException("guidance.meeting.overlap-concurrent", "start", null, "", "")
                : new DuplicateException(
                        "guidance.meeting.overlap-concurrent",
                        "start",
                        "/meetings/" + other.id(),
                        GuidanceEvents.local(other.startedAt()),
                        other.endedAt() == null ? "…" : GuidanceEvents.local(other.endedAt()));
    }

    private Optional<AppointmentView> appointmentFor(UUID appointmentId, UUID personId) {
        if (appointmentId == null) {
            return Optional.empty();
        }
        var appointment = loadAppointment(appointmentId);
        if (!appointment.personId().equals(personId)) {
            throw new RuleViolationException("guidance.appointment.other-person", "appointmentId");
        }
        if (appointment.status() != AppointmentView.Status.SCHEDULED) {
            throw new RuleViolationException("guidance.appointment.not-scheduled", "appointmentId");
        }
        return Optional.of(appointment);
    }

    private void markAppointment(AppointmentView appointment, AppointmentView.Status status, UUID meetingId) {
        updateAppointment(
                appointment.id(), appointment.version(), "status = ?, meeting_id = ?", status.name(), meetingId);
    }

    private AppointmentView scheduled(UUID id, long version) {
        var appointment = loadAppointment(id);
        caseAccess.write(appointment.personId());
        if (appointment.status() != AppointmentView.Status.SCHEDULED) {
            throw new RuleViolationException("guidance.appointment.not-scheduled", null);
        }
        if (appointment.version() != version) {
            throw new StaleVersionException(appointment.version(), appointment);
        }
        return appointment;
    }

    private void updateAppointment(UUID id, long version, String set, Object... values) {
        var params = new ArrayList<>(List.of(values));
        params.add(id);
        params.add(version);
        int n = jdbc.sql("update appointment set " + set + ", version = version + 1 where id = ? and version = ?")
                .params(params)
                .update();
        if (n == 0) {
            var now = loadAppointment(id);
            throw new StaleVersionException(now.version(), now);
        }
    }

    private void change(UUID id, Actor actor, Instant at, String kind, Instant from, Instant to, String reason) {
        jdbc.sql("insert into appointment_change (id, appointment_id, changed_at, changed_by, kind, from_starts_at,"
                        + " to_starts_at, reason) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        id,
                        Timestamp.from(at),
                        actor.displayName(),
                        kind,
                        from == null ? null : Timestamp.from(from),
                        to == null ? null : Timestamp.from(to),
                        reason)
                .update();
    }

    private List<AppointmentView> appointments(String where, List<Object> args) {
        var rows = jdbc.sql("select a.* from appointment a where " + where + " order by a.starts_at, a.id")
                .params(args)
                .query((rs, i) -> appointmentRow(rs, List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        var changes = new java.util.HashMap<UUID, List<AppointmentView.Change>>();
        jdbc.sql("select * from appointment_change where appointment_id = any (?) order by changed_at")
                .param(rows.stream().map(AppointmentView::id).toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    changes.computeIfAbsent(rs.getObject("appointment_id", UUID.class), k -> new ArrayList<>())
                            .add(new AppointmentView.Change(
                                    instant(rs, "changed_at"),
                                    rs.getString("changed_by"),
                                    rs.getString("kind"),
                                    instant(rs, "from_starts_at"),
                                    instant(rs, "to_starts_at"),
                                    rs.getString("reason")));
                });
        return rows.stream()
                .map(a -> a.withChanges(changes.getOrDefault(a.id(), List.of())))
                .toList();
    }

    static Instant local(LocalDateTime time) {
        return time.atZone(GuidanceEvents.ZONE).toInstant();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static AppointmentView appointmentRow(ResultSet rs, List<AppointmentView.Change> changes)
            throws SQLException {
        return new AppointmentView(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("operator_id", UUID.class),
                rs.getString("operator_name"),
                rs.getString("centre_code"),
                rs.getString("activity_id"),
                instant(rs, "starts_at"),
                rs.getInt("minutes"),
                rs.getBoolean("remote"),
                rs.getString("place"),
                AppointmentView.Status.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"),
                rs.getObject("meeting_id", UUID.class),
                changes,
                rs.getLong("version"));
    }

    private static MeetingView meetingRow(ResultSet rs) throws SQLException {
        String compliance = rs.getString("compliance");
        return new MeetingView(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("engagement_id", UUID.class),
                rs.getObject("appointment_id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getString("activity_id"),
                rs.getString("centre_code"),
                rs.getObject("operator_id", UUID.class),
                rs.getString("operator_name"),
                rs.getBoolean("group_meeting"),
                "RUNNING".equals(rs.getString("status")),
                Attendance.valueOf(rs.getString("attendance")),
                rs.getString("justification"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                (Integer) rs.getObject("minutes"),
                rs.getObject("standard_id", UUID.class),
                (Integer) rs.getObject("min_minutes"),
                (Integer) rs.getObject("max_minutes"),
                compliance == null ? null : Compliance.valueOf(compliance),
                rs.getString("deviation_reason"),
                rs.getString("notes"),
                rs.getLong("version"));
    }

    private static EngagementView engagementRow(ResultSet rs) throws SQLException {
        String compliance = rs.getString("compliance");
        return new EngagementView(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("activity_id"),
                rs.getString("centre_code"),
                instant(rs, "opened_at"),
                "OPEN".equals(rs.getString("status")),
                instant(rs, "closed_at"),
                rs.getInt("meetings"),
                rs.getInt("delivered"),
                (Integer) rs.getObject("total_minutes"),
                rs.getObject("standard_id", UUID.class),
                compliance == null ? null : Compliance.valueOf(compliance),
                rs.getString("deviation_reason"),
                rs.getLong("version"));
    }
}
