package it.orienta.guidance;

import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.charter.Compliance;
import it.orienta.charter.TimeStandard;
import it.orienta.guidance.Commands.HoldSession;
import it.orienta.guidance.Commands.PlanSession;
import it.orienta.guidance.GuidanceEvents.MeetingClosed;
import it.orienta.guidance.SessionEvents.ParticipantEnrolled;
import it.orienta.guidance.SessionEvents.ParticipantWithdrawn;
import it.orienta.guidance.SessionEvents.SessionCancelled;
import it.orienta.guidance.SessionEvents.SessionHeld;
import it.orienta.guidance.SessionEvents.SessionPlanned;
import it.orienta.guidance.SessionView.Participant;
import it.orienta.guidance.SessionView.ParticipantStatus;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group sessions: planning, enrolment within the capacity and a waiting list, withdrawal (the first waiting person
 * takes the freed place), holding with attendance (a meeting written into each enrolled person's file, judged
 * against the activity's standard), cancellation. Enrolment and withdrawal lock the session's row, so concurrent
 * operators can neither exceed the capacity nor give one freed place twice. A session is a centre's record: only
 * an operator working in its centre today sees or changes it, and enrolling or withdrawing a person also needs the
 * right to change that person's case ({@link CaseAccess}).
 */
@Service
public class SessionService {

    private final JdbcClient jdbc;
    private final GuidanceService guidance;
    private final CharterService charter;
    private final PersonService persons;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseAccess caseAccess;
    private final CurrentActor current;

    SessionService(
            JdbcClient jdbc,
            GuidanceService guidance,
            CharterService charter,
            PersonService persons,
            ApplicationEventPublisher events,
            Clock clock,
            CaseAccess caseAccess,
            CurrentActor current) {
        this.jdbc = jdbc;
        this.guidance = guidance;
        this.charter = charter;
        this.persons = persons;
        this.events = events;
        this.clock = clock;
        this.caseAccess = caseAccess;
        this.current = current;
    }

    /** Plans a session in the future at the current centre, held by the operator asking or one of the centre's. */
    @Transactional
    public SessionView plan(PlanSession command) {
        caseAccess.centre(current.actor().centreCode());
        var actor = guidance.actorWithCentre();
        var violations = new ArrayList<Violation>();
        ActivityView activity = null;
        try {
            activity = guidance.deliverable(command.activityId(), true);
        } catch (RuleViolationException e) {
            violations.addAll(e.violations());
        }
        String title = command.title() == null ? "" : command.title().strip();
        if (title.isEmpty()) {
            violations.add(Violation.of("guidance.session.title.required", "title"));
        } else if (title.length() > 200) {
            violations.add(Violation.of("guidance.session.title.long", "title", 200));
        }
        Instant startsAt =
                command.startsAt() == null ? null : MeetingRules.toMinute(GuidanceService.local(command.startsAt()));
        if (startsAt == null) {
            violations.add(Violation.of("guidance.appointment.starts-at.required", "startsAt"));
        } else if (startsAt.isBefore(Instant.now(clock))) {
            violations.add(Violation.of("guidance.session.starts-at.past", "startsAt"));
        }
        int minutes = command.minutes() == null ? 120 : command.minutes();
        if (minutes < 15 || minutes > 720) {
            violations.add(Violation.of("guidance.session.minutes.range", "minutes", 15, 720));
        }
        int capacity = command.capacity() == null ? 0 : command.capacity();
        if (capacity < 1 || capacity > 200) {
            violations.add(Violation.of("guidance.session.capacity.range", "capacity", 1, 200));
        }
        String place = GuidanceService.place(command.place(), command.remote(), violations);
        UUID operatorId = command.operatorId() == null ? actor.operatorId() : command.operatorId();
        String operatorName = guidance.operatorName(actor, operatorId, violations);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        jdbc.sql("insert into group_session (id, activity_id, centre_code, operator_id, operator_name, title,"
                        + " starts_at, minutes, remote, place, capacity, status, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?)")
                .params(
                        id,
                        activity.id(),
                        actor.centreCode(),
                        operatorId,
                        operatorName,
                        title,
                        Timestamp.from(startsAt),
                        minutes,
                        command.remote(),
                        place,
                        capacity,
                        Timestamp.from(now),
                        actor.displayName())
                .update();
        events.publishEvent(new SessionPlanned(UUID.randomUUID(), actor, now, id, title, startsAt));
        return load(id);
    }

    /** A session with its participants, for an operator of its centre. */
    @Transactional(readOnly = true)
    public SessionView session(UUID id) {
        var session = load(id);
        caseAccess.centre(session.centreCode());
        return session;
    }

    private SessionView load(UUID id) {
        var session = sessions("g.id = ?", List.of(id), 1).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("GroupSession", id));
        return withParticipants(session);
    }

    /**
     * The sessions of a centre from {@code from} to {@code to} (exclusive, local days), in time order, without
     * their participants (counts come with {@link #session(UUID)}).
     */
    @Transactional(readOnly = true)
    public List<SessionSummary> sessions(String centreCode, LocalDate from, LocalDate to) {
        caseAccess.centre(centreCode);
        return jdbc.sql("select g.id, g.activity_id, g.title, g.starts_at, g.minutes, g.remote, g.place, g.capacity,"
                        + " g.status, g.operator_name,"
                        + " (select count(*) from session_participant p where p.session_id = g.id"
                        + " and p.status = 'ENROLLED') as enrolled,"
                        + " (select count(*) from session_participant p where p.session_id = g.id"
                        + " and p.status = 'WAITING') as waiting"
                        + " from group_session g where g.centre_code = ? and g.starts_at >= ? and g.starts_at < ?"
                        + " order by g.starts_at, g.id limit 500")
                .params(
                        centreCode,
                        Timestamp.from(from.atStartOfDay(GuidanceEvents.ZONE).toInstant()),
                        Timestamp.from(to.atStartOfDay(GuidanceEvents.ZONE).toInstant()))
                .query((rs, i) -> new SessionSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("activity_id"),
                        rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getInt("minutes"),
                        rs.getBoolean("remote"),
                        rs.getString("place"),
                        rs.getInt("capacity"),
                        SessionView.Status.valueOf(rs.getString("status")),
                        rs.getString("operator_name"),
                        rs.getInt("enrolled"),
                        rs.getInt("waiting")))
                .list();
    }

    /** A session in a list: its data and how many are enrolled and waiting. */
    public record SessionSummary(
            UUID id,
            String activityId,
            String title,
            Instant startsAt,
            int minutes,
            boolean remote,
            String place,
            int capacity,
            SessionView.Status status,
            String operatorName,
            int enrolled,
            int waiting) {
        public int freePlaces() {
            return Math.max(0, capacity - enrolled);
        }
    }

    /** The sessions a person is or was in, newest first, with their own participation only. */
    @Transactional(readOnly = true)
    public List<PersonSession> personSessions(UUID personId) {
        caseAccess.read(personId, "sessions");
        return jdbc.sql("select g.id, g.activity_id, g.title, g.starts_at, g.place, g.remote, g.status,"
                        + " p.status as participation, p.attendance"
                        + " from session_participant p join group_session g on g.id = p.session_id"
                        + " where p.person_id = ? order by g.starts_at desc limit 200")
                .param(personId)
                .query((rs, i) -> new PersonSession(
                        rs.getObject("id", UUID.class),
                        rs.getString("activity_id"),
                        rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getString("place"),
                        rs.getBoolean("remote"),
                        SessionView.Status.valueOf(rs.getString("status")),
                        ParticipantStatus.valueOf(rs.getString("participation")),
                        rs.getString("attendance") == null ? null : Attendance.valueOf(rs.getString("attendance"))))
                .list();
    }

    /** One person's participation in a session. */
    public record PersonSession(
            UUID sessionId,
            String activityId,
            String title,
            Instant startsAt,
            String place,
            boolean remote,
            SessionView.Status sessionStatus,
            ParticipantStatus participation,
            Attendance attendance) {}

    /**
     * Enrols a person. Within the capacity they are enrolled; when the session is full they go on the waiting list
     * only if {@code waitingList} was asked, otherwise the enrolment is refused with the capacity.
     */
    @Transactional
    public SessionView enrol(UUID sessionId, UUID personId, boolean waitingList) {
        var person = persons.view(personId);
        var session = locked(sessionId);
        caseAccess.write(personId);
        var actor = guidance.actorWithCentre();
        if (!session.scheduled()) {
            throw new RuleViolationException("guidance.session.not-scheduled", "personId");
        }
        var existing = session.participants().stream()
                .filter(p -> p.personId().equals(personId))
                .findFirst();
        if (existing.isPresent() && existing.get().status() != ParticipantStatus.WITHDRAWN) {
            throw new RuleViolationException(
                    existing.get().status() == ParticipantStatus.WAITING
                            ? "guidance.session.already-waiting"
                            : "guidance.session.already-enrolled",
                    "personId",
                    person.lastName() + " " + person.firstName());
        }
        boolean full = session.freePlaces() == 0;
        if (full && !waitingList) {
            throw new RuleViolationException(
                    "guidance.session.full",
                    "personId",
                    session.capacity(),
                    session.enrolled().size());
        }
        var status = full ? ParticipantStatus.WAITING : ParticipantStatus.ENROLLED;
        Instant now = Instant.now(clock);
        jdbc.sql("insert into session_participant (session_id, person_id, status, enrolled_at, enrolled_by)"
                        + " values (?, ?, ?, ?, ?) on conflict (session_id, person_id) do update set"
                        + " status = excluded.status, enrolled_at = excluded.enrolled_at,"
                        + " enrolled_by = excluded.enrolled_by, withdrawn_at = null, withdraw_reason = null")
                .params(sessionId, personId, status.name(), Timestamp.from(now), actor.displayName())
                .update();
        bump(sessionId);
        events.publishEvent(enrolled(actor, now, personId, session, full, false));
        return load(sessionId);
    }

    /**
     * Takes a person off a session or its waiting list; the reason is required. A freed place goes to the first
     * person waiting.
     */
    @Transactional
    public SessionView withdraw(UUID sessionId, UUID personId, String reason) {
        var session = locked(sessionId);
        caseAccess.write(personId);
        var actor = guidance.actorWithCentre();
        if (!session.scheduled()) {
            throw new RuleViolationException("guidance.session.not-scheduled", "reason");
        }
        var participant = session.participants().stream()
                .filter(p -> p.personId().equals(personId) && p.status() != ParticipantStatus.WITHDRAWN)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("SessionParticipant", personId));
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("guidance.session.reason.required", "reason");
        }
        Instant now = Instant.now(clock);
        jdbc.sql("update session_participant set status = 'WITHDRAWN', withdrawn_at = ?, withdraw_reason = ?"
                        + " where session_id = ? and person_id = ?")
                .params(Timestamp.from(now), reason.strip(), sessionId, personId)
                .update();
        events.publishEvent(new ParticipantWithdrawn(
                UUID.randomUUID(),
                actor,
                now,
                personId,
                sessionId,
                session.title(),
                session.startsAt(),
                reason.strip()));
        if (participant.status() == ParticipantStatus.ENROLLED
                && !session.waiting().isEmpty()) {
            var next = session.waiting().getFirst();
            jdbc.sql("update session_participant set status = 'ENROLLED' where session_id = ? and person_id = ?")
                    .params(sessionId, next.personId())
                    .update();
            events.publishEvent(enrolled(actor, now, next.personId(), session, false, true));
        }
        bump(sessionId);
        return load(sessionId);
    }

    /**
     * Records the session as held: actual start and end (in the past, end after start, no overlap with the
     * operator's own meetings), the attendance of every enrolled person, a reason when the duration is outside the
     * activity's standard. Each enrolled person gets a meeting in their file; present ones count towards their
     * engagement. The waiting list stays as it was (they did not take part).
     */
    @Transactional
    public SessionView hold(UUID sessionId, HoldSession command, long version) {
        var session = locked(sessionId);
        var actor = guidance.actorWithCentre();
        if (!session.scheduled()) {
            throw new RuleViolationException("guidance.session.not-scheduled", null);
        }
        if (session.version() != version) {
            throw new StaleVersionException(session.version(), session);
        }
        Instant now = Instant.now(clock);
        Instant start = command.start() == null ? null : MeetingRules.toMinute(GuidanceService.local(command.start()));
        Instant end = command.end() == null ? null : MeetingRules.toMinute(GuidanceService.local(command.end()));
        var violations = new ArrayList<>(MeetingRules.checkTimes(start, end, now));
        var activity = charter.activity(session.activityId());
        TimeStandard standard = null;
        Compliance compliance = null;
        int minutes = 0;
        if (violations.isEmpty()) {
            standard = charter.standardAt(activity.id(), LocalDate.ofInstant(start, GuidanceEvents.ZONE));
            minutes = MeetingRules.minutes(start, end);
            compliance = MeetingRules.judge(standard, minutes, command.deviationReason(), violations);
            if (violations.isEmpty()) {
                overlapping(session.operatorId(), start, end, sessionId).ifPresent(violations::add);
            }
        }
        var attendance = command.attendance() == null ? Map.<UUID, Attendance>of() : command.attendance();
        var justifications = command.justifications() == null ? Map.<UUID, String>of() : command.justifications();
        if (session.enrolled().isEmpty()) {
            violations.add(Violation.of("guidance.session.nobody-enrolled", null));
        }
        for (var p : session.enrolled()) {
            String field = "attendance[" + p.personId() + "]";
            var a = attendance.get(p.personId());
            if (a == null) {
                violations.add(Violation.of(
                        "guidance.session.attendance.required", field, p.lastName() + " " + p.firstName()));
            } else if (a == Attendance.ABSENT_JUSTIFIED) {
                String j = justifications.get(p.personId());
                if (j == null || j.isBlank()) {
                    violations.add(Violation.of(
                            "guidance.session.justification.required",
                            "justifications[" + p.personId() + "]",
                            p.lastName() + " " + p.firstName()));
                }
            }
        }
        for (var id : attendance.keySet()) {
            if (session.enrolled().stream().noneMatch(p -> p.personId().equals(id))) {
                violations.add(Violation.of("guidance.session.attendance.not-enrolled", "attendance"));
                break;
            }
        }
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        String reason = compliance.outside() ? command.deviationReason().strip() : null;
        String notes = command.notes() == null ? "" : command.notes().strip();
        int present = 0;
        for (var p : session.enrolled()) {
            var a = attendance.get(p.personId());
            boolean here = a == Attendance.PRESENT;
            present += here ? 1 : 0;
            String justification = a == Attendance.ABSENT_JUSTIFIED
                    ? justifications.get(p.personId()).strip()
                    : null;
            UUID meetingId = UUID.randomUUID();
            UUID engagementId = guidance.openEngagement(p.personId(), activity.id(), actor);
            jdbc.sql("insert into meeting (id, person_id, engagement_id, session_id, activity_id, centre_code,"
                            + " operator_id, operator_name, group_meeting, status, attendance, justification,"
                            + " started_at, ended_at, minutes, standard_id, compliance, deviation_reason, notes,"
                            + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, true, 'CLOSED', ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?)")
                    .params(
                            meetingId,
                            p.personId(),
                            engagementId,
                            sessionId,
                            activity.id(),
                            session.centreCode(),
                            session.operatorId(),
                            session.operatorName(),
                            a.name(),
                            justification,
                            Timestamp.from(start),
                            here ? Timestamp.from(end) : null,
                            here ? minutes : null,
                            here ? standard.id() : null,
                            here ? compliance.name() : null,
                            here ? reason : null,
                            notes,
                            Timestamp.from(now))
                    .update();
            jdbc.sql("update session_participant set attendance = ?, justification = ?, meeting_id = ?"
                            + " where session_id = ? and person_id = ?")
                    .params(a.name(), justification, meetingId, sessionId, p.personId())
                    .update();
            events.publishEvent(new MeetingClosed(
                    UUID.randomUUID(),
                    actor,
                    now,
                    p.personId(),
                    meetingId,
                    sessionId,
                    activity.id(),
                    session.title(),
                    start,
                    here ? minutes : null,
                    a,
                    here ? compliance : null,
                    here && reason != null));
        }
        jdbc.sql("update group_session set status = 'HELD', held_started_at = ?, held_ended_at = ?, held_minutes = ?,"
                        + " standard_id = ?, compliance = ?, deviation_reason = ?, notes = ?, version = version + 1"
                        + " where id = ?")
                .params(
                        Timestamp.from(start),
                        Timestamp.from(end),
                        minutes,
                        standard.id(),
                        compliance.name(),
                        reason,
                        notes,
                        sessionId)
                .update();
        events.publishEvent(new SessionHeld(
                UUID.randomUUID(),
                actor,
                now,
                sessionId,
                present,
                session.enrolled().size() - present));
        return load(sessionId);
    }

    /** Cancels a planned session; the reason is required and every person enrolled or waiting hears of it. */
    @Transactional
    public SessionView cancel(UUID sessionId, String reason, long version) {
        var session = locked(sessionId);
        var actor = guidance.actorWithCentre();
        if (!session.scheduled()) {
            throw new RuleViolationException("guidance.session.not-scheduled", "reason");
        }
        if (session.version() != version) {
            throw new StaleVersionException(session.version(), session);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("guidance.session.reason.required", "reason");
        }
        Instant now = Instant.now(clock);
        jdbc.sql("update group_session set status = 'CANCELLED', cancel_reason = ?, version = version + 1"
                        + " where id = ?")
                .params(reason.strip(), sessionId)
                .update();
        for (var p : session.participants()) {
            if (p.status() != ParticipantStatus.WITHDRAWN) {
                events.publishEvent(new SessionCancelled(
                        UUID.randomUUID(),
                        actor,
                        now,
                        p.personId(),
                        sessionId,
                        session.title(),
                        session.startsAt(),
                        reason.strip()));
            }
        }
        return load(sessionId);
    }

    // ---------------------------------------------------------------- internals

    private ParticipantEnrolled enrolled(
            Actor actor, Instant now, UUID personId, SessionView session, boolean waiting, boolean promoted) {
        return new ParticipantEnrolled(
                UUID.randomUUID(),
                actor,
                now,
                personId,
                session.id(),
                session.title(),
                charter.activity(session.activityId()).labelIt(),
                session.startsAt(),
                session.remote(),
                session.place(),
                waiting,
                promoted);
    }

    /**
     * The session with its row locked until the transaction ends (enrolments of one session queue here), once the
     * user is known to work in its centre today (the centre is checked before the lock is taken).
     */
    private SessionView locked(UUID id) {
        String centre = jdbc.sql("select centre_code from group_session where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("GroupSession", id));
        caseAccess.centre(centre);
        jdbc.sql("select id from group_session where id = ? for update")
                .param(id)
                .query(UUID.class)
                .single();
        return load(id);
    }

    private void bump(UUID sessionId) {
        jdbc.sql("update group_session set version = version + 1 where id = ?")
                .param(sessionId)
                .update();
    }

    /** A meeting or another held session of the operator overlapping the session's actual times. */
    private Optional<Violation> overlapping(UUID operatorId, Instant start, Instant end, UUID sessionId) {
        return jdbc.sql("select started_at, ended_at from meeting where operator_id = ? and attendance = 'PRESENT'"
                        + " and session_id is distinct from ? and tstzrange(started_at, ended_at) && tstzrange(?, ?)"
                        + " order by started_at limit 1")
                .params(operatorId, sessionId, Timestamp.from(start), Timestamp.from(end))
                .query((rs, i) -> Violation.of(
                        "guidance.meeting.overlap",
                        "start",
                        GuidanceEvents.local(rs.getTimestamp(1).toInstant()),
                        rs.getTimestamp(2) == null
                                ? "…"
                                : GuidanceEvents.local(rs.getTimestamp(2).toInstant())))
                .optional();
    }

    private List<SessionView> sessions(String where, List<Object> args, int limit) {
        return jdbc.sql("select g.*, s.min_minutes, s.max_minutes from group_session g"
                        + " left join charter_standard s on s.id = g.standard_id where " + where
                        + " order by g.starts_at, g.id limit " + limit)
                .params(args)
                .query((rs, i) -> row(rs))
                .list();
    }

    private SessionView withParticipants(SessionView session) {
        var rows = jdbc.sql("select * from session_participant where session_id = ? order by enrolled_at, person_id")
                .param(session.id())
                .query((rs, i) -> new Object[] {
                    rs.getObject("person_id", UUID.class),
                    rs.getString("status"),
                    rs.getTimestamp("enrolled_at").toInstant(),
                    rs.getString("attendance"),
                    rs.getString("justification"),
                    rs.getObject("meeting_id", UUID.class)
                })
                .list();
        var names = persons.summaries(rows.stream().map(r -> (UUID) r[0]).toList());
        var list = new ArrayList<Participant>();
        for (var r : rows) {
            var person = names.get((UUID) r[0]);
            list.add(new Participant(
                    (UUID) r[0],
                    person == null ? "" : person.lastName(),
                    person == null ? "" : person.firstName(),
                    person == null ? "" : person.taxCode(),
                    ParticipantStatus.valueOf((String) r[1]),
                    (Instant) r[2],
                    r[3] == null ? null : Attendance.valueOf((String) r[3]),
                    (String) r[4],
                    (UUID) r[5]));
        }
        return session.withParticipants(list);
    }

    private static SessionView row(ResultSet rs) throws SQLException {
        return new SessionView(
                rs.getObject("id", UUID.class),
                rs.getString("activity_id"),
                rs.getString("centre_code"),
                rs.getObject("operator_id", UUID.class),
                rs.getString("operator_name"),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("minutes"),
                rs.getBoolean("remote"),
                rs.getString("place"),
                rs.getInt("capacity"),
                SessionView.Status.valueOf(rs.getString("status")),
                GuidanceService.instant(rs, "held_started_at"),
                GuidanceService.instant(rs, "held_ended_at"),
                (Integer) rs.getObject("held_minutes"),
                (Integer) rs.getObject("min_minutes"),
                (Integer) rs.getObject("max_minutes"),
                rs.getString("compliance") == null ? null : Compliance.valueOf(rs.getString("compliance")),
                rs.getString("deviation_reason"),
                rs.getString("notes"),
                rs.getString("cancel_reason"),
                rs.getLong("version"),
                List.of());
    }
}
