package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.notification.MessageRequest;
import it.orienta.notification.NotificationJobs;
import it.orienta.notification.NotificationService;
import it.orienta.system.Actor;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Messages on the embedded default (mailbox mode): an appointment scheduled through the guidance API queues a
 * convocation that lands in the local mailbox by e-mail and, through the HTTP client and the in-app SMS gateway
 * simulator, by SMS; a repeated key sends nothing; a person without contacts gets an undeliverable message that
 * shows on the home worklist; reminders are queued once; the API shows the messages and refuses what it must.
 */
@OrientaAppTest
class NotificationIT {

    private static final AtomicInteger DAY = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationService notifications;

    @Autowired
    List<WorklistSource> worklists;

    @Autowired
    NotificationJobs jobs;

    Api api() {
        return Api.as(port, "coordinatore");
    }

    /** A future day of its own, far from the other tests' appointments. */
    static LocalDate day() {
        return LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(400 + DAY.incrementAndGet() * 2L);
    }

    String person(String lastName, String email, String mobile) {
        var body = Persons.florentine(lastName);
        body.put("email", email);
        body.put("mobilePhone", mobile);
        var created = api().post("/api/v1/persons", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    String schedule(String personId, LocalDate day) {
        var request = new HashMap<String, Object>();
        request.put("activityId", "A05-BASE");
        request.put("startsAt", Api.at(day.atTime(10, 0)));
        request.put("minutes", 60);
        request.put("remote", false);
        request.put("place", "CPI Firenze, stanza 7");
        var scheduled = api().post("/api/v1/persons/" + personId + "/appointments", request);
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        return scheduled.json().path("id").asString();
    }

    String status(String dedupKey) {
        var s = jdbc.queryForList(
                "select status from notification_message where dedup_key = ?", String.class, dedupKey);
        return s.isEmpty() ? null : s.getFirst();
    }

    List<Map<String, Object>> mailbox(String recipient) {
        return jdbc.queryForList(
                "select channel, subject, body from notification_mailbox where recipient = ? order by channel",
                recipient);
    }

    @Test
    void aScheduledAppointmentSendsAConvocationByEmailAndSmsToTheMailbox() {
        String id = person("Convocati", "convocata.mailbox@example.it", "+39 333 0000001");
        var day = day();
        String appointment = schedule(id, day);
        String key = "appointment:" + appointment + ":convocation";

        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(key)));
        var email = mailbox("convocata.mailbox@example.it");
        assertThat(email).hasSize(1);
        assertThat(email.getFirst().get("channel")).isEqualTo("EMAIL");
        assertThat((String) email.getFirst().get("subject"))
                .isEqualTo("Convocazione: appuntamento del "
                        + day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " alle 10:00");
        assertThat((String) email.getFirst().get("body")).contains("CPI Firenze, stanza 7", "Convocati");
        var sms = mailbox("+393330000001");
        assertThat(sms).hasSize(1);
        assertThat(sms.getFirst().get("channel")).isEqualTo("SMS");
        assertThat((String) sms.getFirst().get("body")).startsWith("Centro per l’Impiego: appuntamento");

        var messages = api().get("/api/v1/persons/" + id + "/messages");
        assertThat(messages.status()).isEqualTo(200);
        assertThat(messages.json().get(0).path("status").asString()).isEqualTo("SENT");
        assertThat(messages.json().get(0).path("deliveries").findValuesAsString("status"))
                .containsExactly("SENT", "SENT");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var timeline = api().get("/api/v1/persons/" + id + "/timeline?kind=message");
            assertThat(timeline.body()).contains("timeline.message.queued", "timeline.message.sent");
        });

        // the person moves: the change goes out with its own key, and the cancellation too
        var moved = api().header("If-Match", "\"0\"")
                .post(
                        "/api/v1/appointments/" + appointment + "/reschedule",
                        Map.of("startsAt", Api.at(day.atTime(12, 0)), "reason", "Sciopero dei treni"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        var cancelled = api().header("If-Match", "\"1\"")
                .post("/api/v1/appointments/" + appointment + "/cancel", Map.of("reason", "Malattia"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "SENT".equals(status("appointment:" + appointment + ":cancelled")));
        long changed = day.atTime(12, 0).atZone(ZoneId.of("Europe/Rome")).toEpochSecond();
        assertThat(status("appointment:" + appointment + ":changed:" + changed)).isEqualTo("SENT");
        assertThat(mailbox("convocata.mailbox@example.it"))
                .extracting(m -> (String) m.get("subject"))
                .hasSize(3)
                .anyMatch(s -> s.startsWith("Appuntamento spostato"))
                .anyMatch(s -> s.contains("annullato"));
    }

    @Test
    void aRepeatedKeySendsNothingMoreAndEnglishIsRenderedWhenAsked() {
        UUID id = UUID.fromString(person("Duplicati", "doppia.mailbox@example.it", null));
        var request = MessageRequest.of(
                id,
                "test:dedup:" + id,
                MessageRequest.APPOINTMENT_REMINDER,
                List.of("Anna Duplicati", "Accoglienza", "01/02/2031", "09:00", "CPI Firenze", "Operatore"),
                Set.of(),
                java.util.Locale.ENGLISH);
        var actor = new Actor(null, "system", "Orienta", "CPI-FI", "SYSTEM");
        UUID first = notifications.send(request, actor);
        UUID second = notifications.send(request, actor);
        assertThat(second).isEqualTo(first);
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status("test:dedup:" + id)));
        assertThat(notifications.send(request, actor)).isEqualTo(first);

        var received = mailbox("doppia.mailbox@example.it");
        assertThat(received).hasSize(1);
        assertThat((String) received.getFirst().get("subject")).isEqualTo("Reminder: appointment tomorrow at 09:00");
        // no mobile number: the SMS channel is recorded as failed, the message is sent (by e-mail)
        var message = notifications.message(first);
        assertThat(message.deliveries())
                .extracting(d -> d.channel() + ":" + d.status())
                .containsExactlyInAnyOrder("EMAIL:SENT", "SMS:FAILED");
    }

    @Test
    void aPersonWithoutContactsGetsAnUndeliverableMessageOnTheHomeWorklist() {
        String id = person("Irraggiungibili", null, null);
        String appointment = schedule(id, day());
        String key = "appointment:" + appointment + ":convocation";
        await().atMost(Duration.ofSeconds(20)).until(() -> "UNDELIVERABLE".equals(status(key)));
        assertThat(jdbc.queryForObject(
                        "select reason from notification_message where dedup_key = ?", String.class, key))
                .isEqualTo("no-contact");

        var coordinator = new Actor(null, "coordinatore", "Coordinatore", "CPI-FI", "OPERATOR,COORDINATOR");
        List<WorklistItem> items = worklists.stream()
                .flatMap(w -> w.worklist(coordinator, LocalDate.now(ZoneId.of("Europe/Rome"))).stream())
                .filter(i -> WorklistItem.MESSAGES.equals(i.section()))
                .toList();
        assertThat(items).anySatisfy(i -> {
            assertThat(i.href()).isEqualTo("/persons/" + id + "/messages");
            assertThat(i.personName()).startsWith("Irraggiungibili");
            assertThat(i.urgent()).isTrue();
        });
        var pisa = new Actor(null, "multicentro", "Multi", "CPI-PI", "OPERATOR");
        assertThat(worklists.stream()
                        .flatMap(w -> w.worklist(pisa, LocalDate.now(ZoneId.of("Europe/Rome"))).stream())
                        .filter(i -> i.href().equals("/persons/" + id + "/messages")))
                .isEmpty();
    }

    @Test
    void remindersOfTheNextDayAreQueuedOnceHoweverOftenTheJobRuns() {
        String id = person("Ricordati", "ricordata.mailbox@example.it", null);
        var day = day();
        String appointment = schedule(id, day);
        int first = jobs.remind(day);
        int second = jobs.remind(day);
        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isEqualTo(first);
        String key = "appointment:" + appointment + ":reminder";
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(key)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_message where dedup_key = ?", Integer.class, key))
                .isEqualTo(1);
        assertThat(mailbox("ricordata.mailbox@example.it"))
                .filteredOn(m -> ((String) m.get("subject")).startsWith("Promemoria"))
                .hasSize(1);
    }

    @Test
    void theAdministratorsSeeDeliveriesByStatusAndOthersAreRefused() {
        var operator = Api.as(port, "operatore").get("/api/v1/admin/notification/deliveries");
        assertThat(operator.status()).isEqualTo(403);
        var unknown = Api.as(port, "amministratore").get("/api/v1/admin/notification/deliveries?status=LOST");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("notification.delivery.status.unknown");
        var failed = Api.as(port, "amministratore").get("/api/v1/admin/notification/deliveries?status=FAILED&size=5");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.json().path("rows").findValuesAsString("status")).allMatch("FAILED"::equals);

        var notUndeliverable = Api.as(port, "amministratore")
                .post("/api/v1/admin/notification/messages/" + UUID.randomUUID() + "/resend", Map.of());
        assertThat(notUndeliverable.status()).isEqualTo(404);
    }
}
