package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The caseload through the REST API: an operator lists the persons they took in charge; only the coordinator
 * assigns, with a reason named at its field when missing; the versions listed guard against a change meanwhile; the
 * worker file's timeline tells the change.
 */
@OrientaAppTest
class CaseloadApiIT {

    @LocalServerPort
    int port;

    Api as(String username) {
        return Api.as(port, username);
    }

    String takenInCharge(String surname) {
        var operator = as("operatore");
        String id = operator.post("/api/v1/persons", Persons.florentine(surname))
                .json()
                .path("id")
                .asString();
        var body = new HashMap<String, Object>();
        body.put("intakeDate", LocalDate.now(Api.ROME).toString());
        body.put(
                "privacyNoticeId",
                operator.get("/api/v1/privacy-notices/current")
                        .json()
                        .path("id")
                        .asString());
        body.put("privacyAcknowledged", true);
        body.put("matchingConsent", "GIVEN");
        assertThat(operator.post("/api/v1/persons/" + id + "/intakes", body).status())
                .isEqualTo(201);
        return id;
    }

    /** Every row of the list for this query, page after page, by person id. */
    Map<String, JsonNode> rows(String username, String query) {
        var rows = new LinkedHashMap<String, JsonNode>();
        for (int page = 0; ; page++) {
            var response = as(username).get("/api/v1/caseload?size=200&page=" + page + query);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            var json = response.json();
            json.path("rows").forEach(r -> rows.put(r.path("personId").asString(), r));
            if (!json.path("hasMore").asBoolean()) {
                return rows;
            }
        }
    }

    @Test
    void theCoordinatorMovesPersonsBetweenOperatorsWithAReasonAndTheVersionsTheySaw() {
        String anna = takenInCharge("Caricoanna");
        String bruno = takenInCharge("Caricobruno");

        var mine = rows("operatore", "");
        assertThat(mine).containsKeys(anna, bruno);
        assertThat(mine.get(anna).path("operatorName").asString()).isEqualTo("Giulia Bianchi");
        assertThat(mine.get(anna).path("stage").asString()).isEqualTo("RECEPTION");
        assertThat(mine.get(anna).path("cvState").asString()).isEqualTo("NONE");
        assertThat(rows("operatore", "&cv=VALID")).doesNotContainKeys(anna, bruno);

        var operators = as("coordinatore").get("/api/v1/caseload/operators").json();
        String marco = null;
        for (var o : operators) {
            if (o.path("name").asString().equals("Marco Neri"))
                marco = o.path("id").asString();
        }
        assertThat(marco).isNotNull();

        var persons = new ArrayList<Map<String, Object>>();
        for (var id : List.of(anna, bruno)) {
            persons.add(Map.of(
                    "personId", id, "version", mine.get(id).path("version").asLong()));
        }
        var request = new HashMap<String, Object>();
        request.put("persons", persons);
        request.put("operatorId", marco);
        request.put("reason", "");

        var notTheirs = as("operatore").post("/api/v1/caseload/assignments", request);
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.code()).isEqualTo("access.role");

        var noReason = as("coordinatore").post("/api/v1/caseload/assignments", request);
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.fieldCode("reason")).isEqualTo("caseload.reason.required");

        request.put("reason", "Giulia passa allo sportello aziende");
        var done = as("coordinatore").post("/api/v1/caseload/assignments", request);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("changed").asInt()).isEqualTo(2);

        var again = as("coordinatore").post("/api/v1/caseload/assignments", request);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("version.stale");

        assertThat(rows("operatore", "")).doesNotContainKeys(anna, bruno);
        assertThat(rows("coordinatore", "&operatorId=" + marco)).containsKeys(anna, bruno);
        // the operator's own list is theirs whatever they ask
        assertThat(rows("operatore", "&operatorId=" + marco)).doesNotContainKeys(anna, bruno);

        var timeline =
                as("coordinatore").get("/api/v1/persons/" + anna + "/timeline").json();
        assertThat(timeline.path("entries").findValuesAsString("summaryKey")).contains("timeline.caseload.reassigned");
    }

    @Test
    void anUnknownFilterValueIsAProblemNamingTheParameter() {
        var response = as("operatore").get("/api/v1/caseload?stage=NOWHERE");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
    }
}
