package it.orienta.guidance;

import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.guidance.Commands.Reschedule;
import it.orienta.guidance.Commands.ScheduleAppointment;
import it.orienta.guidance.GuidanceEvents.AppointmentCancelled;
import it.orienta.guidance.GuidanceEvents.AppointmentRescheduled;
import it.orienta.guidance.GuidanceEvents.AppointmentScheduled;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.Rome;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments with their changes (rescheduled, cancelled: each kept with its reason) and the centre's calendar.
 * An appointment becomes held or missed when a meeting is recorded from it ({@link GuidanceService}). Every method
 * asks the record-access policy first ({@link CaseAccess}, ADR 0017).
 */
@Service
public class AppointmentService {

    private static final String COLUMNS = "a.id, a.person_id, a.operator_id, a.operator_name, a.centre_code,"
            + " a.activity_id, a.starts_at, a.minutes, a.remote, a.place, a.status, a.cancel_reason, a.meeting_id,"
            + " a.version";

    private final JdbcClient jdbc;
    private final CharterService charter;
    private final PersonService persons;
    private final CentreDesk desk;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseAccess caseAccess;
    private final MeetingQueries queries;
    private final ObjectProvider<Commitments> others;

    AppointmentService(
            JdbcClient jdbc,
            CharterService charter,
            PersonService persons,
            CentreDesk desk,
            CurrentActor current,
            ApplicationEventPublisher events,
            Clock clock,
            CaseAccess caseAccess,
            MeetingQueries queries,
            ObjectProvider<Commitments> others) {
        this.jdbc = jdbc;
        this.charter = charter;
        this.persons = persons;
        this.desk = desk;
        this.current = current;
        this.events = events;
        this.clock = clock;
        this.caseAccess = caseAccess;
        this.queries = queries;
        this.others = others;
    }

    /** Fixes an appointment in the future with an operator of the current centre (the one asking by default). */
    @Transactional
    public AppointmentView schedule(UUID personId, ScheduleAppointment command) {
        persons.view(personId);
        caseAccess.write(personId);
        var actor = desk.actor();
        var violations = new ArrayList<Violation>();
        ActivityView activity = null;
        try {
            activity = desk.deliverable(command.activityId(), false);
        } catch (RuleViolationException e) {
            violations.addAll(e.violations());
        }
        Instant startsAt = future(command.startsAt(), violations);
        int minutes = command.minutes() == null ? 60 : command.minutes();
        if (minutes < 5 || minutes > 720) {
            violations.add(Violation.of("guidance.appointment.minutes.range", "minutes"));
        }
        String place = CentreDesk.place(command.place(), command.remote(), violations);
        UUID operatorId = command.operatorId() == null ? actor.operatorId() : command.operatorId();
        String operatorName = desk.operatorName(actor, operatorId, violations);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        if (!command.overlapConfirmed()) {
            refuseOverlap(operatorId, startsAt, minutes, null);
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        jdbc.sql("insert into appointment (id, person_id, operator_id, operator_name, centre_code, activity_id,"
                        + " starts_at, minutes, remote, place, status, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
                        AppointmentView.Status.SCHEDULED.name(),
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
        return load(id);
    }

    /** Moves a scheduled appointment to another time in the future; the reason is required and kept. */
    @Transactional
    public AppointmentView reschedule(UUID id, Reschedule command, long version) {
        var appointment = scheduled(id, version);
        var violations = new ArrayList<Violation>();
        Instant to = future(command.startsAt(), violations);
        if (command.reason() == null || command.reason().isBlank()) {
            violations.add(Violation.of("guidance.appointment.reason.required", "reason"));
        }
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        if (!command.overlapConfirmed()) {
            refuseOverlap(appointment.operatorId(), to, appointment.minutes(), id);
        }
        var actor = current.actor();
        Instant now = Instant.now(clock);
        update(id, version, "starts_at = ?", Timestamp.from(to));
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
        return load(id);
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
        update(id, version, "status = ?, cancel_reason = ?", AppointmentView.Status.CANCELLED.name(), reason.strip());
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
        return load(id);
    }

    /** The appointment for its convocation letter: a read of the case, recorded as the convocation's. */
    @Transactional(readOnly = true)
    public AppointmentView convocation(UUID id) {
        var appointment = load(id);
        caseAccess.read(appointment.personId(), "convocation");
        return appointment;
    }

    @Transactional(readOnly = true)
    public AppointmentView appointment(UUID id) {
        var appointment = load(id);
        caseAccess.read(appointment.personId(), "appointments");
        return appointment;
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
        args.add(Timestamp.from(from.atStartOfDay(Rome.ZONE).toInstant()));
        args.add(Timestamp.from(to.atStartOfDay(Rome.ZONE).toInstant()));
        args.add(centreCode);
        if (operatorId != null) {
            where += " and a.operator_id = ?";
            args.add(operatorId);
        }
        return appointments(where, args);
    }

    // ---------------------------------------------------------------- for meetings held from an appointment

    /** The scheduled appointment of the person a meeting is recorded from; empty without one. */
    Optional<AppointmentView> toHold(UUID appointmentId, UUID personId) {
        if (appointmentId == null) {
            return Optional.empty();
        }
        var appointment = load(appointmentId);
        if (!appointment.personId().equals(personId)) {
            throw new RuleViolationException("guidance.appointment.other-person", "appointmentId");
        }
        if (appointment.status() != AppointmentView.Status.SCHEDULED) {
            throw new RuleViolationException("guidance.appointment.not-scheduled", "appointmentId");
        }
        return Optional.of(appointment);
    }

    /** The appointment was held (or missed) in this meeting. */
    void held(AppointmentView appointment, AppointmentView.Status status, UUID meetingId) {
        update(appointment.id(), appointment.version(), "status = ?, meeting_id = ?", status.name(), meetingId);
    }

    // ---------------------------------------------------------------- overlaps (issue 14)

    /**
     * A commitment of an operator that a new appointment's time may overlap: an appointment still to hold, a present
     * meeting (a running one lasting at least an hour from its start, or until now) or a group session they hold.
     *
     * @param kind {@link #APPOINTMENT}, {@link #MEETING} or {@link #SESSION}
     * @param path its page ({@code /appointments/…}); the API answers with its {@code /api/v1} twin
     * @param personId the person it is with, or {@code null} (a group session)
     * @param label what names it when there is no person (the session's title)
     * @param from its start
     * @param to its end (exclusive: an appointment may start when another ends)
     */
    public record Commitment(String kind, UUID id, String path, UUID personId, String label, Instant from, Instant to) {
        public static final String APPOINTMENT = "appointment";
        public static final String MEETING = "meeting";
        public static final String SESSION = "session";

        boolean overlaps(Instant start, Instant end) {
            return from.isBefore(end) && to.isAfter(start);
        }
    }

    /** Another module's commitments of an operator from {@code from} to {@code to} (the sessions they hold). */
    public interface Commitments {
        List<Commitment> of(UUID operatorId, Instant from, Instant to);
    }

    /**
     * The rule: the earliest of the commitments that overlaps {@code minutes} from {@code start}, half-open
     * intervals (back to back is no overlap).
     */
    static Optional<Commitment> firstOverlap(Instant start, int minutes, List<Commitment> commitments) {
        Instant end = start.plus(java.time.Duration.ofMinutes(minutes));
        return commitments.stream()
                .filter(c -> c.overlaps(start, end))
                .min(java.util.Comparator.comparing(Commitment::from));
    }

    /**
     * Refuses a time that overlaps the operator's commitments (409 at {@code startsAt}, with the overlapping one's
     * path): the operator may then confirm and book anyway. Nothing is written before.
     */
    private void refuseOverlap(UUID operatorId, Instant start, int minutes, UUID except) {
        Instant end = start.plus(java.time.Duration.ofMinutes(minutes));
        var commitments = new ArrayList<>(queries.commitments(operatorId, start, end, except, Instant.now(clock)));
        others.orderedStream().forEach(o -> commitments.addAll(o.of(operatorId, start, end)));
        var overlap = firstOverlap(start, minutes, commitments);
        if (overlap.isEmpty()) {
            return;
        }
        var c = overlap.get();
        var person = c.personId() == null ? null : persons.identity(c.personId());
        String name = person == null ? c.label() : person.firstName() + " " + person.lastName();
        String code = switch (c.kind()) {
            case Commitment.MEETING -> "guidance.appointment.overlap.meeting";
            case Commitment.SESSION -> "guidance.appointment.overlap.session";
            default -> "guidance.appointment.overlap.appointment";
        };
        throw new DuplicateException(
                code,
                "startsAt",
                c.path(),
                name,
                MeetingView.local(c.from()),
                java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(c.to().atZone(Rome.ZONE)));
    }

    // ---------------------------------------------------------------- internals

    private Instant future(LocalDateTime startsAt, List<Violation> violations) {
        Instant at = startsAt == null
                ? null
                : Meeting.toMinute(startsAt.atZone(Rome.ZONE).toInstant());
        if (at == null) {
            violations.add(Violation.of("guidance.appointment.starts-at.required", "startsAt"));
        } else if (at.isBefore(Instant.now(clock))) {
            violations.add(Violation.of("guidance.appointment.starts-at.past", "startsAt"));
        }
        return at;
    }

    private AppointmentView load(UUID id) {
        return appointments("a.id = ?", List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Appointment", id));
    }

    private AppointmentView scheduled(UUID id, long version) {
        var appointment = load(id);
        caseAccess.write(appointment.personId());
        if (appointment.status() != AppointmentView.Status.SCHEDULED) {
            throw new RuleViolationException("guidance.appointment.not-scheduled", null);
        }
        if (appointment.version() != version) {
            throw new StaleVersionException(appointment.version(), appointment);
        }
        return appointment;
    }

    private void update(UUID id, long version, String set, Object... values) {
        var params = new ArrayList<>(List.of(values));
        params.add(id);
        params.add(version);
        int n = jdbc.sql("update appointment set " + set + ", version = version + 1 where id = ? and version = ?")
                .params(params)
                .update();
        if (n == 0) {
            var now = load(id);
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
        var rows = jdbc.sql("select " + COLUMNS + " from appointment a where " + where + " order by a.starts_at, a.id")
                .params(args)
                .query((rs, i) -> row(rs))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        var changes = new HashMap<UUID, List<AppointmentView.Change>>();
        jdbc.sql("select appointment_id, changed_at, changed_by, kind, from_starts_at, to_starts_at, reason"
                        + " from appointment_change where appointment_id = any (?) order by changed_at")
                .param(rows.stream().map(AppointmentView::id).toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    changes.computeIfAbsent(rs.getObject("appointment_id", UUID.class), k -> new ArrayList<>())
                            .add(new AppointmentView.Change(
                                    MeetingQueries.instant(rs, "changed_at"),
                                    rs.getString("changed_by"),
                                    rs.getString("kind"),
                                    MeetingQueries.instant(rs, "from_starts_at"),
                                    MeetingQueries.instant(rs, "to_starts_at"),
                                    rs.getString("reason")));
                });
        return rows.stream()
                .map(a -> a.withChanges(changes.getOrDefault(a.id(), List.of())))
                .toList();
    }

    private static AppointmentView row(ResultSet rs) throws SQLException {
        return new AppointmentView(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("operator_id", UUID.class),
                rs.getString("operator_name"),
                rs.getString("centre_code"),
                rs.getString("activity_id"),
                MeetingQueries.instant(rs, "starts_at"),
                rs.getInt("minutes"),
                rs.getBoolean("remote"),
                rs.getString("place"),
                AppointmentView.Status.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"),
                rs.getObject("meeting_id", UUID.class),
                List.of(),
                rs.getLong("version"));
    }
}
