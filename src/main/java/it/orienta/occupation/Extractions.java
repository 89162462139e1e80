package it.orienta.occupation;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The selective extraction of persons by their desired occupations: one row per person–occupation, person-level
 * data in person columns only (R13), streamed from a database cursor into the CSV or XLSX writer. Operators and
 * coordinators extract within the centre they work in, administrators across centres. Long extractions run in the
 * background (one small pool) into a temporary file the page polls for, then downloads; each extraction is audited
 * with its filter, format and number of rows. A job is its centre's record: an operator working in another centre
 * is refused it ({@code access.other-centre}), and within the centre it is its requester's only.
 */
@Service
class Extractions implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Extractions.class);
    static final Duration KEEP = Duration.ofHours(1);

    private final ExtractionQuery query;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final CaseAccess access;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final Clock clock;
    private final ExecutorService pool = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("extraction-", 0).daemon(true).factory());
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    Extractions(
            ExtractionQuery query,
            CurrentActor current,
            ApplicationEventPublisher events,
            MessageSource messages,
            CaseAccess access,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.query = query;
        this.current = current;
        this.events = events;
        this.messages = messages;
        this.access = access;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * An extraction in the background: who started it and in which centre ({@code null}: an administrator's, across
     * centres), how far it is, and its file once done.
     */
    public record Job(
            UUID id,
            String owner,
            String centreCode,
            ExtractionWriter.Format format,
            long total,
            AtomicLong written,
            Instant startedAt,
            State[] state,
            Path file) {

        public enum State {
            RUNNING,
            DONE,
            FAILED
        }

        public State current() {
            return state[0];
        }

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, written.get() * 100 / total);
        }

        public String fileName() {
            return "estrazione-professioni." + format.extension;
        }
    }

    /** How many rows the filter takes now, within the user's scope. */
    @Transactional(readOnly = true)
    public long count(ExtractionFilter filter) {
        return query.count(filter, scope(), today());
    }

    /** Streams the extraction straight to {@code out} (the API's synchronous download); returns the rows written. */
    public long write(ExtractionFilter filter, ExtractionWriter.Format format, OutputStream out, Locale locale) {
        String centre = scope();
        var actor = current.actor();
        long rows = readOnly.execute(tx -> {
            try {
                return stream(filter, centre, format, out, locale, new AtomicLong());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        audit(actor, UUID.randomUUID(), filter, format, rows);
        return rows;
    }

    /** Starts the extraction in the background; the job's file is the owner's to download for an hour. */
    public Job start(ExtractionFilter filter, ExtractionWriter.Format format, Locale locale) {
        String centre = scope();
        var actor = current.actor();
        long total = readOnly.execute(tx -> query.count(filter, centre, today()));
        purge();
        Path file;
        try {
            file = Files.createTempFile("orienta-extraction-", "." + format.extension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var job = new Job(
                UUID.randomUUID(),
                actor.username(),
                centre,
                format,
                total,
                new AtomicLong(),
                Instant.now(clock),
                new Job.State[] {Job.State.RUNNING},
                file);
        jobs.put(job.id(), job);
        audit(actor, job.id(), filter, format, total);
        pool.submit(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                readOnly.execute(tx -> {
                    try {
                        return stream(filter, centre, format, out, locale, job.written());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                job.state()[0] = Job.State.DONE;
            } catch (RuntimeException | IOException e) {
                log.warn("Extraction {} failed", job.id(), e);
                job.state()[0] = Job.State.FAILED;
            }
        });
        return job;
    }

    /**
     * The current user's job: not found when unknown or another user's; refused ({@code access.other-centre}) to
     * anybody not working in the centre it was extracted from.
     */
    public Job job(UUID id) {
        var job = jobs.get(id);
        if (job == null) {
            throw new NotFoundException("Extraction", id);
        }
        if (job.centreCode() != null) {
            access.centre(job.centreCode());
        }
        if (!job.owner().equals(current.actor().username())) {
            throw new NotFoundException("Extraction", id);
        }
        return job;
    }

    private long stream(
            ExtractionFilter filter,
            String centre,
            ExtractionWriter.Format format,
            OutputStream out,
            Locale locale,
            AtomicLong written)
            throws IOException {
        var header = ExtractionQuery.COLUMNS.stream()
                .map(c -> messages.getMessage("occupation.extraction.column." + c, null, c, locale))
                .toList();
        try (var writer = format.open(out, header)) {
            query.stream(filter, centre, today(), rs -> {
                try {
                    writer.row(ExtractionQuery.values(rs));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.incrementAndGet();
            });
        }
        return written.get();
    }

    /** Operators and coordinators: their current centre; administrators without a centre: every centre. */
    private String scope() {
        var actor = current.actor();
        if (actor.centreCode() != null) {
            return actor.centreCode();
        }
        if (current.has(Role.ADMIN)) {
            return null;
        }
        throw new RuleViolationException("occupation.centre.required", null);
    }

    private void audit(Actor actor, UUID id, ExtractionFilter filter, ExtractionWriter.Format format, long rows) {
        // the audit log hears events committed with a transaction
        writing.executeWithoutResult(tx -> events.publishEvent(new OccupationEvents.ExtractionRun(
                UUID.randomUUID(), actor, Instant.now(clock), id, filter.describe(), format.name(), rows)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(it.orienta.system.Rome.ZONE));
    }

    /** Forgets the jobs (and deletes the files) older than {@link #KEEP}. */
    private void purge() {
        Instant limit = Instant.now(clock).minus(KEEP);
        for (var job : List.copyOf(jobs.values())) {
            if (job.startedAt().isBefore(limit) && job.current() != Job.State.RUNNING) {
                jobs.remove(job.id());
                try {
                    Files.deleteIfExists(job.file());
                } catch (IOException e) {
                    log.debug("Could not delete {}", job.file(), e);
                }
            }
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
        for (var job : jobs.values()) {
            try {
                Files.deleteIfExists(job.file());
            } catch (IOException e) {
                log.debug("Could not delete {}", job.file(), e);
            }
        }
    }
}
