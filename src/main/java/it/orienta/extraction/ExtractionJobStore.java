package it.orienta.extraction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The job table (V44) in SQL: the request, the claim ({@code for update skip locked} with a lease, as the portal's
 * outbox, ADR 0016), the heartbeat, the end. Every statement that moves a job names the state it leaves (and a
 * worker's the claim it holds), so a statement run by two nodes at once moves the job once, and a worker that lost
 * its lease changes nothing. The rules these {@code where} clauses apply are {@link ExtractionJob}'s.
 */
@Repository
class ExtractionJobStore {

    private static final String COLUMNS = """
            id, state, format, locale, profession_code, sep_sector, municipality_code, from_work, from_education,
            from_training, cv_state, requested_by_id, requested_by, centre_code, total, written, attempts, claimed_by,
            lease_until, failure_reason, file_size, created_at, started_at, finished_at, expires_at""";

    private final JdbcClient jdbc;

    ExtractionJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new job, queued or already taken by the node it was asked on. */
    void insert(ExtractionJob job) {
        var f = job.filter();
        jdbc.sql("""
                        insert into extraction_job (id, state, format, locale, profession_code, sep_sector,
                               municipality_code, from_work, from_education, from_training, cv_state, requested_by_id,
                               requested_by, centre_code, total, written, attempts, claimed_by, lease_until,
                               created_at, started_at, expires_at)
                        values (:id, :state, :format, :locale, :profession, :sep, :municipality, :work, :education,
                               :training, :cv, :byId, :by, :centre, :total, 0, :attempts, :node, :lease, :created,
                               :started, :expires)""")
                .param("id", job.id())
                .param("state", job.state().name())
                .param("format", job.format().name())
                .param("locale", job.locale().toLanguageTag())
                .param("profession", f.professionCode())
                .param("sep", f.sepSector())
                .param("municipality", f.municipalityCode())
                .param("work", f.fromWork())
                .param("education", f.fromEducation())
                .param("training", f.fromTraining())
                .param("cv", f.cv().name())
                .param("byId", job.requestedById())
                .param("by", job.requestedBy())
                .param("centre", job.centreCode())
                .param("total", job.total())
                .param("attempts", job.attempts())
                .param("node", job.claimedBy())
                .param("lease", timestamp(job.leaseUntil()))
                .param("created", Timestamp.from(job.createdAt()))
                .param("started", timestamp(job.startedAt()))
                .param("expires", Timestamp.from(job.expiresAt()))
                .update();
    }

    Optional<ExtractionJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from extraction_job where id = :id")
                .param("id", id)
                .query(ExtractionJobStore::row)
                .optional();
    }

    /**
     * Takes the oldest claimable job ({@link ExtractionJob#claimable}) for {@code node}, skipping those another node
     * is locking: running from scratch (nothing written), one attempt more, leased until {@code leaseUntil}.
     */
    Optional<ExtractionJob> claim(String node, Instant now, Instant leaseUntil, int maxAttempts) {
        return jdbc.sql("""
                        with next as (
                            select id from extraction_job
                             where state = 'QUEUED'
                                or (state = 'RUNNING' and lease_until < :now and attempts < :max)
                             order by created_at, id
                             limit 1
                             for update skip locked)
                        update extraction_job j
                           set state = 'RUNNING', claimed_by = :node, lease_until = :lease, attempts = j.attempts + 1,
                               written = 0, started_at = :now
                          from next where j.id = next.id
                        returning j.id, j.state, j.format, j.locale, j.profession_code, j.sep_sector,
                                  j.municipality_code, j.from_work, j.from_education, j.from_training, j.cv_state,
                                  j.requested_by_id, j.requested_by, j.centre_code, j.total, j.written, j.attempts,
                                  j.claimed_by, j.lease_until, j.failure_reason, j.file_size, j.created_at,
                                  j.started_at, j.finished_at, j.expires_at""")
                .param("node", node)
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(leaseUntil))
                .param("max", maxAttempts)
                .query(ExtractionJobStore::row)
                .optional();
    }

    /**
     * Fails the jobs whose node stopped once too often ({@link ExtractionJob#abandoned}) with the reason
     * {@link ExtractionJob#INTERRUPTED}; answers how many.
     */
    int failAbandoned(Instant now, int maxAttempts, Instant expiresAt) {
        return jdbc.sql("""
                        update extraction_job
                           set state = 'FAILED', failure_reason = :reason, finished_at = :now, expires_at = :expires,
                               claimed_by = null, lease_until = null
                         where state = 'RUNNING' and lease_until < :now and attempts >= :max""")
                .param("reason", ExtractionJob.INTERRUPTED)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt))
                .param("max", maxAttempts)
                .update();
    }

    /** The worker's heartbeat: its progress and a longer lease, if it still holds the job; answers whether it does. */
    boolean heartbeat(UUID id, String node, int attempt, long written, Instant leaseUntil) {
        return jdbc.sql("""
                        update extraction_job set written = :written, lease_until = :lease
                         where id = :id and state = 'RUNNING' and claimed_by = :node and attempts = :attempt""")
                        .param("id", id)
                        .param("node", node)
                        .param("attempt", attempt)
                        .param("written", written)
                        .param("lease", Timestamp.from(leaseUntil))
                        .update()
                == 1;
    }

    /** Marks the job DONE if {@code node} still holds it; call in the transaction that saves the file. */
    boolean done(UUID id, String node, int attempt, long written, long size, Instant now, Instant expiresAt) {
        return jdbc.sql("""
                        update extraction_job
                           set state = 'DONE', written = :written, file_size = :size, finished_at = :now,
                               expires_at = :expires, claimed_by = null, lease_until = null
                         where id = :id and state = 'RUNNING' and claimed_by = :node and attempts = :attempt""")
                        .param("id", id)
                        .param("node", node)
                        .param("attempt", attempt)
                        .param("written", written)
                        .param("size", size)
                        .param("now", Timestamp.from(now))
                        .param("expires", Timestamp.from(expiresAt))
                        .update()
                == 1;
    }

    /** Marks the job FAILED with {@code reason} if {@code node} still holds it. */
    boolean failed(UUID id, String node, int attempt, String reason, Instant now, Instant expiresAt) {
        return jdbc.sql("""
                        update extraction_job
                           set state = 'FAILED', failure_reason = :reason, finished_at = :now, expires_at = :expires,
                               claimed_by = null, lease_until = null
                         where id = :id and state = 'RUNNING' and claimed_by = :node and attempts = :attempt""")
                        .param("id", id)
                        .param("node", node)
                        .param("attempt", attempt)
                        .param("reason", reason)
                        .param("now", Timestamp.from(now))
                        .param("expires", Timestamp.from(expiresAt))
                        .update()
                == 1;
    }

    /** Gives a job back to the queue (its node is stopping) if {@code node} still holds it, the attempt unspent. */
    boolean release(UUID id, String node, int attempt) {
        return jdbc.sql("""
                        update extraction_job
                           set state = 'QUEUED', claimed_by = null, lease_until = null, written = 0,
                               attempts = attempts - 1
                         where id = :id and state = 'RUNNING' and claimed_by = :node and attempts = :attempt""")
                        .param("id", id)
                        .param("node", node)
                        .param("attempt", attempt)
                        .update()
                == 1;
    }

    /**
     * Marks EXPIRED the finished jobs past their retention ({@link ExtractionJob#expired}) and answers their ids, so
     * the caller deletes their files in the same transaction. Run by two nodes at once, each job goes to one: the
     * second skips the rows the first has locked, and finds them EXPIRED once the first commits.
     */
    List<UUID> expire(Instant now, int limit) {
        return jdbc.sql("""
                        with old as (
                            select id from extraction_job
                             where state in ('DONE', 'FAILED') and expires_at <= :now
                             order by expires_at
                             limit :limit
                             for update skip locked)
                        update extraction_job j set state = 'EXPIRED', file_size = null
                          from old where j.id = old.id
                        returning j.id""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** Deletes up to {@code limit} expired jobs whose file went before {@code before}; answers how many. */
    int forget(Instant before, int limit) {
        return jdbc.sql("""
                        delete from extraction_job
                         where id in (select id from extraction_job
                                       where state = 'EXPIRED' and expires_at <= :before
                                       order by expires_at
                                       limit :limit
                                       for update skip locked)""")
                .param("before", Timestamp.from(before))
                .param("limit", limit)
                .update();
    }

    static ExtractionJob row(ResultSet rs, int n) throws SQLException {
        var filter = new ExtractionFilter(
                rs.getString("profession_code"),
                rs.getObject("sep_sector", Integer.class),
                rs.getString("municipality_code"),
                rs.getBoolean("from_work"),
                rs.getBoolean("from_education"),
                rs.getBoolean("from_training"),
                ExtractionFilter.CvState.valueOf(rs.getString("cv_state")));
        return new ExtractionJob(
                rs.getObject("id", UUID.class),
                ExtractionJob.State.valueOf(rs.getString("state")),
                ExtractionWriter.Format.valueOf(rs.getString("format")),
                Locale.forLanguageTag(rs.getString("locale")),
                filter,
                rs.getObject("requested_by_id", UUID.class),
                rs.getString("requested_by"),
                rs.getString("centre_code"),
                rs.getLong("total"),
                rs.getLong("written"),
                rs.getInt("attempts"),
                rs.getString("claimed_by"),
                instant(rs, "lease_until"),
                rs.getString("failure_reason"),
                rs.getObject("file_size", Long.class),
                instant(rs, "created_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                instant(rs, "expires_at"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
