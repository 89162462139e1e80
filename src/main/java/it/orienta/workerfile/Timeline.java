package it.orienta.workerfile;

import it.orienta.system.CaseEvent;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline store. Every {@link CaseEvent} is written, as {@link TimelineDescriptions} describes it, in the
 * transaction of the action that raised it, so the file and the timeline never disagree; an event delivered twice
 * is stored once.
 */
@Component
class Timeline {

    private final JdbcTemplate jdbc;

    Timeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseEvent event) {
        TimelineDescriptions.describe(event).ifPresent(line -> insert(event, line));
    }

    private void insert(CaseEvent event, TimelineLine line) {
        jdbc.update(
                "insert into timeline_entry (event_id, person_id, occurred_at, kind, summary_key, summary_args, "
                        + "actor_name, centre_code) values (?,?,?,?,?,?,?,?) on conflict (event_id) do nothing",
                event.eventId(),
                event.personId(),
                Timestamp.from(event.occurredAt()),
                line.kind(),
                line.summaryKey(),
                line.summaryArgs().toArray(String[]::new),
                event.actor().displayName(),
                event.actor().centreCode());
    }

    /** Newest first; {@code kinds} empty for all; one more row than asked is read to tell whether more follow. */
    @Transactional(readOnly = true)
    List<TimelineEntry> page(UUID personId, List<String> kinds, int page, int size) {
        var sql = new StringBuilder("select event_id, occurred_at, kind, summary_key, summary_args, actor_name, "
                + "centre_code from timeline_entry where person_id = ?");
        var args = new ArrayList<Object>();
        args.add(personId);
        if (!kinds.isEmpty()) {
            sql.append(" and kind = any (?)");
            args.add(kinds.toArray(String[]::new));
        }
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        args.add(size + 1);
        args.add(page * size);
        return jdbc.query(
                sql.toString(),
                (rs, i) -> new TimelineEntry(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        Arrays.asList((String[]) rs.getArray(5).getArray()),
                        rs.getString(6),
                        rs.getString(7)),
                args.toArray());
    }

    @Transactional(readOnly = true)
    List<String> kinds(UUID personId) {
        return jdbc.queryForList(
                "select distinct kind from timeline_entry where person_id = ? order by kind", String.class, personId);
    }
}
