package it.orienta.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12, proofs 3 and 4 for the portal (ADR 0016, ADR 0023): two processes of the jar on one PostgreSQL, both
 * with the transfer outbox's worker running, deliver 1,000 queued CV transfers to the regional portal's simulator
 * (each node calls the simulator on its own port; both write the simulator's tables, which count every request per
 * {@code Idempotency-Key}). Each transfer reaches the portal exactly once, is accepted, and both nodes took part.
 * Then node A is killed ({@code kill -9}) in the middle of 1,000 more: node B finishes once A's leases expire,
 * nothing is lost, and the only requests the portal sees twice are of the transfers A held when it died, under the
 * same key, which the portal stores once; a transfer whose upload reached the portal just before A died is completed
 * by the portal's notice instead.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransfersExactlyOnceIT {

    static final int TRANSFERS = 1_000;
    static final int PERSONS = 50;
    static final Duration LEASE = Duration.ofSeconds(8);

    static ClusterNodes cluster;
    static ClusterNodes.Node a;
    static ClusterNodes.Node b;
    static List<UUID> persons;

    @BeforeAll
    static void start() {
        cluster = ClusterNodes.database("TransfersExactlyOnceIT")
                .with("orienta.portalsim.enabled", "true")
                .with("orienta.portal.scheduling.interval", "PT0.2S")
                .with("orienta.portal.lease", "PT" + LEASE.toSeconds() + "S")
                .with("orienta.portal.batch-size", "20")
                .with("orienta.portalsim.notice-retry-interval", "PT1S");
        a = cluster.launch("A");
        b = cluster.launch("B");
        a.awaitReady(Duration.ofSeconds(240));
        b.awaitReady(Duration.ofSeconds(240));
        persons = persons(cluster.jdbc());
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aThousandTransfersOnTwoNodesReachThePortalEachExactlyOnce() {
        var started = Instant.now();
        var keys = queue(cluster.jdbc(), "both");

        awaitAllAccepted("both", Duration.ofSeconds(180));
        var took = Duration.between(started, Instant.now());

        var deliveries = deliveries(keys);
        assertThat(deliveries).as("one CV stored by the portal per transfer").hasSize(TRANSFERS);
        assertThat(deliveries.entrySet())
                .as("requests the portal received per transfer")
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo(1));
        var byNode = byNode("both");
        assertThat(byNode.keySet()).as("both nodes' workers delivered a share").containsExactlyInAnyOrder("A", "B");
        System.out.printf(
                "[TransfersExactlyOnceIT] %d transfers on two nodes: all accepted in %d ms, by node %s%n",
                TRANSFERS, took.toMillis(), byNode);
    }

    @Test
    @Order(2)
    void nodeAKilledInTheMiddleNodeBFinishesNothingLostAndOnlyRecognisableRepeats() {
        var jdbc = cluster.jdbc();
        var started = Instant.now();
        var keys = queue(jdbc, "kill");

        // in the middle: some delivered, and A holding leases (work in flight) at the moment it dies
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> count("state in ('SENT', 'ACCEPTED')", "kill") >= TRANSFERS / 4
                        && count(HELD + " and claimed_by like 'A/%'", "kill") > 0);
        a.kill();
        var killedAt = Instant.now();
        assertThat(a.alive()).isFalse();
        var heldByA = Set.copyOf(jdbc.queryForList(
                "select idempotency_key from portal_transfer where requested_by = 'kill' and " + HELD
                        + " and claimed_by like 'A/%'",
                String.class));
        int deliveredWhenKilled = count("state in ('SENT', 'ACCEPTED')", "kill");

        // B finishes, A's leases included once they expire
        awaitAllAccepted("kill", Duration.ofSeconds(180));
        var took = Duration.between(started, Instant.now());

        var deliveries = deliveries(keys);
        assertThat(deliveries)
                .as("one CV stored by the portal per transfer: nothing lost, nothing twice")
                .hasSize(TRANSFERS);
        var repeats = deliveries.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(deliveries.values()).allSatisfy(n -> assertThat(n).isBetween(1, 2));
        // a repeat is only ever a transfer A held when it died, sent again by B under the same key
        assertThat(heldByA).isNotEmpty();
        assertThat(repeats).allMatch(heldByA::contains);
        // each transfer A held was finished either by B, which claimed it again once A's lease expired and sent it
        // under the same key, or by the portal's notice, when A's upload had reached the portal before A died and
        // only its recording was lost (the notice is sent by the portal itself, here the simulator's sweep on B)
        var finishedBy = jdbc
                .queryForList(
                        "select idempotency_key, split_part(claimed_by, '/', 1) as node from portal_transfer"
                                + " where idempotency_key = any (?)",
                        (Object) heldByA.toArray(String[]::new))
                .stream()
                .collect(Collectors.toMap(r -> (String) r.get("idempotency_key"), r -> (String) r.get("node")));
        assertThat(finishedBy.entrySet()).allSatisfy(e -> {
            if (e.getValue().equals("A")) {
                assertThat(deliveries.get(e.getKey()))
                        .as("%s, left with A: its upload reached the portal once, before the kill", e.getKey())
                        .isEqualTo(1);
            } else {
                assertThat(e.getValue()).as("%s finished by", e.getKey()).isEqualTo("B");
            }
        });
        assertThat(repeats).allMatch(key -> finishedBy.get(key).equals("B"));
        long byNotice = finishedBy.values().stream().filter("A"::equals).count();
        assertThat(count("state not in ('ACCEPTED')", "kill")).isZero();
        System.out.printf(
                "[TransfersExactlyOnceIT] kill: %d transfers, A killed after %d were delivered, holding %d leases;"
                        + " B finished %d ms after the kill (lease %d s), %d ms in all; %d reached the portal twice,"
                        + " all of them held by A, under the same key (stored once); %d of A's were completed by the"
                        + " portal's notice, their upload having arrived before the kill%n",
                TRANSFERS,
                deliveredWhenKilled,
                heldByA.size(),
                Duration.between(killedAt, Instant.now()).toMillis(),
                LEASE.toSeconds(),
                took.toMillis(),
                repeats.size(),
                byNotice);
    }

    // --- helpers

    /** Claimed by a worker and not yet recorded: its lease runs. */
    static final String HELD = "state in ('REQUESTED', 'RETRYING') and attempts > 0 and next_attempt_at > now()";

    /**
     * {@value #PERSONS} persons in the registry, each already confirmed on the portal (its simulator's table), so
     * that every transfer is a look-up and an upload.
     */
    static List<UUID> persons(JdbcTemplate jdbc) {
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < PERSONS; i++) {
            var id = UUID.randomUUID();
            String taxCode = "TRSFRP80A01D%03dX".formatted(i);
            jdbc.update(
                    "insert into person (id, tax_code, tax_code_canonical, tax_code_temporary, first_name, last_name,"
                            + " search_name, search_name_reversed, sex, birth_date, email, created_at, version)"
                            + " values (?, ?, ?, false, 'Trasferimento', 'Prova', 'PROVA TRASFERIMENTO',"
                            + " 'TRASFERIMENTO PROVA', 'F', date '1980-01-01', 'trasferimento@example.it', now(), 0)",
                    id,
                    taxCode,
                    taxCode);
            jdbc.update(
                    "insert into portalsim_person (tax_code, first_name, last_name, channel, status, created_at,"
                            + " confirmed_at) values (?, 'Trasferimento', 'Prova', 'EMAIL', 'CONFIRMED', now(), now())",
                    taxCode);
            ids.add(id);
        }
        return ids;
    }

    /**
     * Queues {@value #TRANSFERS} uploads, each of its own CV, in one transaction, as {@code TransferService} stores
     * them (the outbox of ADR 0016): the nodes' workers pick them up on their next run. Answers their keys.
     */
    static List<String> queue(JdbcTemplate jdbc, String batch) {
        byte[] pdf = "%PDF-1.4\n% CV di prova\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        var now = Timestamp.from(Instant.now());
        var cvs = new ArrayList<Object[]>();
        var transfers = new ArrayList<Object[]>();
        var keys = new ArrayList<String>();
        for (int i = 0; i < TRANSFERS; i++) {
            UUID person = persons.get(i % PERSONS);
            UUID cv = UUID.randomUUID();
            cvs.add(new Object[] {cv, person, pdf.length, "0".repeat(64), pdf, now});
            transfers.add(new Object[] {UUID.randomUUID(), person, cv, cv.toString(), now, now, batch, now});
            keys.add(cv.toString());
        }
        new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())).executeWithoutResult(s -> {
            jdbc.batchUpdate("""
                    insert into cv (id, person_id, origin, file_name, size_bytes, sha256, content, saved_at, saved_by,
                                    centre_code, obsolete_from, is_current)
                    values (?, ?, 'UPLOADED', 'cv.pdf', ?, ?, ?, ?, 'Prova', 'CPI-FI', current_date + 180, false)""", cvs);
            jdbc.batchUpdate("""
                    insert into portal_transfer (id, person_id, cv_id, kind, state, idempotency_key, next_attempt_at,
                                                 centre_code, requested_at, requested_by, updated_at)
                    values (?, ?, ?, 'UPLOAD', 'REQUESTED', ?, ?, 'CPI-FI', ?, ?, ?)""", transfers);
        });
        return keys;
    }

    static int count(String condition, String batch) {
        return cluster.jdbc()
                .queryForObject(
                        "select count(*) from portal_transfer where requested_by = ? and " + condition,
                        Integer.class,
                        batch);
    }

    static void awaitAllAccepted(String batch, Duration patience) {
        await().atMost(patience)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> count("state = 'ACCEPTED'", batch) == TRANSFERS);
    }

    /** Requests the portal received per key (the simulator's count), for the keys it stored. */
    static Map<String, Integer> deliveries(List<String> keys) {
        return cluster
                .jdbc()
                .queryForList(
                        "select idempotency_key, deliveries from portalsim_cv where idempotency_key = any (?)",
                        (Object) keys.toArray(String[]::new))
                .stream()
                .collect(Collectors.toMap(
                        r -> (String) r.get("idempotency_key"), r -> ((Number) r.get("deliveries")).intValue()));
    }

    static Map<String, Integer> byNode(String batch) {
        return cluster
                .jdbc()
                .queryForList(
                        "select split_part(claimed_by, '/', 1) as node, count(*) as n from portal_transfer"
                                + " where requested_by = ? group by 1",
                        batch)
                .stream()
                .collect(Collectors.toMap(r -> (String) r.get("node"), r -> ((Number) r.get("n")).intValue()));
    }
}
