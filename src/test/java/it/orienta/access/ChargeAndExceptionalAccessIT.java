package it.orienta.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.home.WorklistItem;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case belongs to the centre that has the person in charge, end to end over HTTP: another centre's operator is
 * refused, reads for an hour with a stated reason (audited with it, never writing), and takes the person over with
 * a reason — after which the case is theirs and no longer the old centre's, whose coordinator is told.
 */
@OrientaAppTest
class ChargeAndExceptionalAccessIT {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChargeWorklist worklist;

    Api pisa() {
        return Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-PI");
    }

    Api florence() {
        return Api.as(port, "operatore");
    }

    Map<String, Object> intake(Api api, String consent) {
        var body = new HashMap<String, Object>();
        body.put("intakeDate", LocalDate.now(ROME).toString());
        body.put(
                "privacyNoticeId",
                api.get("/api/v1/privacy-notices/current").json().path("id").asString());
        body.put("privacyAcknowledged", true);
        body.put("matchingConsent", consent);
        return body;
    }

    /** A person registered and taken in charge at CPI Pisa. */
    String pisanPerson(String surname) {
        String id = pisa().post("/api/v1/persons", Persons.florentine(surname))
                .json()
                .path("id")
                .asString();
        var taken = pisa().post("/api/v1/persons/" + id + "/intakes", intake(pisa(), "GIVEN"));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().path("centreCode").asString()).isEqualTo("CPI-PI");
        return id;
    }

    @Test
    void anotherCentreIsRefusedThenReadsUnderAGrantThenTakesThePersonOver() {
        String id = pisanPerson("Pisanelli");
        String surname = "Pisanelli";
        var paths = new String[] {
            "/api/v1/persons/" + id + "/intakes",
            "/api/v1/persons/" + id + "/consents",
            "/api/v1/persons/" + id + "/consents/history"
        };

        // Firenze: not its case
        for (String path : paths) {
            var refused = florence().get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.code()).as(path).isEqualTo("access.other-centre");
            assertThat(refused.json().path("ownerCentre").asString()).contains("Pisa");
        }
        var write = florence().post("/api/v1/persons/" + id + "/consents", Map.of("state", "WITHDRAWN"));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.code()).isEqualTo("access.other-centre");
        // Pisa: its own
        assertThat(pisa().get(paths[0]).status()).isEqualTo(200);

        // an exceptional access: the reason is required and the text says more
        var noText = florence()
                .post("/api/v1/persons/" + id + "/exceptional-access", Map.of("reason", "PERSON_AT_DESK", "text", "x"));
        assertThat(noText.status()).isEqualTo(422);
        assertThat(noText.fieldCode("text")).isEqualTo("field.too-short-rule");
        var grant = florence()
                .post(
                        "/api/v1/persons/" + id + "/exceptional-access",
                        Map.of(
                                "reason",
                                "PERSON_AT_DESK",
                                "text",
                                "  La persona chiede a che punto è il suo patto.  "));
        assertThat(grant.status()).as(grant.body()).isEqualTo(201);
        assertThat(grant.json().path("expiresAt").asString()).matches(".*T.*(Z|[+-]\\d\\d:\\d\\d)$");
        assertThat(grant.json().path("ownerCentre").asString()).isEqualTo("CPI-PI");
        assertThat(grant.json().path("text").asString()).isEqualTo("La persona chiede a che punto è il suo patto.");
        for (String path : paths) {
            assertThat(florence().get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(jdbc.queryForList(
                        "select exceptional_reason from audit_entry where person_id = ?::uuid and username = 'operatore' "
                                + "and action = 'READ'",
                        String.class,
                        id))
                .hasSize(3)
                .allSatisfy(reason ->
                        assertThat(reason).isEqualTo("PERSON_AT_DESK: La persona chiede a che punto è il suo patto."));
        var stillNoWrite = florence().post("/api/v1/persons/" + id + "/consents", Map.of("state", "WITHDRAWN"));
        assertThat(stillNoWrite.status()).isEqualTo(403);
        assertThat(stillNoWrite.code()).isEqualTo("access.other-centre");

        // the Pisa coordinator sees who read, why and until when
        var pisaCoordinator = new Actor(null, "coordpisa", "Coordinatore Pisa", "CPI-PI", "COORDINATOR,OPERATOR");
        assertThat(worklist.worklist(pisaCoordinator, LocalDate.now(ROME)))
                .filteredOn(i -> i.personName() != null && i.personName().startsWith(surname))
                .extracting(WorklistItem::section, WorklistItem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        ChargeWorklist.GRANTS, "access.worklist.exceptional.PERSON_AT_DESK"));

        // an hour later the grant has expired
        jdbc.update(
                "update exceptional_access set granted_at = granted_at - interval '2 hours', "
                        + "expires_at = expires_at - interval '2 hours' where person_id = ?::uuid",
                id);
        var expired = florence().get(paths[1]);
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.code()).isEqualTo("access.other-centre");

        // taking the person over needs a reason
        var noReason = florence().post("/api/v1/persons/" + id + "/intakes", intake(florence(), "REFUSED"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.fieldCode("transferReason")).isEqualTo("intake.transfer.reason-required");
        var blankReason = intake(florence(), "REFUSED");
        blankReason.put("transferReason", "   ");
        assertThat(florence()
                        .post("/api/v1/persons/" + id + "/intakes", blankReason)
                        .fieldCode("transferReason"))
                .isEqualTo("intake.transfer.reason-required");
        assertThat(jdbc.queryForObject(
                        "select centre_code from intake where person_id = ?::uuid and status = 'CURRENT'",
                        String.class,
                        id))
                .isEqualTo("CPI-PI");

        var transfer = intake(florence(), "REFUSED");
        transfer.put("transferReason", " La persona si è trasferita a Firenze. ");
        var taken = florence().post("/api/v1/persons/" + id + "/intakes", transfer);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().path("centreCode").asString()).isEqualTo("CPI-FI");
        assertThat(taken.json().path("transferredFrom").asString()).isEqualTo("CPI-PI");
        assertThat(taken.json().path("transferReason").asString()).isEqualTo("La persona si è trasferita a Firenze.");

        // the case moved with the person: Firenze reads and writes it, with its history; Pisa no longer does
        var history = florence().get(paths[0]);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().findValuesAsString("centreCode")).containsExactlyInAnyOrder("CPI-FI", "CPI-PI");
        assertThat(florence().get(paths[2]).json().findValuesAsString("state")).containsExactly("REFUSED", "GIVEN");
        assertThat(florence()
                        .post("/api/v1/persons/" + id + "/consents", Map.of("state", "GIVEN"))
                        .status())
                .isEqualTo(201);
        for (String path : paths) {
            var refused = pisa().get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.code()).as(path).isEqualTo("access.other-centre");
        }

        // the Pisa coordinator is told; an operator is not
        assertThat(worklist.worklist(pisaCoordinator, LocalDate.now(ROME)))
                .filteredOn(i -> i.personName() != null && i.personName().startsWith(surname))
                .filteredOn(i -> i.section().equals(ChargeWorklist.TRANSFERS))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.messageKey()).isEqualTo("access.worklist.transferred");
                    assertThat(i.args().getFirst()).isEqualTo("CPI Firenze (FI)");
                });
        assertThat(worklist.worklist(
                        new Actor(null, "multicentro", "Paolo Ferri", "CPI-PI", "OPERATOR"), LocalDate.now(ROME)))
                .isEmpty();
        assertThat(worklist.worklist(
                        new Actor(null, "coordinatore", "Marco Neri", "CPI-FI", "COORDINATOR,OPERATOR"),
                        LocalDate.now(ROME)))
                .filteredOn(i -> i.personName() != null && i.personName().startsWith(surname))
                .isEmpty();

        // the timeline and the audit log record the transfer
        assertThat(florence()
                        .get("/api/v1/persons/" + id + "/timeline")
                        .json()
                        .path("entries")
                        .findValuesAsString("summaryKey"))
                .contains("timeline.intake.transferred", "timeline.access.exceptional.PERSON_AT_DESK");
    }

    @Test
    void anExceptionalAccessIsForAnotherCentresPersonAndForCaseWorkersOnly() {
        String own = florence()
                .post("/api/v1/persons", Persons.florentine("Propri"))
                .json()
                .path("id")
                .asString();
        var notNeeded = florence()
                .post(
                        "/api/v1/persons/" + own + "/exceptional-access",
                        Map.of("reason", "IDENTITY_CHECK", "text", "Possibile duplicato da verificare"));
        assertThat(notNeeded.status()).isEqualTo(422);
        assertThat(notNeeded.code()).isEqualTo("access.exceptional.not-needed");

        String id = pisanPerson("Amministrati");
        var admin = Api.as(port, "amministratore");
        var byAdmin = admin.post(
                "/api/v1/persons/" + id + "/exceptional-access",
                Map.of("reason", "OTHER", "text", "Solo per vedere che cosa succede"));
        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byAdmin.code()).isEqualTo("access.role");
        assertThat(admin.get("/api/v1/persons/" + id + "/consents").code()).isEqualTo("access.role");
        var adminIntake = admin.post("/api/v1/persons/" + own + "/intakes", intake(florence(), "GIVEN"));
        assertThat(adminIntake.status()).isEqualTo(403);
        assertThat(adminIntake.code()).isEqualTo("access.role");

        var noReason = florence()
                .post(
                        "/api/v1/persons/" + id + "/exceptional-access",
                        Map.of("text", "Possibile duplicato da verificare"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.fieldCode("reason")).isEqualTo("field.required-rule");
        assertThat(florence()
                        .post(
                                "/api/v1/persons/00000000-0000-0000-0000-000000000001/exceptional-access",
                                Map.of("reason", "OTHER", "text", "Possibile duplicato da verificare"))
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from exceptional_access where person_id = ?::uuid", Integer.class, id))
                .isZero();

        // the list of grants is the owning centre's coordinator's
        assertThat(Api.as(port, "coordinatore")
                        .get("/api/v1/access/exceptional")
                        .status())
                .isEqualTo(200);
        assertThat(florence().get("/api/v1/access/exceptional").code()).isEqualTo("access.role");
    }
}
