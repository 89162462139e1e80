package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.cv.CvEvents;
import it.orienta.portal.PortalFixtures;
import it.orienta.portal.PortalJobs;
import it.orienta.portalsim.PortalSimulator;
import it.orienta.portalsim.PortalSimulator.Mode;
import it.orienta.system.Actor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transfer to the portal end to end, over real HTTP to the in-app simulator: pre-registration and the person's
 * confirmation, the portal down during a transfer and recovering, a refusal retried by hand, a duplicate delivery
 * after a crash, rows left by a previous run, consent withdrawn with a CV on the search system, a deleted CV, and
 * the webhook's authentication.
 */
@OrientaAppTest
class PortalTransferIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PortalJobs jobs;

    @Autowired
    PortalSimulator simulator;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    Api api() {
        return Api.as(port, "coordinatore");
    }

    @AfterEach
    void recover() {
        simulator.failWith(Mode.NORMAL, null, 0);
    }

    /** A person taken in charge with consent, with a current CV; answers id, taxCode, cvId. */
    Map<String, String> ready(String lastName) {
        var person = PortalFixtures.person(api(), lastName);
        PortalFixtures.intake(api(), person.get("id"), "GIVEN");
        var cv = PortalFixtures.cv(jdbc, person.get("id"));
        return Map.of("id", person.get("id"), "taxCode", person.get("taxCode"), "cvId", cv.toString());
    }

    String base(Map<String, String> p) {
        return "/api/v1/persons/" + p.get("id") + "/cv";
    }

    String state(String transferId) {
        return jdbc.queryForObject(
                "select state from portal_transfer where id = ?", String.class, UUID.fromString(transferId));
    }

    String request(Map<String, String> p) {
        var requested = api().post(base(p) + "/transfers", Map.of("confirmed", true));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.json().path("state").asString()).isEqualTo("REQUESTED");
        return requested.json().path("id").asString();
    }

    void dueNow(String transferId) {
        jdbc.update(
                "update portal_transfer set next_attempt_at = now() - interval '1 second' where id = ?",
                UUID.fromString(transferId));
    }

    @Test
    void preRegistersTheUnknownPersonAndFollowsTheConfirmationToAccepted() {
        var p = ready("Portalenuovo");
        var status = api().get(base(p) + "/transfer").json();
        assertThat(status.path("failing").isEmpty()).isTrue();
        assertThat(status.path("mayTransfer").asBoolean()).isTrue();
        assertThat(status.path("alert").asString())
                .isEqualTo("Attenzione il CV verrà inviato, in automatico, al sistema di Ricerca profili professionali"
                        + " e potrà essere individuato dalle aziende all'interno del portale Toscana lavoro");

        var unconfirmed = api().post(base(p) + "/transfers", Map.of("confirmed", false));
        assertThat(unconfirmed.status()).isEqualTo(422);
        assertThat(unconfirmed.code()).isEqualTo("portal.transfer.not-confirmed");

        String id = request(p);
        var twice = api().post(base(p) + "/transfers", Map.of("confirmed", true));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("portal.transfer.already-requested");

        jobs.drain();
        assertThat(state(id)).isEqualTo("PRE_REGISTERED");
        assertThat(api().get(base(p) + "/transfer").json().path("registration").asString())
                .isEqualTo("PRE_REGISTERED");
        assertThat(simulator.personStatus(p.get("taxCode"))).contains("PENDING_CONFIRMATION");
        assertThat(simulator.cvStatus(p.get("cvId"))).contains("HELD");

        assertThat(simulator.confirm(p.get("taxCode"))).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACCEPTED".equals(state(id)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "CONFIRMED"
                        .equals(api().get(base(p) + "/transfer")
                                .json()
                                .path("registration")
                                .asString()));
        assertThat(simulator.cvStatus(p.get("cvId"))).contains("SEARCHABLE");
        assertThat(jdbc.queryForObject(
                        "select transfer_state from cv where id = ?", String.class, UUID.fromString(p.get("cvId"))))
                .isEqualTo("ACCEPTED");
        var kinds = jdbc.queryForList(
                "select summary_key from timeline_entry where person_id = ? and kind = 'portal'",
                String.class,
                UUID.fromString(p.get("id")));
        assertThat(kinds)
                .contains(
                        "timeline.portal.upload.requested",
                        "timeline.portal.registration.pre_registered",
                        "timeline.portal.upload.pre_registered",
                        "timeline.portal.registration.confirmed",
                        "timeline.portal.upload.accepted");
        assertThat(simulator.deliveries(p.get("cvId"))).isEqualTo(1);
    }

    @Test
    void refusesWithoutConsentWithoutCvAndWithAnObsoleteCvSavingNothing() {
        var none = PortalFixtures.person(api(), "Portalesenza");
        var refused = api().post("/api/v1/persons/" + none.get("id") + "/cv/transfers", Map.of("confirmed", true));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("portal.transfer.no-consent");
        assertThat(refused.json().path("errors").toString()).contains("portal.transfer.no-cv");

        PortalFixtures.intake(api(), none.get("id"), "GIVEN");
        var noCv = api().post("/api/v1/persons/" + none.get("id") + "/cv/transfers", Map.of("confirmed", true));
        assertThat(noCv.code()).isEqualTo("portal.transfer.no-cv");

        PortalFixtures.cv(jdbc, none.get("id"), Instant.now().minus(Duration.ofDays(200)), LocalDate.now());
        var obsolete = api().post("/api/v1/persons/" + none.get("id") + "/cv/transfers", Map.of("confirmed", true));
        assertThat(obsolete.status()).isEqualTo(422);
        assertThat(obsolete.code()).isEqualTo("portal.transfer.cv-obsolete");
        assertThat(jdbc.queryForObject(
                        "select count(*) from portal_transfer where person_id = ?",
                        Integer.class,
                        UUID.fromString(none.get("id"))))
                .isZero();
    }

    @Test
    void retriesWithBackoffWhileThePortalIsDownAndDeliversOnceItRecovers() {
        var p = ready("Portalegiu");
        simulator.registerConfirmed(p.get("taxCode"), "Anna", "Portalegiu");
        simulator.failWith(Mode.UNREACHABLE, null, 0);
        String id = request(p);
        jobs.drain();
        var retrying = api().get(base(p) + "/transfers/" + id).json();
        assertThat(retrying.path("state").asString()).isEqualTo("RETRYING");
        assertThat(retrying.path("attempts").asInt()).isEqualTo(1);
        assertThat(retrying.path("reason").asString()).contains("503");
        assertThat(Instant.parse(retrying.path("nextAttemptAt").asString())).isAfter(Instant.now());
        // nothing is attempted before the backoff elapsed
        jobs.drain();
        assertThat(api().get(base(p) + "/transfers/" + id)
                        .json()
                        .path("attempts")
                        .asInt())
                .isEqualTo(1);

        simulator.failWith(Mode.ERROR, null, 0);
        dueNow(id);
        jobs.drain();
        assertThat(state(id)).isEqualTo("RETRYING");

        simulator.failWith(Mode.NORMAL, null, 0);
        dueNow(id);
        jobs.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACCEPTED".equals(state(id)));
        assertThat(simulator.deliveries(p.get("cvId"))).isEqualTo(1);
    }

    @Test
    void aRefusalIsShownWithItsReasonAndRetriedByHand() {
        var p = ready("Portalerifiuto");
        simulator.registerConfirmed(p.get("taxCode"), "Bruno", "Portalerifiuto");
        simulator.failWith(Mode.REFUSE, "Profilo della persona sospeso", 0);
        String id = request(p);
        jobs.drain();
        var failed = api().get(base(p) + "/transfers/" + id);
        assertThat(failed.json().path("state").asString()).isEqualTo("FAILED");
        assertThat(failed.json().path("reason").asString()).contains("Profilo della persona sospeso");

        simulator.failWith(Mode.NORMAL, null, 0);
        var stale = api().header("If-Match", "\"999\"").post(base(p) + "/transfers/" + id + "/retry", "");
        assertThat(stale.status()).isEqualTo(409);
        var retried = api().header("If-Match", failed.etag()).post(base(p) + "/transfers/" + id + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("state").asString()).isEqualTo("RETRYING");
        var again = api().post(base(p) + "/transfers/" + id + "/retry", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("portal.transfer.not-failed");
        jobs.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACCEPTED".equals(state(id)));
    }

    @Test
    void aSecondDeliveryOfTheSameCvAfterACrashIsNotStoredTwice() {
        var p = ready("Portaledoppio");
        simulator.registerConfirmed(p.get("taxCode"), "Carla", "Portaledoppio");
        String id = request(p);
        jobs.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACCEPTED".equals(state(id)));
        // the worker crashed after the portal took the CV and before it recorded so: the row is due again
        jdbc.update(
                "update portal_transfer set state = 'RETRYING', next_attempt_at = now() - interval '1 second'"
                        + " where id = ?",
                UUID.fromString(id));
        jobs.drain();
        assertThat(state(id)).isEqualTo("ACCEPTED");
        assertThat(simulator.deliveries(p.get("cvId"))).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from portalsim_cv where idempotency_key = ?", Integer.class, p.get("cvId")))
                .isEqualTo(1);
        assertThat(simulator.cvStatus(p.get("cvId"))).contains("SEARCHABLE");
    }

    @Test
    void picksUpTheRowsAPreviousRunLeftAndLeavesThoseStillLeasedAlone() {
        var p = ready("Portaleriavvio");
        var q = ready("Portaleinvolo");
        simulator.registerConfirmed(p.get("taxCode"), "Dario", "Portaleriavvio");
        simulator.registerConfirmed(q.get("taxCode"), "Elisa", "Portaleinvolo");
        // as a previous run of the application left them: one retrying and due, one claimed (in flight) when it died
        UUID left = UUID.randomUUID();
        UUID inFlight = UUID.randomUUID();
        String insert = """
                insert into portal_transfer (id, person_id, cv_id, kind, state, idempotency_key, attempts,
                                             next_attempt_at, reason, centre_code, requested_at, requested_by, updated_at)
                values (?, ?, ?, 'UPLOAD', ?, ?, 1, ?, 'HTTP 503', 'CPI-FI', now(), 'Giulia Bianchi', now())""";
        jdbc.update(
                insert,
                left,
                UUID.fromString(p.get("id")),
                UUID.fromString(p.get("cvId")),
                "RETRYING",
                p.get("cvId"),
                java.sql.Timestamp.from(Instant.now().minusSeconds(5)));
        jdbc.update(
                insert,
                inFlight,
                UUID.fromString(q.get("id")),
                UUID.fromString(q.get("cvId")),
                "REQUESTED",
                q.get("cvId"),
                java.sql.Timestamp.from(Instant.now().plusSeconds(120)));
        jobs.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACCEPTED".equals(state(left.toString())));
        assertThat(state(inFlight.toString())).isEqualTo("REQUESTED");
        assertThat(simulator.deliveries(q.get("cvId"))).isZero();
        // the lease of the dead run expires: delivered then
        dueNow(inFlight.toString());
        jobs.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACCEPTED".equals(state(inFlight.toString())));
        assertThat(simulator.deliveries(q.get("cvId"))).isEqualTo(1);
    }

    @Test
    void withdrawingTheConsentCancelsPendingTransfersAndRemovesTheCvFromTheSearchSystem() {
        var accepted = ready("Portalerevoca");
        simulator.registerConfirmed(accepted.get("taxCode"), "Fabio", "Portalerevoca");
        String done = request(accepted);
        jobs.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACCEPTED".equals(state(done)));

        var pending = ready("Portalesospeso");
        simulator.registerConfirmed(pending.get("taxCode"), "Gina", "Portalesospeso");
        simulator.failWith(Mode.SLOW, null, 0);
        simulator.failWith(Mode.UNREACHABLE, null, 0);
        String waiting = request(pending);
        jobs.drain();
        assertThat(state(waiting)).isEqualTo("RETRYING");
        simulator.failWith(Mode.NORMAL, null, 0);

        for (var p : new Map[] {accepted, pending}) {
            var withdrawn = api().post("/api/v1/persons/" + p.get("id") + "/consents", Map.of("state", "WITHDRAWN"));
            assertThat(withdrawn.status()).as(withdrawn.body()).isLessThan(300);
        }
        assertThat(state(waiting)).isEqualTo("CANCELLED");
        assertThat(state(done)).isEqualTo("ACCEPTED");
        jobs.drain();
        var removal = jdbc.queryForMap(
                "select state, idempotency_key from portal_transfer where person_id = ? and kind = 'REMOVAL'",
                UUID.fromString(accepted.get("id")));
        assertThat(removal.get("state")).isEqualTo("REMOVED");
        assertThat(removal.get("idempotency_key")).isEqualTo("remove:" + accepted.get("cvId"));
        assertThat(simulator.cvStatus(accepted.get("cvId"))).contains("REMOVED");
        // the pending one never reached the portal's search: its removal is asked anyway and found nothing to do
        assertThat(jdbc.queryForObject(
                        "select state from portal_transfer where person_id = ? and kind = 'REMOVAL'",
                        String.class,
                        UUID.fromString(pending.get("id"))))
                .isEqualTo("REMOVED");
        assertThat(simulator.deliveries(pending.get("cvId"))).isZero();
        // the transfer is refused now
        var refused = api().post(base(accepted) + "/transfers", Map.of("confirmed", true));
        assertThat(refused.code()).isEqualTo("portal.transfer.no-consent");
        assertThat(jdbc.queryForList(
                        "select summary_key from timeline_entry where person_id = ? and kind = 'portal'",
                        String.class,
                        UUID.fromString(pending.get("id"))))
                .contains("timeline.portal.upload.cancelled", "timeline.portal.removal.removed");
    }

    @Test
    void aDeletedCvIsRemovedFromTheSearchSystem() {
        var p = ready("Portaleelimina");
        simulator.registerConfirmed(p.get("taxCode"), "Ugo", "Portaleelimina");
        String id = request(p);
        jobs.drain();
        await().atMost(Duration.ofSeconds(10)).until(() -> "ACCEPTED".equals(state(id)));
        UUID cvId = UUID.fromString(p.get("cvId"));
        tx.executeWithoutResult(s -> {
            jdbc.update("update cv set deleted_at = now(), is_current = false, content = null where id = ?", cvId);
            events.publishEvent(new CvEvents.CvDeleted(
                    UUID.randomUUID(), Actor.SYSTEM, Instant.now(), UUID.fromString(p.get("id")), cvId));
        });
        jobs.drain();
        assertThat(simulator.cvStatus(p.get("cvId"))).contains("REMOVED");
        assertThat(jdbc.queryForObject("select transfer_state from cv where id = ?", String.class, cvId))
                .isEqualTo("REMOVED");
    }

    @Test
    void theWebhookWantsTheSharedSecretAndNoLoginOrCsrf() {
        var anonymous = new Api(port, null, null);
        var notice = Map.of("noticeId", "n-1", "type", "PERSON_CONFIRMED", "taxCode", "RSSMRA80A01D612X");
        assertThat(anonymous.post("/integrations/portal/notices", notice).status())
                .isEqualTo(401);
        assertThat(new Api(port, null, null)
                        .header("Authorization", "Bearer wrong")
                        .post("/integrations/portal/notices", notice)
                        .status())
                .isEqualTo(401);
        var unknown = new Api(port, null, null)
                .header("Authorization", "Bearer orienta-portal-simulator")
                .post("/integrations/portal/notices", notice);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("unknown-subject");
        var invalid = anonymous
                .header("Authorization", "Bearer orienta-portal-simulator")
                .post("/integrations/portal/notices", Map.of("type", "SOMETHING"));
        assertThat(invalid.code()).isEqualTo("invalid-notice");
        // the simulator wants its API key too
        assertThat(new Api(port, null, null)
                        .get("/sim/portal/v1/persons/RSSMRA80A01D612X")
                        .status())
                .isEqualTo(401);
    }
}
