package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record-access policy on the person's record (ADR 0017): the centre that has the person in charge reads and
 * changes it, every read written once to the audit log; an operator of another centre and an administrator are
 * refused, and nothing of the record leaks; the registry's search stays regional and says who has the person.
 */
@OrientaAppTest
class PersonAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Map<String, Object> body;
    String id;

    Api owner() {
        return Api.as(port, "operatore");
    }

    Api otherCentre() {
        return Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-PI");
    }

    Api admin() {
        return Api.as(port, "amministratore");
    }

    int reads() {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'READ' and entity_id = ?", Integer.class, id);
    }

    @BeforeEach
    void aPersonInTheChargeOfFlorence() {
        body = Persons.florentine("Custoditi");
        var created = owner().post("/api/v1/persons", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        id = created.json().path("id").asString();
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(Api.ROME).toString());
        intake.put(
                "privacyNoticeId",
                owner().get("/api/v1/privacy-notices/current").json().path("id").asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        var taken = owner().post("/api/v1/persons/" + id + "/intakes", intake);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
    }

    @Test
    void theOwningCentreReadsAndChangesTheRecordAndEachReadIsAuditedOnce() {
        int before = reads();
        var read = owner().get("/api/v1/persons/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(reads()).isEqualTo(before + 1);

        var special = owner().get("/api/v1/persons/" + id + "/special-category-data");
        assertThat(special.status()).as(special.body()).isEqualTo(200);
        assertThat(reads()).isEqualTo(before + 2);
        assertThat(jdbc.queryForList(
                        "select entity_type from audit_entry where action = 'READ' and entity_id = ? order by id",
                        String.class,
                        id))
                .endsWith("person", "special-category-data");

        var changed = new HashMap<>(body);
        changed.put("email", "nuovo@example.it");
        var update = owner().header("If-Match", read.etag()).put("/api/v1/persons/" + id, changed);
        assertThat(update.status()).as(update.body()).isEqualTo(200);
        var specialUpdate = owner().header("If-Match", update.etag())
                .put("/api/v1/persons/" + id + "/special-category-data", Map.of("disabilityL68", true));
        assertThat(specialUpdate.status()).as(specialUpdate.body()).isEqualTo(200);
        assertThat(reads()).as("changes are no reads").isEqualTo(before + 2);
    }

    @Test
    void anOperatorOfAnotherCentreIsRefusedEverywhereAndReadsNothing() {
        String etag = owner().get("/api/v1/persons/" + id).etag();
        int before = reads();
        var changed = new HashMap<>(body);
        changed.put("email", "altro@example.it");

        var refusals = new java.util.LinkedHashMap<String, Api.Response>();
        refusals.put("GET person", otherCentre().get("/api/v1/persons/" + id));
        refusals.put("PUT person", otherCentre().header("If-Match", etag).put("/api/v1/persons/" + id, changed));
        refusals.put("GET special", otherCentre().get("/api/v1/persons/" + id + "/special-category-data"));
        refusals.put(
                "PUT special",
                otherCentre()
                        .header("If-Match", etag)
                        .put("/api/v1/persons/" + id + "/special-category-data", Map.of("disabilityL68", true)));
        refusals.put(
                "POST education",
                otherCentre()
                        .post(
                                "/api/v1/persons/" + id + "/education-titles",
                                Map.of("titleCode", "10000000", "year", 2001)));
        refusals.put(
                "DELETE education",
                otherCentre().delete("/api/v1/persons/" + id + "/education-titles/" + java.util.UUID.randomUUID()));
        refusals.put(
                "POST work",
                otherCentre()
                        .post(
                                "/api/v1/persons/" + id + "/work-experiences",
                                Map.of("employer", "Bar", "professionCode", "5.2.2.3.0", "fromDate", "2019-01-01")));
        refusals.put(
                "DELETE work",
                otherCentre().delete("/api/v1/persons/" + id + "/work-experiences/" + java.util.UUID.randomUUID()));

        refusals.forEach((what, response) -> {
            assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(403);
            assertThat(response.code()).as(what).isEqualTo("access.other-centre");
            assertThat(response.body()).as(what).doesNotContain("test@example.it", "Via Roma");
        });
        assertThat(reads()).as("a refused read is no read").isEqualTo(before);
        var stored = owner().get("/api/v1/persons/" + id).json();
        assertThat(stored.path("email").asString()).isEqualTo("test@example.it");
    }

    @Test
    void anAdministratorReadsNoCaseData() {
        int before = reads();
        String etag = owner().get("/api/v1/persons/" + id).etag();
        int afterOwnerRead = reads();
        assertThat(afterOwnerRead).isEqualTo(before + 1);

        var read = admin().get("/api/v1/persons/" + id);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.code()).isEqualTo("access.role");
        var special = admin().get("/api/v1/persons/" + id + "/special-category-data");
        assertThat(special.status()).isEqualTo(403);
        assertThat(special.code()).isEqualTo("access.role");
        var update = admin().header("If-Match", etag).put("/api/v1/persons/" + id, body);
        assertThat(update.status()).isEqualTo(403);
        assertThat(update.code()).isEqualTo("access.role");
        assertThat(reads()).isEqualTo(afterOwnerRead);
    }

    @Test
    void theSearchIsRegionalTellsWhoHasThePersonAndShowsNoCaseData() {
        int before = reads();
        var found = otherCentre().get("/api/v1/persons?q=" + body.get("taxCode"));
        assertThat(found.status()).isEqualTo(200);
        var row = found.json().path("rows").get(0);
        assertThat(row.path("id").asString()).isEqualTo(id);
        assertThat(row.path("chargeCentre").asString()).isEqualTo("CPI Firenze (FI)");
        assertThat(row.path("birthMunicipalityCode").asString()).isEqualTo("048017");
        assertThat(found.body()).doesNotContain("test@example.it", "Via Roma", "residence");
        assertThat(reads()).as("the registry's search is not a read of a case").isEqualTo(before);

        var notInCharge = owner().post("/api/v1/persons", Persons.florentine("Liberi"));
        var free = otherCentre()
                .get("/api/v1/persons?q=" + notInCharge.json().path("taxCode").asString());
        var none = free.json().path("rows").get(0).path("chargeCentre");
        assertThat(none.isNull() || none.isMissingNode()).as(free.body()).isTrue();
    }
}
