package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The person registry through the REST API, on the embedded PostgreSQL. */
@OrientaAppTest
class PersonApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return Api.as(port, "operatore");
    }

    int persons() {
        return jdbc.queryForObject("select count(*) from person", Integer.class);
    }

    @Test
    void registersReadsAndFindsAPerson() {
        var body = Persons.florentine("Gualtieri");
        var created = api().post("/api/v1/persons", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"0\"");
        String id = created.json().path("id").asString();

        var read = api().get("/api/v1/persons/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("lastName").asString()).isEqualTo("Gualtieri");

        var byCode =
                api().get("/api/v1/persons?q=" + body.get("taxCode").toString().toLowerCase());
        assertThat(byCode.json().path("rows").get(0).path("id").asString()).isEqualTo(id);
        var bySurname = api().get("/api/v1/persons?q=gualt");
        assertThat(bySurname.json().path("rows").findValuesAsString("id")).contains(id);
        var byNameAndSurname = api().get("/api/v1/persons?q=" + body.get("firstName") + "%20Gualtieri");
        assertThat(byNameAndSurname.json().path("rows").findValuesAsString("id"))
                .contains(id);
        var byBirthDate = api().get("/api/v1/persons?birthDate=" + body.get("birthDate"));
        assertThat(byBirthDate.json().path("rows").findValuesAsString("id")).contains(id);
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        var body = Persons.florentine("Niccolò");
        body.put("lastName", "Niccolò");
        assertThat(api().post("/api/v1/persons", body).status()).isEqualTo(201);
        assertThat(api().get("/api/v1/persons?q=NICCOLO").json().path("rows").findValuesAsString("lastName"))
                .contains("Niccolò");
    }

    @Test
    void surnamesThatStartWithTheTextComeFirstThenFirstNamesThenNamesWithAWordThatStartsWithIt() {
        for (String surname : new String[] {"Van Quaxbu", "Quaxbero", "De Quaxbi", "Quaxbeta", "Quaxbeli", "Aquaxbo"}) {
            assertThat(api().post("/api/v1/persons", Persons.florentine(surname))
                            .status())
                    .isEqualTo(201);
        }
        var born = java.time.LocalDate.of(1977, 7, 7);
        assertThat(api().post(
                                "/api/v1/persons",
                                Persons.person(
                                        Persons.taxCode("Quaxbina", "Zorzi", born, true, "D612"),
                                        "Quaxbina",
                                        "Zorzi",
                                        "F",
                                        born,
                                        "048017"))
                        .status())
                .isEqualTo(201);
        var pages = new java.util.ArrayList<java.util.List<String>>();
        var more = new java.util.ArrayList<Boolean>();
        for (int page = 0; page < 4; page++) {
            var json = api().get("/api/v1/persons?q=quaxb&size=2&page=" + page).json();
            pages.add(json.path("rows").findValuesAsString("lastName"));
            more.add(json.path("hasMore").asBoolean());
        }
        assertThat(pages)
                .containsExactly(
                        java.util.List.of("Quaxbeli", "Quaxbero"),
                        java.util.List.of("Quaxbeta", "Zorzi"),
                        java.util.List.of("De Quaxbi", "Van Quaxbu"),
                        java.util.List.of());
        assertThat(more).containsExactly(true, true, false, false);
    }

    @Test
    void refusesADuplicateAndAnOmocodeOfItWithALinkToTheRecord() {
        var body = Persons.florentine("Duplicati");
        String id = api().post("/api/v1/persons", body).json().path("id").asString();
        int before = persons();

        var again = api().post("/api/v1/persons", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("person.duplicate");
        assertThat(again.json().path("existing").asString()).isEqualTo("/api/v1/persons/" + id);
        assertThat(again.fieldCode("taxCode")).isEqualTo("person.duplicate");

        var omocode = new HashMap<>(body);
        omocode.put(
                "taxCode",
                it.kamaladafrica.codicefiscale.CodiceFiscale.of((String) body.get("taxCode"))
                        .toOmocodeLevel(2)
                        .getValue());
        var sameOne = api().post("/api/v1/persons", omocode);
        assertThat(sameOne.status()).isEqualTo(409);
        assertThat(sameOne.code()).isEqualTo("person.duplicate");
        assertThat(persons()).isEqualTo(before);
    }

    @Test
    void explainsEachWrongTaxCodeAtTheField() {
        var body = Persons.florentine("Errati");
        String good = (String) body.get("taxCode");
        Map<String, String> cases = Map.of(
                good.substring(0, 15),
                "person.tax-code.length",
                good.substring(0, 15) + (good.charAt(15) == 'A' ? 'B' : 'A'),
                "person.tax-code.check-character",
                "1234567890X",
                "person.tax-code.length",
                "12345678901",
                "person.tax-code.temporary-check-digit",
                "RSSMRA8XT10A562S",
                "person.tax-code.format");
        cases.forEach((code, expected) -> {
            var wrong = new HashMap<>(body);
            wrong.put("taxCode", code);
            var response = api().post("/api/v1/persons", wrong);
            assertThat(response.status()).as(code).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.fieldCode("taxCode")).as(code).isEqualTo(expected);
            assertThat(response.fieldMessage("taxCode")).as(code).isNotBlank();
        });
    }

    @Test
    void refusesBirthDataInconsistentWithTheCode() {
        var body = Persons.florentine("Incoerenti");
        body.put(
                "birthDate",
                LocalDate.parse((String) body.get("birthDate")).plusDays(1).toString());
        body.put("sex", "M".equals(body.get("sex")) ? "F" : "M");
        body.put("birthMunicipalityCode", "050026");
        var response = api().post("/api/v1/persons", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.fieldCode("birthDate")).isEqualTo("person.tax-code.birth-date-mismatch");
        assertThat(response.fieldCode("sex")).isEqualTo("person.tax-code.sex-mismatch");
        assertThat(response.fieldCode("birthMunicipalityCode")).isEqualTo("person.tax-code.birthplace-mismatch");
    }

    @Test
    void acceptsATemporaryCodeAndMarksIt() {
        var body = Persons.florentine("Provvisori");
        body.put("taxCode", "80000000002");
        var response = api().post("/api/v1/persons", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("taxCodeTemporary").asBoolean()).isTrue();
    }

    @Test
    void refusesUnknownCodesDatesOutOfRangeAndBadText() {
        var body = Persons.florentine("Sbagliati");
        body.put("residenceMunicipalityCode", "999999");
        body.put("citizenshipCode", "999");
        var unknown = api().post("/api/v1/persons", body);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.fieldCode("residenceMunicipalityCode")).isEqualTo("reference.unknown-code");
        assertThat(unknown.fieldCode("citizenshipCode")).isEqualTo("reference.unknown-code");

        var future = Persons.florentine("Futuri");
        future.put("birthDate", LocalDate.now(Api.ROME).plusDays(3).toString());
        assertThat(api().post("/api/v1/persons", future).fieldCode("birthDate")).isEqualTo("date.in-future");

        var old = Persons.florentine("Antichi");
        old.put("birthDate", "1899-12-31");
        assertThat(api().post("/api/v1/persons", old).fieldCode("birthDate")).isEqualTo("date.before-1900");

        var longName = Persons.florentine("Lunghi");
        longName.put("firstName", "x".repeat(101));
        var tooLong = api().post("/api/v1/persons", longName);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldCode("firstName")).isEqualTo("validation.Size");

        var control = Persons.florentine("Controllo");
        control.put("notes", "ok\u0007bell");
        var controlled = api().post("/api/v1/persons", control);
        // refused as the JSON is read, for every field of every API request, naming the field
        assertThat(controlled.status()).isEqualTo(400);
        assertThat(controlled.fieldCode("notes")).isEqualTo("text.control-characters");
        assertThat(controlled.fieldMessage("notes"))
                .startsWith("Il testo contiene caratteri invisibili o di controllo");
    }

    @Test
    void refusesInvisibleAndControlCharactersAtTheirField() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("lastName", "Ros\u200Bsi"); // zero-width space
        cases.put("firstName", "Ma\u200Drio"); // zero-width joiner
        cases.put("residenceAddress", "Via Roma \u202E1"); // right-to-left override
        cases.put("domicileAddress", "\uFEFFVia Po 2"); // byte-order mark
        cases.put("notes", "nota \u2066nascosta\u2069"); // bidi isolate
        cases.forEach((field, value) -> {
            var body = Persons.florentine("Invisibili");
            body.put(field, value);
            var response = api().post("/api/v1/persons", body);
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.fieldCode(field)).as(field).isEqualTo("text.control-characters");
        });

        var newline = Persons.florentine("Righe");
        newline.put("lastName", "Rossi\nBianchi");
        newline.put("notes", "prima riga\nseconda riga\tcon tabulazione");
        var refused = api().post("/api/v1/persons", newline);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.fieldCode("lastName")).isEqualTo("text.control-characters");
        assertThat(refused.fieldCode("notes"))
                .as("line breaks and tabs are allowed in notes")
                .isNull();

        String id = api().post("/api/v1/persons", Persons.florentine("Lavoratori"))
                .json()
                .path("id")
                .asString();
        var profession = api().get("/api/v1/reference/professions?q=camerieri")
                .json()
                .get(0)
                .path("code")
                .asString();
        var work = api().post(
                        "/api/v1/persons/" + id + "/work-experiences",
                        Map.of(
                                "employer",
                                "Bar\u2060Centrale",
                                "professionCode",
                                profession,
                                "fromDate",
                                "2019-01-01"));
        assertThat(work.status()).isEqualTo(400); // refused as the JSON is read
        assertThat(work.fieldCode("employer")).isEqualTo("text.control-characters");
        var english = api().header("Accept-Language", "en")
                .header("If-Match", api().get("/api/v1/persons/" + id).etag())
                .put(
                        "/api/v1/persons/" + id + "/special-category-data",
                        Map.of("disabilityL68", false, "vulnerabilityNotes", "x\u200By"));
        assertThat(english.fieldCode("vulnerabilityNotes")).isEqualTo("text.control-characters");
    }

    @Test
    void storesNamesComposedSoThatTheyMatch() {
        var body = Persons.florentine("Niccolò");
        body.put("lastName", "Nicco\u0300li"); // o + combining grave accent
        body.put("residenceAddress", "Via Citta\u0300 1");
        var created = api().post("/api/v1/persons", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("lastName").asString())
                .isEqualTo("Niccòli")
                .hasSize(7);
        assertThat(created.json().path("residenceAddress").asString()).isEqualTo("Via Città 1");
    }

    @Test
    void acceptsATaxCodeInLowerCaseAndWithSpacesAndNamesAWrongMonth() {
        var body = Persons.florentine("Minuscoli");
        String code = (String) body.get("taxCode");
        var spaced = new HashMap<>(body);
        spaced.put(
                "taxCode",
                (code.substring(0, 6) + " " + code.substring(6, 11) + "\u00A0" + code.substring(11)).toLowerCase());
        var created = api().post("/api/v1/persons", spaced);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("taxCode").asString()).isEqualTo(code);

        var month = new HashMap<>(body);
        month.put("taxCode", code.substring(0, 8) + "Z" + code.substring(9));
        var wrong = api().post("/api/v1/persons", month);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.fieldCode("taxCode")).isEqualTo("person.tax-code.month");
        assertThat(wrong.fieldMessage("taxCode")).contains("Z", "A (gennaio)");
    }

    @Test
    void storesMarkupAsTextAndNeverRunsIt() {
        var body = Persons.florentine("Markup");
        body.put("notes", "<script>alert('x')</script>");
        var created = api().post("/api/v1/persons", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(api().get("/api/v1/persons/" + created.json().path("id").asString())
                        .json()
                        .path("notes")
                        .asString())
                .isEqualTo("<script>alert('x')</script>");
    }

    @Test
    void answersBadRequestsWithProblemDetails() {
        var malformed = api().send("POST", "/api/v1/persons", "{\"taxCode\": ", "application/json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("request.malformed-body");

        var wrongType = api().send("POST", "/api/v1/persons", "taxCode=X", "text/plain");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.code()).isEqualTo("request.unsupported-media-type");

        var huge = api().send(
                        "POST", "/api/v1/persons", "{\"notes\":\"" + "x".repeat(300_000) + "\"}", "application/json");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.code()).isEqualTo("request.too-large");

        var anonymous = new Api(port, null, null).get("/api/v1/persons?q=rossi");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("auth.required");

        var missing = api().get("/api/v1/persons/00000000-0000-0000-0000-000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("not-found");
    }

    @Test
    void speaksEnglishWhenAsked() {
        var body = Persons.florentine("Inglesi");
        body.put("birthDate", "1899-12-31");
        var english = api().header("Accept-Language", "en").post("/api/v1/persons", body);
        assertThat(english.fieldMessage("birthDate")).isEqualTo("The date cannot be before 1900.");
        var italian = api().post("/api/v1/persons", body);
        assertThat(italian.fieldMessage("birthDate")).isEqualTo("La data non può essere precedente al 1900.");
    }

    @Test
    void aStaleUpdateGetsTheCurrentStateNotASilentOverwrite() {
        var body = Persons.florentine("Concorrenti");
        var created = api().post("/api/v1/persons", body);
        String id = created.json().path("id").asString();

        var first = new HashMap<>(body);
        first.put("email", "primo@example.it");
        var ok = api().header("If-Match", created.etag()).put("/api/v1/persons/" + id, first);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.etag()).isEqualTo("\"1\"");

        var second = new HashMap<>(body);
        second.put("email", "secondo@example.it");
        var stale = api().header("If-Match", created.etag()).put("/api/v1/persons/" + id, second);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("version.stale");
        assertThat(stale.json().path("current").path("email").asString()).isEqualTo("primo@example.it");

        var noVersion = api().put("/api/v1/persons/" + id, second);
        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(noVersion.code()).isEqualTo("version.required");
        assertThat(api().get("/api/v1/persons/" + id).json().path("email").asString())
                .isEqualTo("primo@example.it");
    }

    @Test
    void educationTitlesAndWorkHistory() {
        String id = api().post("/api/v1/persons", Persons.florentine("Studiosi"))
                .json()
                .path("id")
                .asString();
        var title = api().get("/api/v1/reference/education-titles?q=licenza%20media")
                .json()
                .get(0)
                .path("code")
                .asString();
        var added = api().post(
                        "/api/v1/persons/" + id + "/education-titles",
                        Map.of("titleCode", title, "year", 2001, "institution", "Scuola media Dante"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var unknown = api().post("/api/v1/persons/" + id + "/education-titles", Map.of("titleCode", "99999999"));
        assertThat(unknown.fieldCode("titleCode")).isEqualTo("reference.unknown-code");

        var profession = api().get("/api/v1/reference/professions?q=camerieri")
                .json()
                .get(0)
                .path("code")
                .asString();
        var reversed = api().post(
                        "/api/v1/persons/" + id + "/work-experiences",
                        Map.of(
                                "employer",
                                "Bar Centrale",
                                "professionCode",
                                profession,
                                "fromDate",
                                "2020-05-01",
                                "toDate",
                                "2019-01-01"));
        assertThat(reversed.fieldCode("toDate")).isEqualTo("person.work.period-reversed");
        var work = api().post(
                        "/api/v1/persons/" + id + "/work-experiences",
                        Map.of(
                                "employer",
                                "Bar Centrale",
                                "professionCode",
                                profession,
                                "fromDate",
                                "2019-01-01",
                                "toDate",
                                "2020-05-01",
                                "sepSector",
                                23));
        assertThat(work.status()).as(work.body()).isEqualTo(201);

        var person = api().get("/api/v1/persons/" + id).json();
        assertThat(person.path("educationTitles").size()).isEqualTo(1);
        assertThat(person.path("workExperiences").size()).isEqualTo(1);
        String titleId = person.path("educationTitles").get(0).path("id").asString();
        assertThat(api().delete("/api/v1/persons/" + id + "/education-titles/" + titleId)
                        .status())
                .isEqualTo(204);
        assertThat(api().delete("/api/v1/persons/" + id + "/education-titles/" + titleId)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void specialCategoryDataOnlyForTheRolesThatNeedIt() {
        String id = api().post("/api/v1/persons", Persons.florentine("Riservati"))
                .json()
                .path("id")
                .asString();
        var read = api().get("/api/v1/persons/" + id + "/special-category-data");
        assertThat(read.status()).isEqualTo(200);
        var etag = api().get("/api/v1/persons/" + id).etag();
        var update = api().header("If-Match", etag)
                .put(
                        "/api/v1/persons/" + id + "/special-category-data",
                        Map.of("disabilityL68", true, "disabilityPercentage", 67));
        assertThat(update.status()).as(update.body()).isEqualTo(200);
        assertThat(api().get("/api/v1/persons/" + id).body()).doesNotContain("disability");

        var admin = Api.as(port, "amministratore").get("/api/v1/persons/" + id + "/special-category-data");
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.code()).isEqualTo("access.role");
    }
}
