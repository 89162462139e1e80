package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.notification.NotificationJobs;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real delivery: e-mail over SMTP to GreenMail (a real SMTP server in this JVM) and SMS over HTTP to a stub of the
 * gateway (the JDK's HTTP server speaking docs/sms-gateway.openapi.yaml). A convocation after an appointment
 * scheduled through the guidance API arrives on both; a failing SMTP server or gateway is retried by the job and
 * the message arrives once, the channel already sent is not sent again; after the last attempt the message is
 * undeliverable, and an administrator can send it again.
 */
@OrientaAppTest
@org.springframework.test.context.TestPropertySource(
        properties = {
            "orienta.notification.email.transport=smtp",
            "orienta.notification.email.from=CPI Test <cpi@orienta.test>",
            "orienta.notification.sms.api-key=test-key",
            "orienta.notification.simulator.enabled=false",
            "orienta.notification.backoff=0s",
            "orienta.notification.max-attempts=3",
            "spring.mail.host=127.0.0.1",
            "spring.mail.properties.mail.smtp.connectiontimeout=3000",
            "spring.mail.properties.mail.smtp.timeout=3000"
        })
class NotificationDeliveryIT {

    static final AtomicInteger DAY = new AtomicInteger();
    static final List<Map<String, String>> SMS = new CopyOnWriteArrayList<>();
    static final AtomicInteger SMS_FAILURES = new AtomicInteger();
    static final HttpServer GATEWAY;
    static volatile GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
    static final int SMTP_PORT;

    static {
        smtp.start();
        SMTP_PORT = smtp.getSmtp().getPort();
        try {
            GATEWAY = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        GATEWAY.createContext("/gw/messages", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var json = JsonMapper.builder().build().readTree(body);
            var request = new HashMap<String, String>();
            request.put("to", json.path("to").asString());
            request.put("text", json.path("text").asString());
            request.put("reference", json.path("reference").asString());
            request.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            request.put("idempotencyKey", exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            boolean fail = SMS_FAILURES.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            request.put("answered", fail ? "503" : "202");
            SMS.add(request);
            byte[] answer = fail
                    ? "{\"type\":\"about:blank\",\"status\":503}".getBytes(StandardCharsets.UTF_8)
                    : ("{\"id\":\"gw-" + SMS.size() + "\",\"status\":\"ACCEPTED\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", fail ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(fail ? 503 : 202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        GATEWAY.start();
    }

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add(
                "orienta.notification.sms.base-url",
                () -> "http://127.0.0.1:" + GATEWAY.getAddress().getPort() + "/gw");
    }

    @AfterAll
    static void stop() {
        smtp.stop();
        GATEWAY.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationJobs jobs;

    Api api() {
        return Api.as(port, "coordinatore");
    }

    static LocalDate day() {
        return LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(600 + DAY.incrementAndGet() * 2L);
    }

    String person(String lastName, String email, String mobile) {
        var body = Persons.florentine(lastName);
        body.put("email", email);
        body.put("mobilePhone", mobile);
        var created = api().post("/api/v1/persons", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    String schedule(String personId) {
        var request = new HashMap<String, Object>();
        request.put("activityId", "A05-BASE");
        request.put("startsAt", Api.at(day().atTime(9, 30)));
        request.put("minutes", 60);
        request.put("remote", false);
        request.put("place", "CPI Firenze, sala 2");
        var scheduled = api().post("/api/v1/persons/" + personId + "/appointments", request);
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        return scheduled.json().path("id").asString();
    }

    String status(String key) {
        var s = jdbc.queryForList("select status from notification_message where dedup_key = ?", String.class, key);
        return s.isEmpty() ? null : s.getFirst();
    }

    Map<String, Object> delivery(String key, String channel) {
        return jdbc.queryForMap(
                "select d.* from notification_delivery d join notification_message m on m.id = d.message_id"
                        + " where m.dedup_key = ? and d.channel = ?",
                key,
                channel);
    }

    static List<MimeMessage> mailsTo(String address) throws Exception {
        var result = new java.util.ArrayList<MimeMessage>();
        for (var m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                result.add(m);
            }
        }
        return result;
    }

    static List<Map<String, String>> smsTo(String number) {
        return SMS.stream().filter(s -> s.get("to").equals(number)).toList();
    }

    @Test
    void theConvocationOfAScheduledAppointmentGoesOutBySmtpAndTheSmsGateway() throws Exception {
        String id = person("Postini", "postini.smtp@example.it", "+39 333 1000001");
        String appointment = schedule(id);
        String key = "appointment:" + appointment + ":convocation";
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(key)));

        var mails = mailsTo("postini.smtp@example.it");
        assertThat(mails).hasSize(1);
        var mail = mails.getFirst();
        assertThat(mail.getSubject())
                .startsWith("Convocazione: appuntamento del ")
                .endsWith(" alle 09:30");
        assertThat(mail.getFrom()[0].toString()).contains("cpi@orienta.test");
        assertThat(mail.getContent().toString()).contains("CPI Firenze, sala 2", "Postini");
        String emailDelivery = delivery(key, "EMAIL").get("id").toString();
        assertThat(mail.getMessageID()).isEqualTo("<" + emailDelivery + "@orienta>");

        var sms = smsTo("+393331000001");
        assertThat(sms).hasSize(1);
        String smsDelivery = delivery(key, "SMS").get("id").toString();
        assertThat(sms.getFirst())
                .containsEntry("authorization", "Bearer test-key")
                .containsEntry("idempotencyKey", smsDelivery)
                .containsEntry("reference", smsDelivery);
        assertThat(sms.getFirst().get("text")).startsWith("Centro per l’Impiego: appuntamento");
    }

    @Test
    void aFailingSmtpServerIsRetriedAndTheMessageArrivesOnceWithoutResendingTheSms() throws Exception {
        String id = person("Ritentati", "ritentata.smtp@example.it", "+39 333 1000002");
        smtp.stop();
        String key;
        try {
            String appointment = schedule(id);
            key = "appointment:" + appointment + ":convocation";
            String k = key;
            // the e-mail failed once and waits; the SMS (tried after it) went out. A claimed delivery counts its
            // attempt before it is made: the e-mail's failure is recorded once its error is there.
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.queryForList(
                                    "select d.channel || ':' || d.status || ':' || d.attempts || case when d.channel ="
                                            + " 'EMAIL' and d.last_error is null then ':trying' else '' end"
                                            + " from notification_delivery d"
                                            + " join notification_message m on m.id = d.message_id"
                                            + " where m.dedup_key = ? order by d.channel",
                                    String.class,
                                    k)
                            .equals(List.of("EMAIL:PENDING:1", "SMS:SENT:1")));
            var failed = delivery(key, "EMAIL");
            assertThat(failed.get("status")).isEqualTo("PENDING");
            assertThat((String) failed.get("last_error")).startsWith("smtp:");
            assertThat(delivery(key, "SMS").get("status")).isEqualTo("SENT");
            assertThat(status(key)).isEqualTo("QUEUED");
        } finally {
            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        String k = key;
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    jobs.retryDue();
                    return "SENT".equals(status(k));
                });
        assertThat(mailsTo("ritentata.smtp@example.it")).hasSize(1);
        assertThat(smsTo("+393331000002")).hasSize(1);
        assertThat(((Number) delivery(key, "EMAIL").get("attempts")).intValue()).isEqualTo(2);
    }

    @Test
    void aFailingGatewayIsRetriedWithTheSameIdempotencyKeyThenGivenUpAndSentAgainByAnAdministrator() throws Exception {
        // one failure, then success: the SMS arrives once accepted, the e-mail once
        String id = person("Gateway", "gateway.smtp@example.it", "+39 333 1000003");
        SMS_FAILURES.set(1);
        String appointment = schedule(id);
        String key = "appointment:" + appointment + ":convocation";
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    jobs.retryDue();
                    return "SENT".equals(status(key));
                });
        var calls = smsTo("+393331000003");
        assertThat(calls).extracting(c -> c.get("answered")).containsExactly("503", "202");
        assertThat(calls)
                .extracting(c -> c.get("idempotencyKey"))
                .containsOnly(calls.getFirst().get("reference"));
        assertThat(mailsTo("gateway.smtp@example.it")).hasSize(1);

        // SMS only, and the gateway down for every attempt: undeliverable after the third
        String onlySms = person("Senzamail", null, "+39 333 1000004");
        SMS_FAILURES.set(3);
        String second = schedule(onlySms);
        String key2 = "appointment:" + second + ":convocation";
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    jobs.retryDue();
                    return "UNDELIVERABLE".equals(status(key2));
                });
        assertThat(smsTo("+393331000004"))
                .hasSize(3)
                .allMatch(c -> c.get("answered").equals("503"));
        assertThat(jdbc.queryForObject(
                        "select reason from notification_message where dedup_key = ?", String.class, key2))
                .isEqualTo("attempts-exhausted");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api().get("/api/v1/persons/" + onlySms + "/timeline?kind=message")
                                .body())
                        .contains("timeline.message.undeliverable.attempts-exhausted"));

        String messageId = jdbc.queryForObject(
                "select id::text from notification_message where dedup_key = ?", String.class, key2);
        var byOperator = Api.as(port, "operatore")
                .post("/api/v1/admin/notification/messages/" + messageId + "/resend", Map.of());
        assertThat(byOperator.status()).isEqualTo(403);
        var resent = Api.as(port, "amministratore")
                .post("/api/v1/admin/notification/messages/" + messageId + "/resend", Map.of());
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(key2)));
        assertThat(smsTo("+393331000004"))
                .extracting(c -> c.get("answered"))
                .containsExactly("503", "503", "503", "202");
        var again = Api.as(port, "amministratore")
                .post("/api/v1/admin/notification/messages/" + messageId + "/resend", Map.of());
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("notification.message.not-undeliverable");
    }
}
