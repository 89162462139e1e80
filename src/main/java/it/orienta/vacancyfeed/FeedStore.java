package it.orienta.vacancyfeed;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The module's tables (V53, V54): each feed's cursor, the runs with their outcome, the items they rejected. */
@Component
class FeedStore {

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A feed's position: the (changedAt, id) of the last item handed to the sink. */
    record Cursor(FeedClient.Feed feed, Instant changedAt, String lastId, Instant updatedAt) {

        /** Whether an item at (changedAt, id) was handed over already (at or before the position). */
        boolean passed(Instant at, String id) {
            int c = at.compareTo(changedAt);
            return c < 0 || c == 0 && id.compareTo(lastId) <= 0;
        }
    }

    Optional<Cursor> cursor(FeedClient.Feed feed) {
        return jdbc.sql("select feed, changed_at, last_id, updated_at from vacancyfeed_cursor where feed = :feed")
                .param("feed", feed.name())
                .query((rs, n) -> new Cursor(
                        FeedClient.Feed.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    List<Cursor> cursors() {
        return java.util.Arrays.stream(FeedClient.Feed.values())
                .flatMap(f -> cursor(f).stream())
                .toList();
    }

    void saveCursor(FeedClient.Feed feed, Instant changedAt, String lastId, Instant now) {
        jdbc.sql("""
                        insert into vacancyfeed_cursor (feed, changed_at, last_id, updated_at)
                        values (:feed, :at, :id, :now)
                        on conflict (feed) do update set changed_at = excluded.changed_at, last_id = excluded.last_id,
                                                         updated_at = excluded.updated_at""")
                .param("feed", feed.name())
                .param("at", Timestamp.from(changedAt))
                .param("id", lastId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Forgets a feed's position: the next run reads it from the beginning (tests, an administrator's re-import). */
    void resetCursor(FeedClient.Feed feed) {
        jdbc.sql("delete from vacancyfeed_cursor where feed = :feed")
                .param("feed", feed.name())
                .update();
    }

    /**
     * Starts a run unless one is running (on any node): a run whose heartbeat is older than the lease is marked
     * ABANDONED first. Empty when another run holds the place.
     */
    Optional<UUID> start(String trigger, String node, Instant now, Duration lease) {
        jdbc.sql("""
                        update vacancyfeed_run set status = 'ABANDONED', finished_at = :now,
                               error_message = 'the node running it stopped beating'
                         where status = 'RUNNING' and heartbeat_at < :stale""")
                .param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(now.minus(lease)))
                .update();
        var id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into vacancyfeed_run (id, trigger, status, node, started_at, heartbeat_at)
                            values (:id, :trigger, 'RUNNING', :node, :now, :now)""")
                    .param("id", id)
                    .param("trigger", trigger)
                    .param("node", node)
                    .param("now", Timestamp.from(now))
                    .update();
            return Optional.of(id);
        } catch (DataIntegrityViolationException running) {
            return Optional.empty();
        }
    }

    /** Saves the run's counts so far (after each page) and beats its heartbeat. */
    void progress(UUID id, FeedImport.Tally tally, Instant now) {
        jdbc.sql("""
                        update vacancyfeed_run set heartbeat_at = :now, pages = :pages, employers_seen = :employers,
                               vacancies_seen = :vacancies, created = :created, updated = :updated,
                               unchanged = :unchanged, rejected = :rejected, errors = :errors
                         where id = :id""")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .param("pages", tally.pages)
                .param("employers", tally.employers)
                .param("vacancies", tally.vacancies)
                .param("created", tally.created)
                .param("updated", tally.updated)
                .param("unchanged", tally.unchanged)
                .param("rejected", tally.rejected)
                .param("errors", tally.errors)
                .update();
    }

    void finish(UUID id, FeedImport.Tally tally, String status, String error, Instant now, long durationMillis) {
        progress(id, tally, now);
        jdbc.sql("""
                        update vacancyfeed_run set status = :status, finished_at = :now, error_message = :error,
                               duration_ms = :duration
                         where id = :id""")
                .param("id", id)
                .param("status", status)
                .param("now", Timestamp.from(now))
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .param("duration", durationMillis)
                .update();
    }

    /** An item a run rejected for good, with why. */
    record Rejection(UUID run, FeedClient.Feed feed, String externalId, String reason, Instant at) {}

    void reject(UUID run, FeedClient.Feed feed, String externalId, String reason, Instant now) {
        String why = reason == null || reason.isBlank() ? "rejected" : reason;
        jdbc.sql("""
                        insert into vacancyfeed_rejection (id, run_id, feed, external_id, reason, rejected_at)
                        values (:id, :run, :feed, :external, :reason, :now)""")
                .param("id", UUID.randomUUID())
                .param("run", run)
                .param("feed", feed.name())
                .param("external", externalId)
                .param("reason", why.substring(0, Math.min(why.length(), 1000)))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The latest rejections, newest first. */
    List<Rejection> rejections(int limit) {
        return jdbc.sql("""
                        select run_id, feed, external_id, reason, rejected_at from vacancyfeed_rejection
                         order by rejected_at desc, external_id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Rejection(
                        rs.getObject(1, UUID.class),
                        FeedClient.Feed.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    List<FeedImport.Run> runs(int limit) {
        return jdbc.sql("""
                        select id, trigger, status, node, started_at, finished_at, pages, employers_seen,
                               vacancies_seen, created, updated, unchanged, rejected, errors, error_message, duration_ms
                          from vacancyfeed_run order by started_at desc limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> {
                    var finished = rs.getTimestamp("finished_at");
                    var duration = (Long) rs.getObject("duration_ms");
                    return new FeedImport.Run(
                            rs.getObject("id", UUID.class),
                            rs.getString("trigger"),
                            rs.getString("status"),
                            rs.getString("node"),
                            rs.getTimestamp("started_at").toInstant(),
                            finished == null ? null : finished.toInstant(),
                            rs.getInt("pages"),
                            rs.getInt("employers_seen"),
                            rs.getInt("vacancies_seen"),
                            rs.getInt("created"),
                            rs.getInt("updated"),
                            rs.getInt("unchanged"),
                            rs.getInt("rejected"),
                            rs.getInt("errors"),
                            rs.getString("error_message"),
                            duration);
                })
                .list();
    }
}
