package it.orienta.audit;

import it.orienta.system.DomainEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes and reads the audit log. The table is append-only: a trigger refuses every update and delete, and this
 * class only inserts.
 */
@Service
class AuditLog implements it.orienta.system.AuditTrail {

    static final ZoneId ZONE = it.orienta.system.Rome.ZONE;

    /** Rows fetched at a time by the export's cursor. */
    static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final AuditConnections own;

    AuditLog(JdbcTemplate jdbc, DataSource dataSource, AuditConnections own) {
        this.jdbc = jdbc;
        this.own = own;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /**
     * Records an event after its action committed, in a transaction of its own; a failure leaves the publication
     * incomplete in the registry, which resubmits it. The event id makes a second delivery harmless. What the line
     * says of the event is {@link AuditDescriptions}'s.
     */
    @ApplicationModuleListener(condition = "!(#event instanceof T(it.orienta.system.DomainEvent$AuditedInTransaction))")
    void record(DomainEvent event) {
        insert(event);
    }

    /**
     * Records a fact in the transaction that publishes it ({@link DomainEvent.AuditedInTransaction}): its lines are
     * kept until the transaction commits and written then, all in one batch, with the action's writes; rolled back
     * with them. No registry row, no thread: an import of a page of 200 vacancies writes its 200 lines at once.
     * Outside a transaction the line is written at once.
     */
    @EventListener
    void recordInTransaction(DomainEvent.AuditedInTransaction event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insert(event);
            return;
        }
        for (var registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Pending pending) {
                pending.events.add(event);
                return;
            }
        }
        var pending = new Pending();
        pending.events.add(event);
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    /** The lines of one transaction, written just before it commits. */
    private final class Pending implements TransactionSynchronization {

        final List<DomainEvent> events = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            jdbc.batchUpdate(INSERT, events.stream().map(AuditLog::values).toList());
        }
    }

    /**
     * A read of a person's case, written before the data is shown, whatever transaction the read runs in: one
     * autocommit insert on the audit's own connections ({@link AuditConnections}), committed before this returns.
     */
    @Override
    public void recordNow(DomainEvent event) {
        insert(own.jdbc(), event);
    }

    private void insert(DomainEvent event) {
        insert(jdbc, event);
    }

    private static final String INSERT =
            "insert into audit_entry (event_id, occurred_at, operator_id, username, actor_name, centre_code, roles, "
                    + "action, entity_type, entity_id, person_id, fields, exceptional_reason) "
                    + "values (?,?,?,?,?,?,?,?,?,?,?,?,?) on conflict (event_id) do nothing";

    private static void insert(JdbcTemplate jdbc, DomainEvent event) {
        jdbc.update(INSERT, values(event));
    }

    private static Object[] values(DomainEvent event) {
        var actor = event.actor();
        var line = AuditDescriptions.describe(event);
        return new Object[] {
            event.eventId(),
            Timestamp.from(event.occurredAt()),
            actor.operatorId(),
            actor.username(),
            actor.displayName(),
            actor.centreCode(),
            actor.roles(),
            line.action().name(),
            line.entityType(),
            line.entityId(),
            line.personId(),
            line.fields().toArray(String[]::new),
            line.exceptionalReason()
        };
    }

    /** Entries matching the query, newest first; one more than asked is read to tell whether more follow. */
    @Transactional(readOnly = true)
    List<AuditEntry> search(AuditQuery query, int page, int size) {
        var args = new ArrayList<Object>();
        var sql = "select " + COLUMNS + " from audit_entry" + where(query, args)
                + " order by occurred_at desc, id desc limit ? offset ?";
        args.add(size + 1);
        args.add((long) page * size);
        return jdbc.query(sql, AuditLog::entry, args.toArray());
    }

    /** Every entry matching the query, newest first, through a cursor: memory stays flat whatever their number. */
    @Transactional(readOnly = true)
    void stream(AuditQuery query, Consumer<AuditEntry> rows) {
        var args = new ArrayList<Object>();
        var sql =
                "select " + COLUMNS + " from audit_entry" + where(query, args) + " order by occurred_at desc, id desc";
        streaming.query(
                sql,
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> rows.accept(entry(rs, 0)),
                args.toArray());
    }

    /** What a page or an export of the log shows of each entry. */
    private static final String COLUMNS = "id, occurred_at, username, actor_name, centre_code, roles, action, "
            + "entity_type, entity_id, person_id, fields, exceptional_reason";

    private static String where(AuditQuery query, List<Object> args) {
        var sql = new StringBuilder(" where true");
        if (query.personIds() != null) {
            sql.append(" and person_id = any (?)");
            args.add(query.personIds().toArray(UUID[]::new));
        }
        if (query.username() != null) {
            sql.append(" and username = ?");
            args.add(query.username());
        }
        if (query.centre() != null) {
            sql.append(" and centre_code = ?");
            args.add(query.centre());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(Timestamp.from(query.from().atStartOfDay(ZONE).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        if (query.exceptionalOnly()) {
            sql.append(" and exceptional_reason is not null");
        }
        if (query.scope() != null) {
            // the centre's own entries, and every access to the persons it has in charge from anywhere else
            sql.append(" and (centre_code = ? or person_id = any (?))");
            args.add(query.scope());
            args.add(query.scopePersons().toArray(UUID[]::new));
        }
        return sql.toString();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
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
                Arrays.asList((String[]) rs.getArray("fields").getArray()),
                rs.getString("exceptional_reason"));
    }

    /** One line of the audit log, as stored: codes, not words. */
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
            List<String> fields,
            String exceptionalReason) {}

    /**
     * What to read, resolved from the filter and the reader's scope.
     *
     * @param personIds the persons whose entries are wanted, or {@code null} for anyone
     * @param username an operator's login name (lower case), or {@code null}
     * @param centre the centre the entries were made in, or {@code null}
     * @param from first day, inclusive, Italian time, or {@code null}
     * @param to last day, inclusive, Italian time, or {@code null}
     * @param exceptionalOnly only reads under an exceptional access
     * @param scope the coordinator's centre, or {@code null} for everything (administrators)
     * @param scopePersons the persons in charge at {@code scope} now, whose accesses from other centres it sees too
     */
    record AuditQuery(
            List<UUID> personIds,
            String username,
            String centre,
            LocalDate from,
            LocalDate to,
            boolean exceptionalOnly,
            String scope,
            List<UUID> scopePersons) {

        AuditQuery {
            personIds = personIds == null ? null : List.copyOf(personIds);
            scopePersons = scopePersons == null ? List.of() : List.copyOf(scopePersons);
        }
    }
}
