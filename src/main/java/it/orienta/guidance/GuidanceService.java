package it.orienta.guidance;

import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.charter.Compliance;
import it.orienta.charter.TimeStandard;
import it.orienta.guidance.Commands.CloseEngagement;
import it.orienta.guidance.Commands.CloseMeeting;
import it.orienta.guidance.Commands.RecordAttendance;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.GuidanceEvents.EngagementClosed;
import it.orienta.guidance.GuidanceEvents.MeetingStarted;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.DuplicateException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and engagements: <b>the one API that records a meeting</b> — started live and closed
 * ({@link #startMeeting}, {@link #closeMeeting}; the agreement's interview uses them for its A05 meetings), recorded
 * afterwards ({@link #recordMeeting}), or one per participant of a group session ({@link #recordAttendance}, used by
 * the session module). The rules are the {@link Meeting} aggregate's and the {@link Engagement}'s; this service
 * checks access (ADR 0017), reads the standard of the day from the charter, checks that the operator is not in
 * another meeting (under a lock on the operator, with the database's exclusion constraint behind it), saves and
 * publishes. Records keyed by their own id are found first (404), then checked against their person.
 */
@Service
public class GuidanceService {

    private final MeetingRepository meetings;
    private final EngagementRepository engagements;
    private final MeetingQueries queries;
    private final AppointmentService appointments;
    private final JdbcClient jdbc;
    private final CharterService charter;
    private final PersonService persons;
    private final CentreDesk desk;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseAccess caseAccess;

    GuidanceService(
            MeetingRepository meetings,
            EngagementRepository engagements,
            MeetingQueries queries,
            AppointmentService appointments,
            JdbcClient jdbc,
            CharterService charter,
            PersonService persons,
            CentreDesk desk,
            CurrentActor current,
            ApplicationEventPublisher events,
            Clock clock,
            CaseAccess caseAccess) {
        this.meetings = meetings;
        this.engagements = engagements;
        this.queries = queries;
        this.appointments = appointments;
        this.jdbc = jdbc;
        this.charter = charter;
        this.persons = persons;
        this.desk = desk;
        this.current = current;
        this.events = events;
        this.clock = clock;
        this.caseAccess = caseAccess;
    }

    // ---------------------------------------------------------------- recording meetings

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
        var actor = desk.actor();
        var activity = desk.deliverable(activityId, false);
        Instant now = Instant.now(clock);
        lockOperator(actor.operatorId());
        Instant start = Meeting.toMinute(now);
        queries.clash(actor.operatorId(), start, null, null).ifPresent(m -> {
            throw busy(m);
        });
        var appointment = appointments.toHold(appointmentId, personId);
        var standard = charter.standardAt(activity.id(), day(start));
        var meeting = Meeting.start(
                personId,
                openEngagement(personId, activity.id(), actor),
                activity.id(),
                actor,
                now,
                standard,
                appointmentId);
        save(meeting);
        appointment.ifPresent(a -> appointments.held(a, AppointmentView.Status.HELD, meeting.id()));
        events.publishEvent(
                new MeetingStarted(UUID.randomUUID(), actor, now, personId, meeting.id(), activity.labelIt(), start));
        return queries.meeting(meeting.id());
    }

    /**
     * Closes a running meeting at {@code end} (now when null). A duration outside the activity's standard needs a
     * reason, which is kept; {@code version} is the one the operator saw.
     */
    @Transactional
    public MeetingView closeMeeting(UUID meetingId, CloseMeeting command, long version) {
        var view = queries.meeting(meetingId);
        caseAccess.write(view.personId());
        var meeting = meetings.findById(meetingId).orElseThrow();
        if (!meeting.running()) {
            throw new RuleViolationException("guidance.meeting.not-running", null);
        }
        if (meeting.version() != version) {
            throw new StaleVersionException(view.version(), view);
        }
        var actor = current.actor();
        Instant now = Instant.now(clock);
        Instant end = command.end() == null ? Meeting.toMinute(now) : local(command.end());
        meeting.close(end, now, standardOf(view), command.notes(), command.deviationReason());
        // a running meeting already holds its operator's time from its start on: closing only narrows it
        save(meeting);
        var activity = charter.activity(meeting.activityId());
        events.publishEvent(meeting.closed(actor, now, activity.labelIt()));
        return queries.meeting(meetingId);
    }

    /**
     * Records a meeting already delivered (or the person's absence). Present: start and end in the past, end
     * after start, no overlap with another meeting of the operator, a reason if outside the standard.
     */
    @Transactional
    public MeetingView recordMeeting(UUID personId, RecordMeeting command) {
        persons.view(personId);
        caseAccess.write(personId);
        var actor = desk.actor();
        var activity = desk.deliverable(command.activityId(), false);
        Instant now = Instant.now(clock);
        var delivery = delivery(
                actor,
                activity,
                command.attendance(),
                command.start(),
                command.end(),
                command.justification(),
                command.notes(),
                command.deviationReason(),
                now);
        var violations = new ArrayList<>(delivery.violations());
        if (violations.isEmpty() && delivery.attendance() == Attendance.PRESENT) {
            lockOperator(actor.operatorId());
            queries.clash(actor.operatorId(), delivery.start(), delivery.end(), null)
                    .map(MeetingView::overlap)
                    .ifPresent(violations::add);
        }
        var appointment = appointments.toHold(command.appointmentId(), personId);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var meeting = Meeting.delivered(
                personId,
                openEngagement(personId, activity.id(), actor),
                activity.id(),
                delivery,
                now,
                command.appointmentId());
        save(meeting);
        appointment.ifPresent(a -> appointments.held(
                a,
                meeting.attendance() == Attendance.PRESENT
                        ? AppointmentView.Status.HELD
                        : AppointmentView.Status.MISSED,
                meeting.id()));
        events.publishEvent(meeting.closed(actor, now, activity.labelIt()));
        return queries.meeting(meeting.id());
    }

    /**
     * A group session was held: one meeting per participant written into their file (present ones count towards
     * their engagement), all judged by the session's times against the standard of its day. The times must not
     * overlap another meeting of the operator but the session's own. {@code refusedByCaller} are the session's own
     * reasons to refuse (its attendance list), refused together with these so that the operator reads all at once.
     */
    @Transactional
    public SessionMeetings recordAttendance(RecordAttendance command, List<Violation> refusedByCaller) {
        var actor = desk.actor();
        var activity = charter.activity(command.activityId());
        Instant now = Instant.now(clock);
        var times = delivery(
                actor,
                activity,
                Attendance.PRESENT,
                command.start(),
                command.end(),
                null,
                command.notes(),
                command.deviationReason(),
                now);
        var violations = new ArrayList<>(times.violations());
        if (violations.isEmpty()) {
            queries.clash(command.operatorId(), times.start(), times.end(), command.sessionId())
                    .map(MeetingView::overlap)
                    .ifPresent(violations::add);
        }
        violations.addAll(refusedByCaller);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var written = new LinkedHashMap<UUID, UUID>();
        command.attendance().forEach((personId, attendance) -> {
            var delivery = new Meeting.Delivered(
                    actor,
                    attendance,
                    times.start(),
                    times.end(),
                    command.justifications().get(personId),
                    command.notes(),
                    command.deviationReason(),
                    times.standard(),
                    now);
            var meeting = Meeting.inSession(
                    personId,
                    openEngagement(personId, activity.id(), actor),
                    activity.id(),
                    command.sessionId(),
                    command.centreCode(),
                    command.operatorId(),
                    command.operatorName(),
                    delivery,
                    now);
            meetings.save(meeting);
            written.put(personId, meeting.id());
            events.publishEvent(meeting.closed(actor, now, command.title()));
        });
        meetings.flush();
        var compliance = times.compliance();
        return new SessionMeetings(
                times.start(),
                times.end(),
                times.minutes(),
                times.standard().id(),
                compliance,
                compliance.outside() ? command.deviationReason().strip() : null,
                written);
    }

    /** What {@link #recordAttendance} wrote: the session's judgement and each participant's meeting. */
    public record SessionMeetings(
            Instant start,
            Instant end,
            int minutes,
            UUID standardId,
            Compliance compliance,
            String deviationReason,
            Map<UUID, UUID> meetingIds) {}

    // ---------------------------------------------------------------- reading meetings

    /** A meeting with its notes. */
    @Transactional(readOnly = true)
    public MeetingView meeting(UUID id) {
        var meeting = queries.meeting(id);
        caseAccess.read(meeting.personId(), "meeting");
        return meeting;
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
        return queries.ofPerson(personId, limit);
    }

    /** When the person's last meeting of each activity started (for the pathway's stages); access is the caller's. */
    @Transactional(readOnly = true)
    public Map<String, Instant> lastMeetingStarts(UUID personId) {
        return queries.lastStarts(personId);
    }

    /** The first and the last start of an engagement's meetings the person attended (nulls before any). */
    @Transactional(readOnly = true)
    public AttendedPeriod attendedPeriod(UUID engagementId) {
        return queries.attendedPeriod(engagementId);
    }

    /** The first and the last start of the meetings attended in an engagement. */
    public record AttendedPeriod(Instant first, Instant last) {}

    /** The meeting the operator has running, if any. */
    @Transactional(readOnly = true)
    public Optional<MeetingView> running(UUID operatorId) {
        return operatorId == null ? Optional.empty() : queries.running(operatorId);
    }

    /** The standard a meeting is (or will be, while running) judged against: the one of its start day. */
    @Transactional(readOnly = true)
    public TimeStandard standardOf(MeetingView meeting) {
        if (meeting.standardId() != null) {
            return charter.standard(meeting.standardId()).orElseThrow();
        }
        return charter.standardAt(meeting.activityId(), day(meeting.startedAt()));
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
        return queries.compliance(centreCode, month, compliance, activityId, operatorId, page, size);
    }

    /** A page of the compliance list and the month's counts by judgement (before the filters). */
    public record CompliancePage(List<MeetingView> rows, int page, boolean hasMore, Map<Compliance, Integer> counts) {}

    // ---------------------------------------------------------------- engagements

    /** A person's engagements, open ones first, with how much has been delivered in each. */
    @Transactional(readOnly = true)
    public List<EngagementView> engagements(UUID personId) {
        caseAccess.read(personId, "engagements");
        return queries.engagements(personId);
    }

    @Transactional(readOnly = true)
    public EngagementView engagement(UUID id) {
        var engagement = queries.engagement(id);
        caseAccess.read(engagement.personId(), "engagements");
        return engagement;
    }

    /**
     * An engagement as stored, without an access check: for the modules that decide the access to its person
     * themselves (the skills audit's document), 404 when there is none.
     */
    @Transactional(readOnly = true)
    public EngagementView findEngagement(UUID id) {
        return queries.engagement(id);
    }

    /**
     * Closes an engagement. When the activity's standard (the one of the engagement's first day) limits the
     * total, the total of its present meetings is judged (R24: a skills audit of 8–12 hours); outside, a reason
     * is needed. No meeting of it may still be running.
     */
    @Transactional
    public EngagementView closeEngagement(UUID id, CloseEngagement command, long version) {
        var view = queries.engagement(id);
        caseAccess.write(view.personId());
        var engagement = engagements.findById(id).orElseThrow();
        if (!engagement.open()) {
            throw new RuleViolationException("guidance.engagement.closed", null);
        }
        if (engagement.version() != version) {
            throw new StaleVersionException(view.version(), view);
        }
        var standard = charter.standardAt(engagement.activityId(), day(engagement.openedAt()));
        int total = (int) meetings.deliveredMinutes(id);
        var actor = current.actor();
        Instant now = Instant.now(clock);
        engagement.close(
                standard, total, meetings.countRunning(id), command.deviationReason(), actor.displayName(), now);
        try {
            engagements.saveAndFlush(engagement);
        } catch (ObjectOptimisticLockingFailureException e) {
            var current = queries.engagement(id);
            throw new StaleVersionException(current.version(), current);
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
                engagement.compliance()));
        return queries.engagement(id);
    }

    // ---------------------------------------------------------------- internals

    /** What was delivered, judged against the standard of its day (from the charter) when its times are right. */
    private Meeting.Delivered delivery(
            Actor actor,
            ActivityView activity,
            Attendance attendance,
            LocalDateTime start,
            LocalDateTime end,
            String justification,
            String notes,
            String reason,
            Instant now) {
        return Meeting.Delivered.of(
                new Meeting.Delivered(
                        actor, attendance, local(start), local(end), justification, notes, reason, null, now),
                day -> charter.standardAt(activity.id(), day));
    }

    /**
     * Saves a new or changed meeting at once. The operator's lock makes an overlap here unlikely; the database's
     * exclusion constraint still refuses one (409, with the clashing meeting when it can be told).
     */
    private void save(Meeting meeting) {
        try {
            meetings.saveAndFlush(meeting);
        } catch (DataIntegrityViolationException e) {
            throw concurrentOverlap();
        } catch (ObjectOptimisticLockingFailureException e) {
            // changed by somebody else since it was read: 409 with the meeting as it is now
            var now = queries.meeting(meeting.id());
            throw new StaleVersionException(now.version(), now);
        }
    }

    /**
     * Meetings of one operator are written one at a time: a transaction-scoped advisory lock on a key derived from
     * the operator's id, so that two starts (or a start and a recording) cannot both find the operator free.
     */
    private void lockOperator(UUID operatorId) {
        long key = operatorId.getMostSignificantBits() ^ operatorId.getLeastSignificantBits();
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(key)
                .query((rs, i) -> 1)
                .list();
    }

    /** The person's open engagement of the activity, opened now if there is none (safe under concurrency). */
    private UUID openEngagement(UUID personId, String activityId, Actor actor) {
        engagements.openIfNone(
                UUID.randomUUID(), personId, activityId, actor.centreCode(), Instant.now(clock), actor.displayName());
        return engagements.openOf(personId, activityId).orElseThrow();
    }

    private static Instant local(LocalDateTime time) {
        return time == null ? null : time.atZone(Rome.ZONE).toInstant();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, Rome.ZONE);
    }

    /** The operator is in {@code other} now: 409 naming its person and start, with its path. */
    private DuplicateException busy(MeetingView other) {
        var person = persons.summaries(List.of(other.personId())).get(other.personId());
        return other.busy(
                person == null ? "" : person.firstName() + " " + person.lastName(),
                LocalDate.now(clock.withZone(Rome.ZONE)));
    }

    /** Another meeting of the operator overlapping this one was saved at the same moment (409). */
    private static DuplicateException concurrentOverlap() {
        return new DuplicateException("guidance.meeting.overlap-concurrent", "start", null, "", "");
    }
}
