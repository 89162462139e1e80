package it.orienta.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The transfer outbox's read model and the worker's claim, the registrations and the notices applied, in SQL (V24).
 * The transfers' state changes go through the aggregate ({@link Transfer}, {@link TransferRepository}); the claim
 * stays here because it must lock {@code for update skip locked} and write the lease in one statement, so that
 * several workers never take the same row and a crashed one leaves it due again.
 */
@Repository
class TransferStore {

    private static final String COLUMNS = """
            id, person_id, cv_id, kind, state, idempotency_key, attempts, next_attempt_at, reason, centre_code,
            requested_at, requested_by, updated_at, version""";

    private final JdbcClient jdbc;

    TransferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the outbox, with what the worker needs beside the view. */
    record Row(TransferView view, String idempotencyKey, String centreCode) {
        UUID id() {
            return view.id();
        }

        TransferState state() {
            return view.state();
        }

        TransferKind kind() {
            return view.kind();
        }
    }

    /** How many uploads of this CV exist (cancelled ones included): the next one's key differs. */
    int uploadsOf(UUID cvId) {
        return jdbc.sql("select count(*) from portal_transfer where cv_id = :cv and kind = 'UPLOAD'")
                .param("cv", cvId)
                .query(Integer.class)
                .single();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from portal_transfer where id = :id")
                .param("id", id)
                .query(TransferStore::row)
                .optional();
    }

    /** The live upload of a CV (any state but cancelled). */
    Optional<Row> liveUpload(UUID cvId) {
        return jdbc.sql("select " + COLUMNS
                        + " from portal_transfer where cv_id = :cv and kind = 'UPLOAD' and state <> 'CANCELLED'")
                .param("cv", cvId)
                .query(TransferStore::row)
                .optional();
    }

    List<TransferView> ofPerson(UUID personId) {
        return jdbc
                .sql("select " + COLUMNS
                        + " from portal_transfer where person_id = :person order by requested_at desc, id limit 100")
                .param("person", personId)
                .query(TransferStore::row)
                .list()
                .stream()
                .map(Row::view)
                .toList();
    }

    /**
     * Claims the due transfers: locks them skipping those another worker holds, and moves their next attempt past
     * the lease so that no other run takes them while they are delivered; a crash leaves them due again after it.
     */
    List<Row> claimDue(Instant now, Instant leaseUntil, int limit, String worker) {
        return jdbc.sql("""
                        with due as (
                            select id from portal_transfer
                             where state in ('REQUESTED', 'RETRYING') and next_attempt_at <= :now
                             order by next_attempt_at
                             limit :limit
                             for update skip locked)
                        update portal_transfer t set next_attempt_at = :lease, attempts = t.attempts + 1,
                                                     claimed_by = :worker
                          from due where t.id = due.id
                        returning t.id, t.person_id, t.cv_id, t.kind, t.state, t.idempotency_key, t.attempts,
                                  t.next_attempt_at, t.reason, t.centre_code, t.requested_at, t.requested_by,
                                  t.updated_at, t.version""")
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .param("worker", worker)
                .query(TransferStore::row)
                .list();
    }

    /** The failed and awaiting-confirmation uploads of a centre, newest first, for the home page. */
    List<TransferView> needingAttention(String centreCode, int limit) {
        return jdbc
                .sql("select " + COLUMNS + " from portal_transfer where centre_code = :centre and kind = 'UPLOAD'"
                        + " and state in ('FAILED', 'PRE_REGISTERED') order by updated_at desc limit :limit")
                .param("centre", centreCode)
                .param("limit", limit)
                .query(TransferStore::row)
                .list()
                .stream()
                .map(Row::view)
                .toList();
    }

    long countPending() {
        return jdbc.sql("select count(*) from portal_transfer where state in ('REQUESTED', 'RETRYING')")
                .query(Long.class)
                .single();
    }

    // --- registration

    RegistrationState registration(UUID personId) {
        return jdbc.sql("select state from portal_registration where person_id = :person")
                .param("person", personId)
                .query(String.class)
                .optional()
                .map(RegistrationState::valueOf)
                .orElse(RegistrationState.UNKNOWN);
    }

    /** Records the registration; answers whether it changed. */
    boolean recordRegistration(UUID personId, RegistrationState state, String channel, Instant now) {
        return jdbc.sql("""
                                insert into portal_registration (person_id, state, channel, updated_at)
                                values (:person, :state, :channel, :now)
                                on conflict (person_id) do update set state = excluded.state,
                                       channel = coalesce(excluded.channel, portal_registration.channel),
                                       updated_at = excluded.updated_at
                                 where portal_registration.state <> excluded.state""")
                        .param("person", personId)
                        .param("state", state.name())
                        .param("channel", channel)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Records a notice by its id; answers false when it was applied before. */
    boolean firstNotice(String noticeId, String type, Instant now) {
        return jdbc.sql("""
                                insert into portal_notice (notice_id, type, received_at) values (:id, :type, :now)
                                on conflict (notice_id) do nothing""")
                        .param("id", noticeId)
                        .param("type", type)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp next = rs.getTimestamp("next_attempt_at");
        var view = new TransferView(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("cv_id", UUID.class),
                TransferKind.valueOf(rs.getString("kind")),
                TransferState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                next == null ? null : next.toInstant(),
                rs.getString("reason"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("requested_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
        return new Row(view, rs.getString("idempotency_key"), rs.getString("centre_code"));
    }
}
