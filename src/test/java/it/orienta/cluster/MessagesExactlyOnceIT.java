package it.orienta.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12, proof 3 and 4 for messages (ADR 0025): two processes of the jar on one PostgreSQL, both with the outbox's
 * worker running, deliver 500 queued messages (e-mail and SMS, 1,000 deliveries) to a real SMTP server (GreenMail in
 * this JVM) and to a stub of the SMS gateway (the JDK's HTTP server, counting requests by {@code Idempotency-Key});
 * each delivery reaches its provider exactly once, and both nodes took part. Then node A is killed ({@code kill -9})
 * in the middle of 500 more: node B finishes after A's leases expire, nothing is lost, and the only repeats the
 * providers see are of the deliveries A held when it died (a crash between "sent" and "recorded"), each recognisable
 * by its idempotency key (the SMS's {@code Idempotency-Key}, the e-mail's {@code Message-ID}), which a real gateway
 * accepts once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessagesExactlyOnceIT {

    static final int MESSAGES = 500;
    static final Duration LEASE = Duration.ofSeconds(8);

    static GreenMail smtp;
    static HttpServer gateway;
    /** SMS requests per idempotency key. */
    static final Map<String, AtomicInteger> SMS = new ConcurrentHashMap<>();

    static ClusterNodes cluster;
    static ClusterNodes.Node a;
    static ClusterNodes.Node b;
    static UUID person;

    @BeforeAll
    static void start() throws IOException {
        smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        gateway.createContext("/gw/messages", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            SMS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(3); // a gateway takes a moment: the kill finds work in flight
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = ("{\"id\":\"gw-" + key + "\",\"status\":\"ACCEPTED\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        gateway.start();

        cluster = ClusterNodes.database("MessagesExactlyOnceIT")
                .with("orienta.notification.email.transport", "smtp")
                .with("spring.mail.host", "127.0.0.1")
                .with("spring.mail.port", String.valueOf(smtp.getSmtp().getPort()))
                .with("orienta.notification.simulator.enabled", "false")
                .with(
                        "orienta.notification.sms.base-url",
                        "http://127.0.0.1:" + gateway.getAddress().getPort() + "/gw")
                .with("orienta.notification.sms.api-key", "cluster-key")
                .with("orienta.notification.delivery.interval", "PT0.2S")
                .with("orienta.notification.delivery.lease", "PT" + LEASE.toSeconds() + "S")
                .with("orienta.notification.delivery.batch-size", "10")
                .with("orienta.portal.scheduling.enabled", "false");
        a = cluster.launch("A");
        b = cluster.launch("B");
        a.awaitReady(Duration.ofSeconds(240));
        b.awaitReady(Duration.ofSeconds(240));
        person = person(cluster.jdbc());
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (gateway != null) {
            gateway.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void fiveHundredMessagesOnTwoNodesReachTheirProvidersEachExactlyOnce() throws Exception {
        var started = Instant.now();
        var deliveries = queue(cluster.jdbc(), "both", MESSAGES);

        awaitAllSent(deliveries.keySet(), Duration.ofSeconds(90));
        var took = Duration.between(started, Instant.now());

        var emails = emailsByMessageId();
        var emailKeys = keys(deliveries, "EMAIL");
        var smsKeys = keys(deliveries, "SMS");
        assertThat(emailKeys).hasSize(MESSAGES);
        assertThat(smsKeys).hasSize(MESSAGES);
        for (var key : emailKeys) {
            assertThat(emails.getOrDefault(key, 0))
                    .as("e-mail of delivery %s", key)
                    .isEqualTo(1);
        }
        for (var key : smsKeys) {
            assertThat(SMS.get(key)).as("SMS of delivery %s", key).isNotNull();
            assertThat(SMS.get(key).get()).as("SMS of delivery %s", key).isEqualTo(1);
        }
        assertThat(emails.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(MESSAGES);
        assertThat(SMS.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(MESSAGES);

        var jdbc = cluster.jdbc();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_message where dedup_key like 'cluster:both:%'"
                                + " and status = 'SENT'",
                        Integer.class))
                .isEqualTo(MESSAGES);
        // both nodes' workers delivered a share (a delivery claimed twice, its first lease lost before the send on a
        // slow machine, was still sent once: checked above)
        int reclaimed = jdbc.queryForObject(
                "select count(*) from notification_delivery where id = any (?) and attempts > 1",
                Integer.class,
                (Object) deliveries.keySet().toArray(UUID[]::new));
        var byNode = jdbc
                .queryForList(
                        "select split_part(claimed_by, '/', 1) as node, count(*) as n from notification_delivery"
                                + " where id = any (?) group by 1",
                        (Object) deliveries.keySet().toArray(UUID[]::new))
                .stream()
                .collect(Collectors.toMap(r -> (String) r.get("node"), r -> ((Number) r.get("n")).intValue()));
        assertThat(byNode.keySet()).containsExactlyInAnyOrder("A", "B");
        System.out.printf(
                "[MessagesExactlyOnceIT] %d messages (%d deliveries) on two nodes: %d ms, by node %s,"
                        + " %d claimed again after a lost lease%n",
                MESSAGES, deliveries.size(), took.toMillis(), byNode, reclaimed);
    }

    @Test
    @Order(2)
    void nodeAKilledInTheMiddleNodeBFinishesNothingLostAndOnlyRecognisableRepeats() throws Exception {
        var jdbc = cluster.jdbc();
        int emailsBefore = smtp.getReceivedMessages().length;
        var started = Instant.now();
        var deliveries = queue(jdbc, "kill", MESSAGES);
        var ids = deliveries.keySet().toArray(UUID[]::new);

        // in the middle: some delivered, and A holding leases (work in flight) at the moment it dies
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.queryForObject(
                                        "select count(*) from notification_delivery where id = any (?)"
                                                + " and status = 'SENT'",
                                        Integer.class,
                                        (Object) ids)
                                >= deliveries.size() / 4
                        && jdbc.queryForObject(
                                        "select count(*) from notification_delivery where id = any (?)"
                                                + " and status = 'PENDING' and claimed_by like 'A/%'"
                                                + " and lease_until is not null",
                                        Integer.class, (Object) ids)
                                > 0);
        a.kill();
        var killedAt = Instant.now();
        assertThat(a.alive()).isFalse();
        var heldByA = Set.copyOf(jdbc.queryForList(
                "select id from notification_delivery where id = any (?) and status = 'PENDING'"
                        + " and claimed_by like 'A/%' and lease_until is not null",
                UUID.class, (Object) ids));
        int sentWhenKilled = jdbc.queryForObject(
                "select count(*) from notification_delivery where id = any (?) and status = 'SENT'",
                Integer.class,
                (Object) ids);

        // B finishes, A's leases included once they expire
        awaitAllSent(deliveries.keySet(), Duration.ofSeconds(90));
        var took = Duration.between(started, Instant.now());

        var emails = emailsByMessageId();
        var repeats = new ArrayList<UUID>();
        for (var entry : deliveries.entrySet()) {
            String key = entry.getKey().toString();
            int received = "EMAIL".equals(entry.getValue())
                    ? emails.getOrDefault(key, 0)
                    : SMS.containsKey(key) ? SMS.get(key).get() : 0;
            // nothing lost
            assertThat(received).as("%s delivery %s", entry.getValue(), key).isGreaterThanOrEqualTo(1);
            if (received > 1) {
                repeats.add(entry.getKey());
                assertThat(received).as("%s delivery %s", entry.getValue(), key).isEqualTo(2);
            }
        }
        // a repeat is only ever a delivery A held when it died, sent again by B under the same key
        assertThat(heldByA).isNotEmpty();
        assertThat(repeats).allMatch(heldByA::contains);
        assertThat(jdbc.queryForList(
                        "select distinct attempts from notification_delivery where id = any (?)",
                        Integer.class,
                        (Object) repeats.toArray(UUID[]::new)))
                .allMatch(n -> n >= 2);
        // everything else exactly once, finished by B
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_message where dedup_key like 'cluster:kill:%'"
                                + " and status = 'SENT'",
                        Integer.class))
                .isEqualTo(MESSAGES);
        assertThat(jdbc.queryForList(
                        "select distinct split_part(claimed_by, '/', 1) from notification_delivery"
                                + " where id = any (?)",
                        String.class,
                        (Object) heldByA.toArray(UUID[]::new)))
                .containsExactly("B");
        int emailsReceived = smtp.getReceivedMessages().length - emailsBefore;
        assertThat(emailsReceived).isBetween(MESSAGES, MESSAGES + heldByA.size());
        System.out.printf(
                "[MessagesExactlyOnceIT] kill: %d messages, A killed after %d of %d deliveries were recorded,"
                        + " holding %d leases; B finished %d ms after the kill (lease %d s), %d ms in all;"
                        + " %d deliveries reached their provider twice, all of them held by A, under the same key%n",
                MESSAGES,
                sentWhenKilled,
                deliveries.size(),
                heldByA.size(),
                Duration.between(killedAt, Instant.now()).toMillis(),
                LEASE.toSeconds(),
                took.toMillis(),
                repeats.size());
    }

    // --- helpers

    /** One recipient with both an e-mail address and a mobile number, written into the person registry's table. */
    static UUID person(JdbcTemplate jdbc) {
        var id = UUID.randomUUID();
        jdbc.update(
                "insert into person (id, tax_code, tax_code_canonical, tax_code_temporary, first_name, last_name,"
                        + " search_name, search_name_reversed, sex, birth_date, email, mobile_phone, created_at,"
                        + " version) values (?, 'CLSTRP80A01D612X', 'CLSTRP80A01D612X', false, 'Cluster', 'Prova',"
                        + " 'PROVA CLUSTER', 'CLUSTER PROVA', 'F', date '1980-01-01', 'cluster.prova@example.it',"
                        + " '+39 333 5550000', now(), 0)",
                id);
        return id;
    }

    /**
     * Queues {@code count} messages, each by e-mail and SMS, in one transaction, as {@code NotificationService.send}
     * stores them (the outbox's tables, ADR 0007): the nodes' workers pick them up on their next run. Answers the
     * deliveries' ids (the idempotency keys) and channels.
     */
    static Map<UUID, String> queue(JdbcTemplate jdbc, String batch, int count) {
        var deliveries = new ConcurrentHashMap<UUID, String>();
        var now = Timestamp.from(Instant.now());
        var messages = new ArrayList<Object[]>();
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < count; i++) {
            var message = UUID.randomUUID();
            messages.add(new Object[] {
                message, person, "cluster:" + batch + ":" + i, "Promemoria " + i, "Testo " + i, "Sms " + i, now
            });
            for (var channel : List.of("EMAIL", "SMS")) {
                var delivery = UUID.randomUUID();
                deliveries.put(delivery, channel);
                rows.add(new Object[] {delivery, message, channel, now});
            }
        }
        var tx = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()));
        tx.executeWithoutResult(s -> {
            jdbc.batchUpdate(
                    "insert into notification_message (id, person_id, centre_code, dedup_key, subject_key, body_key,"
                            + " args, locale, subject, body, sms_text, status, queued_at, queued_by)"
                            + " values (?, ?, 'CPI-FI', ?, 's', 'b', '{}', 'it', ?, ?, ?, 'QUEUED', ?, 'test')",
                    messages);
            jdbc.batchUpdate(
                    "insert into notification_delivery (id, message_id, channel, status, next_attempt_at)"
                            + " values (?, ?, ?, 'PENDING', ?)",
                    rows);
        });
        return deliveries;
    }

    static void awaitAllSent(Set<UUID> deliveries, Duration patience) {
        var ids = deliveries.toArray(UUID[]::new);
        var jdbc = cluster.jdbc();
        await().atMost(patience)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from notification_delivery where id = any (?) and status = 'SENT'",
                                Integer.class,
                                (Object) ids)
                        == ids.length);
    }

    static Set<String> keys(Map<UUID, String> deliveries, String channel) {
        return deliveries.entrySet().stream()
                .filter(e -> e.getValue().equals(channel))
                .map(e -> e.getKey().toString())
                .collect(Collectors.toSet());
    }

    /** E-mails received per delivery id, read from their {@code Message-ID} ({@code <delivery-id@orienta>}). */
    static Map<String, Integer> emailsByMessageId() {
        var counts = new ConcurrentHashMap<String, Integer>();
        for (var message : smtp.getReceivedMessages()) {
            try {
                String id = message.getMessageID();
                String key = id.substring(1, id.indexOf('@'));
                counts.merge(key, 1, Integer::sum);
            } catch (MessagingException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }
        return counts;
    }
}
