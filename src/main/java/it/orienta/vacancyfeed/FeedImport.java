package it.orienta.vacancyfeed;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * An import run: employers, then vacancies, each read page by page from where its cursor stopped and handed item by
 * item to the {@link FeedSink}; the cursor is saved after each page, so a run stopped anywhere (a crash, the system
 * unavailable) resumes at that page and hands over again only what the sink may not have seen, which the sink
 * ignores (idempotent). One run at a time across the cluster; its outcome is kept (vacancyfeed_run).
 */
@Service
public class FeedImport {

    private static final Logger log = LoggerFactory.getLogger(FeedImport.class);

    /** What started a run. */
    public enum Trigger {
        STARTUP,
        SCHEDULE,
        ADMIN
    }

    /**
     * A run's outcome.
     *
     * @param status RUNNING, SUCCEEDED, FAILED (the system unavailable or the sink failing: the next run goes on from
     *     the cursor), ABANDONED (its node stopped)
     * @param durationMillis null while running
     */
    public record Run(
            UUID id,
            String trigger,
            String status,
            String node,
            Instant startedAt,
            Instant finishedAt,
            int pages,
            int employersSeen,
            int vacanciesSeen,
            int created,
            int updated,
            int unchanged,
            int rejected,
            int errors,
            String errorMessage,
            Long durationMillis) {}

    /** The counts of a run in progress. */
    static final class Tally {
        int pages;
        int employers;
        int vacancies;
        int created;
        int updated;
        int unchanged;
        int rejected;
        int errors;

        void count(FeedSink.Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected++;
            }
        }
    }

    private final FeedClient client;
    private final FeedStore store;
    private final ObjectProvider<FeedSink> sinks;
    private final Clock clock;
    private final FeedProperties properties;
    private final String node;

    FeedImport(
            FeedClient client,
            FeedStore store,
            ObjectProvider<FeedSink> sinks,
            Clock clock,
            FeedProperties properties,
            @Value("${orienta.node-name:}") String nodeName) {
        this.client = client;
        this.store = store;
        this.sinks = sinks;
        this.clock = clock;
        this.properties = properties;
        this.node = nodeName == null || nodeName.isBlank() ? hostName() : nodeName;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Whether a sink receives the items (the module that owns vacancies provides it). */
    public boolean hasSink() {
        return sinks.getIfAvailable() != null;
    }

    /**
     * Runs an import now: every page since the cursors, to the end of both feeds.
     *
     * @return the run's outcome; empty when there is no sink or another run is in progress
     */
    public Optional<Run> run(Trigger trigger) {
        var sink = sinks.getIfAvailable();
        if (sink == null) {
            log.info("Vacancy feed: no sink to hand the items to, import skipped");
            return Optional.empty();
        }
        Instant started = Instant.now(clock);
        var id = store.start(trigger.name(), node, started, properties.lease());
        if (id.isEmpty()) {
            log.info("Vacancy feed: another import is running, this one skipped");
            return Optional.empty();
        }
        var tally = new Tally();
        String status = "SUCCEEDED";
        String error = null;
        try {
            pass(
                    id.get(),
                    FeedClient.Feed.EMPLOYERS,
                    tally,
                    FeedClient::employer,
                    sink::acceptEmployers,
                    e -> new Position(e.changedAt(), e.externalId()));
            pass(
                    id.get(),
                    FeedClient.Feed.VACANCIES,
                    tally,
                    FeedClient::vacancy,
                    sink::acceptVacancies,
                    v -> new Position(v.changedAt(), v.externalId()));
        } catch (FeedClient.Unavailable | FeedClient.Refused e) {
            status = "FAILED";
            error = "regional system: " + e.getMessage();
            tally.errors++;
        } catch (SinkFailed e) {
            status = "FAILED";
            error = e.getMessage();
            tally.errors++;
        }
        Instant finished = Instant.now(clock);
        long millis = java.time.Duration.between(started, finished).toMillis();
        store.finish(id.get(), tally, status, error, finished, millis);
        log.info(
                "Vacancy feed: import {} in {} ms, {} pages, {} employers and {} vacancies seen, {} created, {} updated,"
                        + " {} unchanged, {} rejected{}",
                status,
                millis,
                tally.pages,
                tally.employers,
                tally.vacancies,
                tally.created,
                tally.updated,
                tally.unchanged,
                tally.rejected,
                error == null ? "" : ": " + error);
        return store.runs(20).stream().filter(r -> r.id().equals(id.get())).findFirst();
    }

    private record Position(Instant changedAt, String id) {}

    /** The sink threw: the feed stops at the item, its cursor before it. */
    static final class SinkFailed extends RuntimeException {
        SinkFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private <T> void pass(
            UUID run,
            FeedClient.Feed feed,
            Tally tally,
            Function<JsonNode, T> map,
            Function<List<T>, FeedSink.PageResult> accept,
            Function<T, Position> seen) {
        var cursor = store.cursor(feed).orElse(null);
        String next = null;
        boolean first = true;
        while (first || next != null) {
            var page = client.page(feed, cursor == null ? null : cursor.changedAt(), first ? null : next);
            first = false;
            tally.pages++;
            var items = new java.util.ArrayList<T>(page.items().size());
            var positions = new java.util.ArrayList<Position>(page.items().size());
            for (var json : page.items()) {
                T item = map.apply(json);
                var position = seen.apply(item);
                if (cursor != null && cursor.passed(position.changedAt(), position.id())) {
                    continue; // handed over before the run that stopped saved its cursor
                }
                items.add(item);
                positions.add(position);
            }
            if (items.isEmpty()) {
                next = page.nextCursor();
                continue;
            }
            FeedSink.PageResult result;
            try {
                result = accept.apply(items);
            } catch (RuntimeException e) {
                result = new FeedSink.PageResult(List.of(), e);
            }
            var results = result.results();
            Instant now = Instant.now(clock);
            for (int i = 0; i < results.size(); i++) {
                if (feed == FeedClient.Feed.EMPLOYERS) {
                    tally.employers++;
                } else {
                    tally.vacancies++;
                }
                var r = results.get(i);
                tally.count(r.outcome());
                if (r.outcome() == FeedSink.Outcome.REJECTED) {
                    log.info(
                            "Vacancy feed: {} {} rejected: {}",
                            feed,
                            positions.get(i).id(),
                            r.reason());
                    store.reject(run, feed, positions.get(i).id(), r.reason(), now);
                }
            }
            // what was handed over is kept, even when the sink failed part-way through the page
            if (!results.isEmpty()) {
                var reached = positions.get(results.size() - 1);
                store.saveCursor(feed, reached.changedAt(), reached.id(), now);
                store.progress(run, tally, now);
            }
            if (result.stoppedBy() != null) {
                if (feed == FeedClient.Feed.EMPLOYERS) {
                    tally.employers++;
                } else {
                    tally.vacancies++;
                }
                var at = positions.get(Math.min(results.size(), positions.size() - 1));
                throw new SinkFailed(
                        "sink failed on " + feed.name().toLowerCase(java.util.Locale.ROOT) + " " + at.id() + ": "
                                + FeedClient.root(result.stoppedBy()),
                        result.stoppedBy());
            }
            next = page.nextCursor();
        }
    }

    /** The latest runs, newest first. */
    public List<Run> runs(int limit) {
        return store.runs(limit);
    }
}
