package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Closing a pathway with its outcomes (R26) through the REST API: refusals at their field save nothing. */
@OrientaAppTest
class OutcomeApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return Api.as(port, "coordinatore");
    }

    @Test
    void aPathwayClosesWithOneOrMoreOutcomesAndAReferralNamesItsService() {
        var created = api().post("/api/v1/persons", Persons.florentine("Conclusi"));
        String id = created.json().path("id").asString();
        String path = "/api/v1/persons/" + id + "/pathway/outcomes";
        var today = LocalDate.now(ZoneId.of("Europe/Rome"));

        var request = new HashMap<String, Object>();
        request.put("closedOn", today.plusDays(1).toString());
        request.put("outcomes", List.of());
        var refused = api().post(path, request);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldCode("closedOn")).isEqualTo("guidance.outcome.date.future");
        assertThat(refused.fieldCode("outcomes")).isEqualTo("guidance.outcome.required");

        request.put("closedOn", today.toString());
        request.put("outcomes", List.of("ACTIVATED", "REFERRED"));
        var noService = api().post(path, request);
        assertThat(noService.fieldCode("referredTo")).isEqualTo("guidance.outcome.referred-to.required");
        assertThat(noService.fieldMessage("referredTo")).contains("servizio");
        assertThat(jdbc.queryForObject(
                        "select count(*) from pathway_outcome where person_id = ?::uuid", Integer.class, id))
                .isZero();

        request.put("referredTo", "Servizio sociale del Comune di Firenze");
        var closed = api().post(path, request);
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        assertThat(closed.json().path("outcomes").size()).isEqualTo(2);
        var list = api().get(path).json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).path("outcomes").get(0).asString()).isEqualTo("ACTIVATED");
        assertThat(list.get(0).path("referredTo").asString()).isEqualTo("Servizio sociale del Comune di Firenze");
        assertThat(api().get("/api/v1/persons/" + id + "/timeline").body()).contains("pathway");

        // a referral's service is kept only when the person is referred
        var plain = Map.<String, Object>of(
                "closedOn", today.toString(), "outcomes", List.of("SKILLS_SHOWN"), "referredTo", "ignorato");
        assertThat(api().post(path, plain).json().path("referredTo").isNull()).isTrue();
    }

    /** A referral of the person's, created and, unless {@code draft}, sent; its id. */
    String referral(String personId, String service, boolean draft) {
        var referral = new HashMap<String, Object>();
        referral.put("kind", "OTHER_SERVICE");
        referral.put("serviceName", service);
        referral.put("reasonText", "Da accompagnare");
        referral.put("sharedData", List.of("IDENTITY"));
        referral.put("consentGiven", true);
        var created = api().post("/api/v1/persons/" + personId + "/referrals", referral);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        if (!draft) {
            var today = LocalDate.now(ZoneId.of("Europe/Rome"));
            var sent = api().header("If-Match", created.etag())
                    .post(
                            "/api/v1/referrals/" + id + "/send",
                            Map.of(
                                    "sentOn",
                                    today.minusDays(5).toString(),
                                    "dueDate",
                                    today.plusDays(25).toString()));
            assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        }
        return id;
    }

    @Test
    void theReferredOutcomeCitesOneOfThePersonsSentReferralsNamedByReferralId() {
        String id = api().post("/api/v1/persons", Persons.florentine("Citati"))
                .json()
                .path("id")
                .asString();
        String other = api().post("/api/v1/persons", Persons.florentine("Altrui"))
                .json()
                .path("id")
                .asString();
        String own = referral(id, "Centro per l’impiego di Prato, sportello disabili", false);
        String draft = referral(id, "Consultorio familiare", true);
        String someoneElses = referral(other, "Centro di salute mentale", false);
        String path = "/api/v1/persons/" + id + "/pathway/outcomes";
        var today = LocalDate.now(ZoneId.of("Europe/Rome"));

        var request = new HashMap<String, Object>();
        request.put("closedOn", today.toString());
        request.put("outcomes", List.of("REFERRED"));
        for (String notCitable : List.of(someoneElses, draft)) {
            request.put("referralId", notCitable);
            var refused = api().post(path, request);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.fieldCode("referralId")).isEqualTo("guidance.outcome.referral.not-persons");
            assertThat(refused.fieldMessage("referralId")).contains("invii spediti");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from pathway_outcome where person_id = ?::uuid", Integer.class, id))
                .isZero();

        request.put("referralId", own);
        request.put("referredTo", "");
        var closed = api().post(path, request);
        assertThat(closed.status()).as(closed.body()).isEqualTo(201);
        assertThat(closed.json().path("referralId").asString()).isEqualTo(own);
        assertThat(closed.json().path("referredTo").asString())
                .isEqualTo("Centro per l’impiego di Prato, sportello disabili");
        assertThat(jdbc.queryForObject(
                        "select referral_id::text from pathway_outcome where person_id = ?::uuid", String.class, id))
                .isEqualTo(own);
    }
}
