package it.orienta.session;

import it.orienta.charter.CharterService;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.CentreDesk;
import it.orienta.guidance.Commands.RecordAttendance;
import it.orienta.guidance.GuidanceService;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.session.SessionCommands.HoldSession;
import it.orienta.session.SessionCommands.PlanSession;
import it.orienta.session.SessionEvents.ParticipantEnrolled;
import it.orienta.session.SessionEvents.ParticipantWithdrawn;
import it.orienta.session.SessionEvents.SessionCancelled;
import it.orienta.session.SessionEvents.SessionHeld;
import it.orienta.session.SessionEvents.SessionPlanned;
import it.orienta.session.SessionView.Participant;
import it.orienta.session.SessionView.ParticipantStatus;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group sessions: planning, enrolment within the capacity and a waiting list, withdrawal (the first waiting person
 * takes the freed place), holding with attendance (a meeting written into each enrolled person's file through
 * guidance's one meetings API, judged against the activity's standard), cancellation. The rules are the
 * {@link GroupSession} aggregate's; enrolment, withdrawal, holding and cancelling load it under a row lock, so
 * concurrent operators can neither exceed the capacity nor give one freed place twice. A session is a centre's
 * record: only an operator working in its centre today sees or changes it, and enrolling or withdrawing a person
 * also needs the right to change that person's case ({@link CaseAccess}).
 */
@Service
public class SessionService {

    private final SessionRepository repository;
    private final JdbcClient jdbc;
    private final GuidanceService guidance;
    private final CentreDesk desk;
    private final CharterService charter;
    private final PersonService persons;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseAccess caseAccess;
    private final CurrentActor current;

    SessionService(
            SessionRepository repository,
            JdbcClient jdbc,
            GuidanceService guidance,
            CentreDesk desk,
            CharterService charter,
            PersonService persons,
            ApplicationEventPublisher events,
            Clock clock,
            CaseAccess caseAccess,
            CurrentActor current) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.guidance = guidance;
        this.desk = desk;
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
        var actor = desk.actor();
        var violations = new ArrayList<Violation>();
        String activityId = null;
        try {
            activityId = desk.deliverable(command.activityId(), true).id();
        } catch (RuleViolationException e) {
            violations.addAll(e.violations());
        }
        Instant now = Instant.now(clock);
        var session = GroupSession.plan(
                new GroupSession.Plan(
                        activityId,
                        actor.centreCode(),
                        command.title(),
                        local(command.startsAt()),
                        command.minutes(),
                        command.remote(),
                        command.place(),
                        command.capacity(),
                        command.operatorId() == null ? actor.operatorId() : command.operatorId()),
                actor.displayName(),
                now,
                violations,
                (operatorId, refused) -> desk.operatorName(actor, operatorId, refused));
        repository.saveAndFlush(session);
        events.publishEvent(
                new SessionPlanned(UUID.randomUUID(), actor, now, session.id(), session.title(), session.startsAt()));
        return view(session);
    }

    /** A session with its participants, for an operator of its centre. */
    @Transactional(readOnly = true)
    public SessionView session(UUID id) {
        var session = repository.findById(id).orElseThrow(() -> new NotFoundException("GroupSession", id));
        caseAccess.centre(session.centreCode());
        return view(session);
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
                        Timestamp.from(from.atStartOfDay(Rome.ZONE).toInstant()),
                        Timestamp.from(to.atStartOfDay(Rome.ZONE).toInstant()))
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
        var actor = desk.actor();
        Instant now = Instant.now(clock);
        boolean waiting = session.enrol(
                personId, person.lastName() + " " + person.firstName(), waitingList, actor.displayName(), now);
        repository.bump(sessionId);
        events.publishEvent(enrolled(actor, now, personId, session, waiting, false));
        return view(reloaded(sessionId));
    }

    /**
     * Takes a person off a session or its waiting list; the reason is required. A freed place goes to the first
     * person waiting.
     */
    @Transactional
    public SessionView withdraw(UUID sessionId, UUID personId, String reason) {
        var session = locked(sessionId);
        caseAccess.write(personId);
        var actor = desk.actor();
        Instant now = Instant.now(clock);
        var promoted = session.withdraw(personId, reason, now);
        events.publishEvent(new ParticipantWithdrawn(
                UUID.randomUUID(),
                actor,
                now,
                personId,
                sessionId,
                session.title(),
                session.startsAt(),
                reason.strip()));
        promoted.ifPresent(next -> events.publishEvent(enrolled(actor, now, next, session, false, true)));
        repository.bump(sessionId);
        return view(reloaded(sessionId));
    }

    /**
     * Records the session as held: actual start and end (in the past, end after start, no overlap with the
     * operator's own meetings), the attendance of every enrolled person, a reason when the duration is outside the
     * activity's standard. Each enrolled person gets a meeting in their file (guidance writes them); present ones
     * count towards their engagement. The waiting list stays as it was (they did not take part).
     */
    @Transactional
    public SessionView hold(UUID sessionId, HoldSession command, long version) {
        var session = locked(sessionId);
        var actor = desk.actor();
        session.requireScheduled(null);
        if (session.version() != version) {
            var now = view(session);
            throw new StaleVersionException(now.version(), now);
        }
        var attendance = command.attendance() == null ? Map.<UUID, Attendance>of() : command.attendance();
        var justifications = command.justifications() == null ? Map.<UUID, String>of() : command.justifications();
        var enrolled = session.enrolledParticipants();
        var names = new LinkedHashMap<UUID, String>();
        persons.summaries(enrolled.stream().map(SessionParticipant::personId).toList())
                .forEach((id, p) -> names.put(id, p.firstName() + " " + p.lastName()));
        var refusals = session.attendanceRefusals(attendance, justifications, names);
        var ordered = new LinkedHashMap<UUID, Attendance>();
        enrolled.forEach(p -> ordered.put(p.personId(), attendance.get(p.personId())));
        var written = guidance.recordAttendance(
                new RecordAttendance(
                        sessionId,
                        session.activityId(),
                        session.title(),
                        session.centreCode(),
                        session.operatorId(),
                        session.operatorName(),
                        command.start(),
                        command.end(),
                        ordered,
                        justifications,
                        command.notes(),
                        command.deviationReason()),
                refusals);
        session.hold(
                new GroupSession.Held(
                        written.start(),
                        written.end(),
                        written.minutes(),
                        written.standardId(),
                        written.compliance(),
                        written.deviationReason()),
                attendance,
                justifications,
                written.meetingIds(),
                command.notes());
        repository.saveAndFlush(session);
        int present = (int)
                ordered.values().stream().filter(a -> a == Attendance.PRESENT).count();
        events.publishEvent(new SessionHeld(
                UUID.randomUUID(), actor, Instant.now(clock), sessionId, present, ordered.size() - present));
        return view(session);
    }

    /** Cancels a planned session; the reason is required and every person enrolled or waiting hears of it. */
    @Transactional
    public SessionView cancel(UUID sessionId, String reason, long version) {
        var session = locked(sessionId);
        var actor = desk.actor();
        session.requireScheduled("reason");
        if (session.version() != version) {
            var now = view(session);
            throw new StaleVersionException(now.version(), now);
        }
        Instant now = Instant.now(clock);
        for (var personId : session.cancel(reason)) {
            events.publishEvent(new SessionCancelled(
                    UUID.randomUUID(),
                    actor,
                    now,
                    personId,
                    sessionId,
                    session.title(),
                    session.startsAt(),
                    reason.strip()));
        }
        repository.saveAndFlush(session);
        return view(session);
    }

    // ---------------------------------------------------------------- internals

    private ParticipantEnrolled enrolled(
            Actor actor, Instant now, UUID personId, GroupSession session, boolean waiting, boolean promoted) {
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
    private GroupSession locked(UUID id) {
        String centre = repository.centreOf(id).orElseThrow(() -> new NotFoundException("GroupSession", id));
        caseAccess.centre(centre);
        return repository.findLocked(id).orElseThrow(() -> new NotFoundException("GroupSession", id));
    }

    private GroupSession reloaded(UUID id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("GroupSession", id));
    }

    /** The session as operators read it: its participants by name, the limits of the standard it was judged by. */
    private SessionView view(GroupSession session) {
        var participants = session.participants();
        var names = persons.summaries(
                participants.stream().map(SessionParticipant::personId).toList());
        var people = new ArrayList<Participant>();
        for (var p : participants) {
            var person = names.get(p.personId());
            people.add(new Participant(
                    p.personId(),
                    person == null ? "" : person.lastName(),
                    person == null ? "" : person.firstName(),
                    person == null ? "" : person.taxCode(),
                    p.status(),
                    p.enrolledAt(),
                    p.attendance(),
                    p.justification(),
                    p.meetingId()));
        }
        var standard = session.standardId() == null
                ? null
                : charter.standard(session.standardId()).orElse(null);
        return session.view(
                List.copyOf(people),
                standard == null ? null : standard.minMinutes(),
                standard == null ? null : standard.maxMinutes());
    }

    private static Instant local(LocalDateTime time) {
        return time == null ? null : time.atZone(Rome.ZONE).toInstant();
    }
}
