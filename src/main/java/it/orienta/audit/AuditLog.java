package it.orienta.audit;

import it.orienta.system.AuditableEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit log. */
@Service
class AuditLog implements it.orienta.system.AuditTrail {

    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an event after its action committed, in a transaction of its own; a failure leaves the publication
     * incomplete in the registry, which resubmits it. The event id makes a second delivery harmless.
     */
    @ApplicationModuleListener
    void record(AuditableEvent event) {
        insert(event);
    }

    /** A read of a person's case, written before the data is shown, whatever transaction the read runs in. */
    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void recordNow(AuditableEvent event) {
        insert(event);
    }

    private void insert(AuditableEvent event) {
        var actor = event.actor();
        jdbc.update(
                "insert into audit_entry (event_id, occurred_at, operator_id, username, actor_name, centre_code, roles, "
                        + "action, entity_type, entity_id, person_id, fields, exceptional_reason) "
                        + "values (?,?,?,?,?,?,?,?,?,?,?,?,?) on conflict (event_id) do nothing",
                event.eventId(),
                Timestamp.from(event.occurredAt()),
                actor.operatorId(),
                actor.username(),
                actor.displayName(),
                actor.centreCode(),
                actor.roles(),
                event.action().name(),
                event.entityType(),
                event.entityId(),
                event.personId(),
                event.fields().toArray(String[]::new),
                event.exceptionalReason());
    }

    /** Entries matching the filter, newest first; one more than asked is read to tell whether more follow. */
    @Transactional(readOnly = true)
    List<AuditEntry> search(AuditFilter filter, String onlyCentre, int page, int size) {
        var sql = new StringBuilder("select * from audit_entry where true");
        var args = new ArrayList<Object>();
        if (filter.personId() != null) {
            sql.append(" and person_id = ?");
            args.add(filter.personId());
        }
        if (filter.username() != null && !filter.username().isBlank()) {
            sql.append(" and username = ?");
            args.add(filter.username().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        if (onlyCentre != null) {
            sql.append(" and centre_code = ?");
            args.add(onlyCentre);
        }
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        args.add(size + 1);
        args.add(page * size);
        return jdbc.query(
                sql.toString(),
                (rs, i) -> new AuditEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"),
                        rs.getString("actor_name"),
                        rs.getString("centre_code"),
                        rs.getString("roles"),
                        rs.getString("action"),
                        rs.getString("entity_type"),
                        rs.getString("entity_id"),
                        rs.getObject("person_id", UUID.class),
                        Arrays.asList((String[]) rs.getArray("fields").getArray())),
                args.toArray());
    }

    /** One line of the audit log. */
    record AuditEntry(
            long id,
            Instant occurredAt,
            String username,
            String actorName,
            String centreCode,
            String roles,
            String action,
            String entityType,
            String entityId,
            UUID personId,
            List<String> fields) {}

    /** What to look for: a person, an operator (username), a period (dates inclusive, Italian time). */
    record AuditFilter(UUID personId, String username, LocalDate from, LocalDate to) {}
}
