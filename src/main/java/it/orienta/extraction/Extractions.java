package it.orienta.extraction;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The selective extraction of persons by their desired occupations: one row per person–occupation, person-level
 * data in person columns only (R13), streamed from a database cursor into the CSV or XLSX writer. Operators and
 * coordinators extract within the centre they work in, administrators across centres. Long extractions are jobs
 * in the database (ADR 0026) that any node writes ({@link ExtractionWorker}), reports and serves; each extraction
 * is audited with its filter, format and number of rows. A job is its centre's record: an operator working in
 * another centre is refused it ({@code access.other-centre}), and within the centre it is its requester's only.
 */
@Service
class Extractions {

    private final ExtractionQuery query;
    private final ExtractionWorker worker;
    private final ExtractionJobStore jobs;
    private final ExtractionFiles files;
    private final ExtractionProperties properties;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final CaseAccess access;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final Clock clock;

    Extractions(
            ExtractionQuery query,
            ExtractionWorker worker,
            ExtractionJobStore jobs,
            ExtractionFiles files,
            ExtractionProperties properties,
            CurrentActor current,
            ApplicationEventPublisher events,
            CaseAccess access,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.query = query;
        this.worker = worker;
        this.jobs = jobs;
        this.files = files;
        this.properties = properties;
        this.current = current;
        this.events = events;
        this.access = access;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
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
        Long rows = readOnly.execute(tx -> {
            try {
                return worker.write(filter, centre, format, out, locale, ExtractionWorker.Claim.none());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        audit(actor, UUID.randomUUID(), filter, format, rows == null ? 0 : rows);
        return rows == null ? 0 : rows;
    }

    /** Starts the extraction in the background; the job's file is the requester's to download for the retention. */
    public ExtractionJob start(ExtractionFilter filter, ExtractionWriter.Format format, Locale locale) {
        String centre = scope();
        var actor = current.actor();
        Long total = readOnly.execute(tx -> query.count(filter, centre, today()));
        Instant now = Instant.now(clock);
        var job = worker.submit(ExtractionJob.queued(
                UUID.randomUUID(),
                format,
                locale,
                filter,
                actor.operatorId(),
                actor.username(),
                centre,
                total == null ? 0 : total,
                now,
                now.plus(properties.retention())));
        audit(actor, job.id(), filter, format, job.total());
        return job;
    }

    /**
     * The current user's job, read from the table whichever node wrote it: not found when unknown or another user's;
     * refused ({@code access.other-centre}) to anybody not working in the centre it was extracted from.
     */
    public ExtractionJob job(UUID id) {
        var job = jobs.find(id).orElseThrow(() -> new NotFoundException("Extraction", id));
        if (job.centreCode() != null) {
            access.centre(job.centreCode());
        }
        if (!job.requestedBy().equals(current.actor().username())) {
            throw new NotFoundException("Extraction", id);
        }
        return job;
    }

    /** Copies a finished job's file (from the database) to {@code out}; the caller checked {@link #job}. */
    public void download(ExtractionJob job, OutputStream out) throws IOException {
        files.copy(job.id(), out);
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
        writing.executeWithoutResult(tx -> events.publishEvent(new ExtractionEvents.ExtractionRun(
                UUID.randomUUID(), actor, Instant.now(clock), id, filter.describe(), format.name(), rows)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(it.orienta.system.Rome.ZONE));
    }
}
