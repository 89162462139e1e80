package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.agreement.AgreementOperators;
import it.orienta.organisation.OrganisationService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A refused signature answers every violation at once (RFC 9457, each naming its field and rule), not one at a
 * time: the API and the page's checklist give the same list.
 */
@OrientaAppTest
class AgreementSignatureApiIT {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisation;

    @Test
    void aRefusedSignatureAnswersEveryViolationAtOnceEachWithItsField() {
        var api = Api.as(port, AgreementOperators.ensure(organisation, "patto.firma.api"));
        var person = api.post("/api/v1/persons", Persons.florentine("Pattofirmatutto"));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        String personId = person.json().path("id").asString();
        var draft = api.post("/api/v1/persons/" + personId + "/agreements", Map.of("startInterview", true));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().path("id").asString();

        var refused = api.header("If-Match", draft.etag())
                .post(
                        "/api/v1/agreements/" + id + "/signature",
                        Map.of(
                                "signedOn",
                                LocalDate.now(ZoneId.of("Europe/Rome"))
                                        .plusDays(1)
                                        .toString()));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        var errors = new ArrayList<String>();
        for (JsonNode e : refused.json().path("errors")) {
            errors.add(e.path("code").asString() + "@"
                    + (e.hasNonNull("field") ? e.path("field").asString() : ""));
        }
        assertThat(errors)
                .containsExactlyInAnyOrder(
                        "agreement.sign.plan-empty@items",
                        "agreement.sign.profiling-class.required@profilingClass",
                        "agreement.sign.contact-frequency.required@contactFrequency",
                        "agreement.sign.proof-of-search.required@proofOfSearch",
                        "agreement.sign.rights-not-explained@explainedRights",
                        "agreement.sign.interview-running@",
                        "agreement.sign.date.future@signedOn");
        assertThat(refused.fieldMessage("proofOfSearch")).contains("ricerca attiva");

        // nothing was saved: the draft is as it was
        var now = api.get("/api/v1/agreements/" + id);
        assertThat(now.etag()).isEqualTo(draft.etag());
        assertThat(now.json().path("status").asString()).isEqualTo("DRAFT");
    }
}
