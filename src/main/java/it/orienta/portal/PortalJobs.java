package it.orienta.portal;

import it.orienta.cluster.NodeName;
import it.orienta.cv.CvFiles;
import it.orienta.person.PersonService;
import it.orienta.portal.Transfer.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The worker of the transfer outbox: claims the due transfers and removals ({@code for update skip locked}, a
 * lease so that a crash leaves them due again), delivers each to the portal or the CV search system, and records
 * the outcome through {@link TransferService}. Run by {@link PortalSchedule} every few seconds, or directly (tests,
 * the benchmark). Several instances may run at once, on one node or several: a row is delivered by one of them, and
 * {@code claimed_by} names the worker that made its last attempt.
 */
@Component
public class PortalJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PortalJobs.class);

    private final TransferStore store;
    private final TransferService transfers;
    private final PortalClient client;
    private final CvFiles cvs;
    private final PersonService persons;
    private final PortalProperties properties;
    private final Clock clock;
    private final ExecutorService pool;
    private final String worker;

    PortalJobs(
            TransferStore store,
            TransferService transfers,
            PortalClient client,
            CvFiles cvs,
            PersonService persons,
            PortalProperties properties,
            Clock clock,
            @Value("${orienta.node-name:}") String nodeName) {
        this.store = store;
        this.transfers = transfers;
        this.client = client;
        this.cvs = cvs;
        this.persons = persons;
        this.properties = properties;
        this.clock = clock;
        this.worker = NodeName.worker(nodeName);
        this.pool = Executors.newFixedThreadPool(
                Math.max(1, properties.parallelism()),
                Thread.ofPlatform().name("portal-", 1).daemon().factory());
    }

    /** Delivers one batch of due transfers; answers how many were attempted. */
    public int runOnce() {
        Instant now = Instant.now(clock);
        var claimed = store.claimDue(now, now.plus(properties.lease()), Math.max(1, properties.batchSize()), worker);
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Future<?>> running = new ArrayList<>();
        for (var row : claimed) {
            running.add(pool.submit(() -> deliver(row)));
        }
        for (var f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("Portal delivery failed unexpectedly", e.getCause());
            }
        }
        return claimed.size();
    }

    /** Runs batches until nothing is due; answers how many transfers were attempted. */
    public int drain() {
        int total = 0;
        for (int n = runOnce(); n > 0; n = runOnce()) {
            total += n;
        }
        return total;
    }

    /** Transfers waiting for delivery (requested or retrying). */
    public long pending() {
        return store.countPending();
    }

    void deliver(TransferStore.Row row) {
        var view = row.view();
        var actor = TransferService.workerActor(row.centreCode());
        Outcome outcome;
        try {
            outcome = row.kind() == TransferKind.UPLOAD ? upload(row) : remove(row);
        } catch (PortalClient.Unavailable e) {
            outcome = new Transfer.Unavailable(e.getMessage());
        } catch (PortalClient.Refused e) {
            outcome = new Transfer.Refused(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Transfer {} not delivered", view.id(), e);
            outcome = new Transfer.Unavailable("error: " + PortalClient.root(e));
        }
        transfers.recordAttempt(view.id(), outcome, actor);
    }

    private Outcome upload(TransferStore.Row row) {
        var view = row.view();
        var pdf = cvs.content(view.cvId());
        var cv = cvs.find(view.cvId());
        if (pdf.isEmpty() || cv.isEmpty()) {
            return new Transfer.Gone("portal.reason.cv-deleted");
        }
        var person = persons.view(view.personId());
        var actor = TransferService.workerActor(row.centreCode());
        var registration = client.lookUp(person.taxCode());
        if (registration.isEmpty()) {
            String channel = person.email() != null && !person.email().isBlank()
                    ? "EMAIL"
                    : person.mobilePhone() != null && !person.mobilePhone().isBlank() ? "SMS" : null;
            if (channel == null) {
                return new Transfer.Refused("portal.reason.no-contact");
            }
            var answer = client.preRegister(new PortalClient.PreRegistration(
                    person.taxCode(),
                    person.firstName(),
                    person.lastName(),
                    person.email(),
                    person.mobilePhone(),
                    channel));
            transfers.recordRegistration(view.personId(), state(answer), answer.channel(), actor);
        } else {
            transfers.recordRegistration(
                    view.personId(),
                    state(registration.get()),
                    registration.get().channel(),
                    actor);
        }
        var receipt =
                client.uploadCv(person.taxCode(), row.idempotencyKey(), cv.get().fileName(), pdf.get());
        return new Transfer.Delivered(receipt.status());
    }

    private static RegistrationState state(PortalClient.Registration registration) {
        return "CONFIRMED".equals(registration.status())
                ? RegistrationState.CONFIRMED
                : RegistrationState.PRE_REGISTERED;
    }

    private Outcome remove(TransferStore.Row row) {
        String key = row.idempotencyKey();
        String uploadKey = key.startsWith("remove:") ? key.substring("remove:".length()) : key;
        client.removeCv(uploadKey, key);
        return new Transfer.Delivered("REMOVED");
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
