package it.orienta.session;

import it.orienta.charter.CharterService;
import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.system.Actor;
import it.orienta.system.Rome;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group sessions on the home page: the operator's sessions of today (TODAY) and their sessions whose day has passed
 * without the attendance recorded (MEETINGS, urgent). Each read is an indexed range of one operator's rows.
 */
@Component
class SessionWorklist implements WorklistSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final CharterService charter;
    private final Clock clock;

    SessionWorklist(JdbcClient jdbc, CharterService charter, Clock clock) {
        this.jdbc = jdbc;
        this.charter = charter;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.operatorId() == null) {
            return List.of();
        }
        Instant from = today.atStartOfDay(Rome.ZONE).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(Rome.ZONE).toInstant();
        var items = new ArrayList<WorklistItem>();
        Instant now = Instant.now(clock);
        jdbc.sql("select g.id, g.title, g.starts_at, (select count(*) from session_participant p where"
                        + " p.session_id = g.id and p.status = 'ENROLLED'), g.activity_id, g.remote, g.place"
                        + " from group_session g where g.operator_id = ?"
                        + " and g.starts_at >= ? and g.starts_at < ? and g.status = 'SCHEDULED' order by g.starts_at"
                        + " limit " + LIMIT)
                .params(actor.operatorId(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    String title = rs.getString(2);
                    Instant startsAt = rs.getTimestamp(3).toInstant();
                    String activityId = rs.getString(5);
                    // a session is held on its hold page (times and attendance): the button goes there
                    var hold = new WorklistItem.Action(
                            "/sessions/" + id + "/hold", false, null, "home.agenda.start.session", List.of(title));
                    return new WorklistItem(
                            WorklistItem.TODAY,
                            startsAt,
                            null,
                            "home.item.session",
                            List.of(time(startsAt), title, String.valueOf(rs.getInt(4))),
                            "/sessions/" + id,
                            false,
                            new WorklistItem.Agenda(
                                    title,
                                    charter.find(activityId)
                                            .map(a -> a.labelIt())
                                            .orElse(activityId),
                                    rs.getString(7),
                                    rs.getBoolean(6),
                                    startsAt.isBefore(now),
                                    hold));
                })
                .list()
                .forEach(items::add);
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

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(Rome.ZONE));
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(Rome.ZONE));
    }
}
