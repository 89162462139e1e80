package it.orienta.extraction;

import it.orienta.cluster.NodeName;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The extraction worker every node runs (ADR 0026): claims a queued job, or a running one whose node stopped
 * renewing its lease ({@link ExtractionJobStore#claim}), writes it from scratch into a scratch file of this node
 * while a heartbeat writes its progress and renews the lease, then saves the file and marks the job DONE in one
 * transaction — only if it still holds the job. A worker that lost its lease (another node took the job) stops at
 * the next row and writes nothing. A job taken {@code max-attempts} times whose node stopped fails with the reason
 * {@link ExtractionJob#INTERRUPTED}; none stays RUNNING. Told to stop, a node gives its jobs back to the queue.
 */
@Component
class ExtractionWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExtractionWorker.class);

    /** Rows between two looks at the test-only pause ({@code pause-per-batch}). */
    static final int BATCH = 100;

    private final ExtractionJobStore store;
    private final ExtractionFiles files;
    private final ExtractionQuery query;
    private final MessageSource messages;
    private final ExtractionProperties properties;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final Clock clock;
    private final String node;
    private final ExecutorService pool;
    private final ScheduledExecutorService heartbeats;
    private final Semaphore slots;
    private final AtomicInteger active = new AtomicInteger();
    private volatile boolean stopping;

    ExtractionWorker(
            ExtractionJobStore store,
            ExtractionFiles files,
            ExtractionQuery query,
            MessageSource messages,
            ExtractionProperties properties,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${orienta.node-name:}") String nodeName) {
        this.store = store;
        this.files = files;
        this.query = query;
        this.messages = messages;
        this.properties = properties;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
        this.node = NodeName.worker(nodeName);
        int parallelism = Math.max(1, properties.parallelism());
        this.slots = new Semaphore(parallelism);
        this.pool = Executors.newFixedThreadPool(
                parallelism,
                Thread.ofPlatform().name("extraction-", 0).daemon(true).factory());
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("extraction-heartbeat").daemon(true).factory());
    }

    /** This node's name in {@code claimed_by}. */
    String node() {
        return node;
    }

    /** Jobs this node is writing now. */
    int active() {
        return active.get();
    }

    /**
     * Fails the jobs abandoned once too often, then takes claimable jobs while this node has a free slot; answers
     * how many it took.
     */
    int poll() {
        if (stopping) {
            return 0;
        }
        Instant now = Instant.now(clock);
        int failed = store.failAbandoned(now, properties.maxAttempts(), now.plus(properties.retention()));
        if (failed > 0) {
            log.warn("{} extraction(s) failed: their node stopped {} times", failed, properties.maxAttempts());
        }
        int taken = 0;
        while (!stopping && slots.tryAcquire()) {
            Optional<ExtractionJob> claimed;
            try {
                claimed = store.claim(node, now, now.plus(properties.lease()), properties.maxAttempts());
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                slots.release();
                break;
            }
            execute(claimed.get());
            taken++;
        }
        return taken;
    }

    /** Runs a job this node holds on the pool; its slot is released when it ends. */
    private void execute(ExtractionJob job) {
        active.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    run(job);
                } finally {
                    active.decrementAndGet();
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            // the pool is shut down: the job's lease expires and another node takes it
            active.decrementAndGet();
            slots.release();
            log.warn("Extraction {} not started here: {}", job.id(), e.toString());
        }
    }

    /**
     * Saves a new job: taken by this node at once when it has a free slot (no other node can race for it), else
     * queued for the first worker free.
     */
    ExtractionJob submit(ExtractionJob queued) {
        if (stopping || !properties.scheduling().enabled() || !slots.tryAcquire()) {
            store.insert(queued);
            return queued;
        }
        Instant now = Instant.now(clock);
        var job = queued.claimedBy(node, now, now.plus(properties.lease()), properties.maxAttempts());
        try {
            store.insert(job);
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        execute(job);
        return job;
    }

    /** Marks EXPIRED the finished jobs past their retention and deletes their files; answers how many. */
    int cleanUp() {
        Instant now = Instant.now(clock);
        Integer expired = writing.execute(tx -> {
            var ids = store.expire(now, 500);
            files.delete(ids);
            store.forget(now.minus(properties.history()), 500);
            return ids.size();
        });
        return expired == null ? 0 : expired;
    }

    /** Writes a job this node claimed (attempt {@code job.attempts()}); see the class comment. */
    void run(ExtractionJob job) {
        var claim = new Claim(job.id(), job.attempts());
        long every = Math.max(
                10,
                Math.min(properties.heartbeat().toMillis(), properties.lease().toMillis() / 3));
        var beat = heartbeats.scheduleWithFixedDelay(() -> beat(claim), every, every, TimeUnit.MILLISECONDS);
        Path scratch = null;
        try {
            scratch = Files.createTempFile("orienta-extraction-", "." + job.format().extension);
            try (OutputStream out = Files.newOutputStream(scratch)) {
                Path written = scratch;
                readOnly.executeWithoutResult(tx -> {
                    try {
                        write(job.filter(), job.centreCode(), job.format(), out, job.locale(), claim);
                    } catch (IOException e) {
                        throw new UncheckedIOException("writing " + written, e);
                    }
                });
            }
            beat.cancel(false);
            long size = Files.size(scratch);
            Path file = scratch;
            Instant now = Instant.now(clock);
            Boolean done = writing.execute(tx -> {
                if (!store.done(
                        job.id(),
                        node,
                        claim.attempt,
                        claim.written.get(),
                        size,
                        now,
                        now.plus(properties.retention()))) {
                    return false;
                }
                try {
                    files.save(job.id(), file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return true;
            });
            if (!Boolean.TRUE.equals(done)) {
                log.info("Extraction {}: another node holds it now, its file is not saved", job.id());
            }
        } catch (LeaseLost e) {
            log.info("Extraction {}: lease lost after {} rows, stopped", job.id(), claim.written.get());
        } catch (Stopping e) {
            release(job, claim);
        } catch (RuntimeException | IOException e) {
            if (stopping) {
                release(job, claim);
            } else {
                log.warn("Extraction {} failed", job.id(), e);
                Instant now = Instant.now(clock);
                store.failed(job.id(), node, claim.attempt, ExtractionJob.ERROR, now, now.plus(properties.retention()));
            }
        } finally {
            beat.cancel(false);
            if (scratch != null) {
                try {
                    Files.deleteIfExists(scratch);
                } catch (IOException e) {
                    log.debug("Could not delete {}", scratch, e);
                }
            }
        }
    }

    /**
     * Streams an extraction to {@code out} (the header in {@code locale}), counting rows in {@code claim}; a claim
     * found lost, or the node stopping, ends it at the next row. Call in a (read-only) transaction.
     */
    long write(
            ExtractionFilter filter,
            String centre,
            ExtractionWriter.Format format,
            OutputStream out,
            Locale locale,
            Claim claim)
            throws IOException {
        var header = ExtractionQuery.COLUMNS.stream()
                .map(c -> messages.getMessage("occupation.extraction.column." + c, null, c, locale))
                .toList();
        long pause = properties.pausePerBatch().toMillis();
        try (var writer = format.open(out, header)) {
            query.stream(filter, centre, today(), rs -> {
                if (claim.lost) {
                    throw new LeaseLost();
                }
                if (stopping && claim.id != null) {
                    throw new Stopping();
                }
                try {
                    writer.row(ExtractionQuery.values(rs));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (claim.written.incrementAndGet() % BATCH == 0 && pause > 0 && claim.id != null) {
                    sleep(pause);
                }
            });
        }
        return claim.written.get();
    }

    private void beat(Claim claim) {
        try {
            Instant now = Instant.now(clock);
            if (!store.heartbeat(claim.id, node, claim.attempt, claim.written.get(), now.plus(properties.lease()))) {
                claim.lost = true;
            }
        } catch (RuntimeException e) {
            // the database is away: keep writing; the final save holds only if this node still holds the job
            log.warn("Extraction {}: heartbeat failed", claim.id, e);
        }
    }

    /** A job left by a node told to stop goes back to the queue at once, without spending an attempt. */
    private void release(ExtractionJob job, Claim claim) {
        try {
            if (store.release(job.id(), node, claim.attempt)) {
                log.info("Extraction {} given back to the queue: this node is stopping", job.id());
            }
        } catch (RuntimeException e) {
            log.warn("Extraction {} not given back (its lease will expire): {}", job.id(), e.toString());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(it.orienta.system.Rome.ZONE));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopping();
        }
    }

    @Override
    public void destroy() {
        stopping = true;
        pool.shutdown();
        try {
            if (!pool.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        heartbeats.shutdownNow();
    }

    /** The job a worker holds: which attempt, how many rows so far, and whether it lost the job. */
    static final class Claim {
        final UUID id;
        final int attempt;
        final AtomicLong written = new AtomicLong();
        volatile boolean lost;

        Claim(UUID id, int attempt) {
            this.id = id;
            this.attempt = attempt;
        }

        /** A synchronous extraction's counter: no job, never lost. */
        static Claim none() {
            return new Claim(null, 0);
        }
    }

    /** The worker's job was taken by another node: stop, write nothing. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super(null, null, false, false);
        }
    }

    /** This node is stopping: stop, give the job back. */
    static final class Stopping extends RuntimeException {
        Stopping() {
            super(null, null, false, false);
        }
    }
}
