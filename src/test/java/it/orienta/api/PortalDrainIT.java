package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.portal.PortalFixtures;
import it.orienta.portal.PortalJobs;
import it.orienta.portalsim.PortalSimulator;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A queue of transfers drained against the simulator over real HTTP: every one delivered once and accepted by the
 * simulator's notice. Each transfer looks the person up, uploads a real PDF with its key and is accepted by the
 * simulator's notice. The speed target (1,000 transfers in less than 60 s) is measured by the benchmark
 * ({@code BENCH_MAIN=it.orienta.bench.DrainBench scripts/bench.sh}, docs/performance.md), not here: a wall-clock
 * assertion on a shared 2-core machine tests the machine.
 */
@OrientaAppTest
class PortalDrainIT {

    static final int TRANSFERS = 300;
    static final int PERSONS = 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PortalJobs jobs;

    @Autowired
    PortalSimulator simulator;

    @Test
    void drainsAQueueOfTransfersDeliveringEachOnce() {
        var api = Api.as(port, "coordinatore");
        var persons = new ArrayList<UUID>();
        for (int i = 0; i < PERSONS; i++) {
            var p = PortalFixtures.person(api, "Portalecoda");
            simulator.registerConfirmed(p.get("taxCode"), "Coda", "Portalecoda");
            persons.add(UUID.fromString(p.get("id")));
        }
        byte[] pdf = PortalFixtures.pdf("CV in coda");
        String sha = "0".repeat(64);
        var now = Timestamp.from(Instant.now());
        List<Object[]> cvs = new ArrayList<>();
        List<Object[]> transfers = new ArrayList<>();
        for (int i = 0; i < TRANSFERS; i++) {
            UUID person = persons.get(i % PERSONS);
            UUID cv = UUID.randomUUID();
            cvs.add(new Object[] {cv, person, pdf.length, sha, pdf, now});
            transfers.add(new Object[] {UUID.randomUUID(), person, cv, cv.toString(), now, now, now});
        }
        jdbc.batchUpdate("""
                insert into cv (id, person_id, origin, file_name, size_bytes, sha256, content, saved_at, saved_by,
                                centre_code, obsolete_from, is_current)
                values (?, ?, 'UPLOADED', 'cv.pdf', ?, ?, ?, ?, 'Bench', 'CPI-FI', current_date + 180, false)""", cvs);
        jdbc.batchUpdate("""
                insert into portal_transfer (id, person_id, cv_id, kind, state, idempotency_key, next_attempt_at,
                                             centre_code, requested_at, requested_by, updated_at)
                values (?, ?, ?, 'UPLOAD', 'REQUESTED', ?, ?, 'CPI-FI', ?, 'Bench', ?)""", transfers);
        assertThat(jobs.pending()).isGreaterThanOrEqualTo(TRANSFERS);

        long t0 = System.nanoTime();
        int attempted = jobs.drain();
        long drained = System.nanoTime();
        // a liveness bound, not the speed target
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from portal_transfer where requested_by = 'Bench' and state = 'ACCEPTED'",
                                Integer.class)
                        == TRANSFERS);
        long accepted = System.nanoTime();
        double drainSeconds = (drained - t0) / 1e9;
        double acceptedSeconds = (accepted - t0) / 1e9;
        System.out.printf(
                "PORTAL DRAIN: %d transfers attempted; delivered in %.1f s (%.0f/s), all accepted by notice in %.1f s%n",
                attempted, drainSeconds, TRANSFERS / drainSeconds, acceptedSeconds);
        assertThat(attempted).isGreaterThanOrEqualTo(TRANSFERS);
        assertThat(jdbc.queryForObject(
                        "select max(deliveries) from portalsim_cv where tax_code in (select tax_code from portalsim_person"
                                + " where last_name = 'Portalecoda')",
                        Integer.class))
                .isEqualTo(1);
    }
}
