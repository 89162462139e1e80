package it.orienta.guidance;

import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.system.Actor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance on the home page: the operator's appointments and group sessions of today, their meetings still running
 * (urgent past the standard's maximum or left open from an earlier day), and their sessions whose day has passed
 * without the attendance recorded. Each read is an indexed range of one operator's rows.
 */
@Component
class GuidanceWorklist implements WorklistSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final CharterService charter;
    private final PersonService persons;
    private final Clock clock;

    GuidanceWorklist(JdbcClient jdbc, CharterService charter, PersonService persons, Clock clock) {
        this.jdbc = jdbc;
        this.charter = charter;
        this.persons = persons;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.operatorId() == null) {
            return List.of();
        }
        Instant from = today.atStartOfDay(GuidanceEvents.ZONE).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(GuidanceEvents.ZONE).toInstant();
        Map<String, ActivityView> activities = new HashMap<>();
        charter.activities().forEach(a -> activities.put(a.id(), a));
        var items = new ArrayList<WorklistItem>();
        var personIds = new HashSet<UUID>();

        record Appointment(UUID id, UUID personId, String activityId, Instant startsAt, boolean remote) {}
        var appointments = jdbc.sql("select id, person_id, activity_id, starts_at, remote from appointment"
                        + " where operator_id = ? and starts_at >= ? and starts_at < ? and status = 'SCHEDULED'"
                        + " order by starts_at limit " + LIMIT)
                .params(actor.operatorId(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new Appointment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getBoolean(5)))
                .list();
        appointments.forEach(a -> personIds.add(a.personId()));

        record Running(UUID id, UUID personId, String activityId, Instant startedAt, Integer max) {}
        var running = jdbc.sql("select m.id, m.person_id, m.activity_id, m.started_at, s.max_minutes from meeting m"
                        + " left join lateral (select max_minutes from charter_standard cs where cs.activity_id ="
                        + " m.activity_id and cs.valid_from <= m.started_at::date order by cs.valid_from desc limit 1)"
                        + " s on true where m.operator_id = ? and m.status = 'RUNNING' order by m.started_at"
                        + " limit " + LIMIT)
                .param(actor.operatorId())
                .query((rs, i) -> new Running(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        (Integer) rs.getObject(5)))
                .list();
        running.forEach(r -> personIds.add(r.personId()));
        Map<UUID, PersonSummary> names = persons.summaries(personIds);

        for (var a : appointments) {
            items.add(new WorklistItem(
                    WorklistItem.TODAY,
                    a.startsAt(),
                    name(names.get(a.personId())),
                    a.remote() ? "home.item.appointment.remote" : "home.item.appointment",
                    List.of(time(a.startsAt()), label(activities, a.activityId())),
                    "/appointments/" + a.id(),
                    false));
        }
        jdbc.sql("select g.id, g.title, g.starts_at, (select count(*) from session_participant p where"
                        + " p.session_id = g.id and p.status = 'ENROLLED') from group_session g where g.operator_id = ?"
                        + " and g.starts_at >= ? and g.starts_at < ? and g.status = 'SCHEDULED' order by g.starts_at"
                        + " limit " + LIMIT)
                .params(actor.operatorId(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new WorklistItem(
                        WorklistItem.TODAY,
                        rs.getTimestamp(3).toInstant(),
                        null,
                        "home.item.session",
                        List.of(time(rs.getTimestamp(3).toInstant()), rs.getString(2), String.valueOf(rs.getInt(4))),
                        "/sessions/" + rs.getObject(1, UUID.class),
                        false))
                .list()
                .forEach(items::add);

        Instant now = Instant.now(clock);
        for (var r : running) {
            long minutes = Duration.between(r.startedAt(), now).toMinutes();
            boolean earlierDay = r.startedAt().isBefore(from);
            boolean over = r.max() != null && minutes > r.max();
            items.add(new WorklistItem(
                    WorklistItem.MEETINGS,
                    r.startedAt(),
                    name(names.get(r.personId())),
                    earlierDay
                            ? "home.item.meeting.left-open"
                            : over ? "home.item.meeting.over" : "home.item.meeting.running",
                    List.of(
                            label(activities, r.activityId()),
                            earlierDay ? day(r.startedAt()) : time(r.startedAt()),
                            String.valueOf(minutes),
                            r.max() == null ? "" : String.valueOf(r.max())),
                    "/meetings/" + r.id(),
                    earlierDay || over));
        }
        jdbc.sql("select id, title, starts_at from group_session where operator_id = ? and status = 'SCHEDULED'"
                        + " and starts_at < ? order by starts_at limit " + LIMIT)
                .params(actor.operatorId(), Timestamp.from(from))
                .query((rs, i) -> new WorklistItem(
                        WorklistItem.MEETINGS,
                        rs.getTimestamp(3).toInstant(),
                        null,
                        "home.item.session.unrecorded",
                        List.of(rs.getString(2), day(rs.getTimestamp(3).toInstant())),
                        "/sessions/" + rs.getObject(1, UUID.class) + "/hold",
                        true))
                .list()
                .forEach(items::add);
        return items;
    }

    private static String name(PersonSummary p) {
        return p == null ? null : p.lastName() + " " + p.firstName();
    }

    private static String label(Map<String, ActivityView> activities, String id) {
        var a = activities.get(id);
        return a == null ? id : a.labelIt();
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(GuidanceEvents.ZONE));
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(GuidanceEvents.ZONE));
    }
}
