package it.orienta.scouting;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.Employers;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.CefrLevel;
import it.orienta.person.PersonService;
import it.orienta.person.SpecialCategoryData;
import it.orienta.vacancy.EmployerCommand;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyCommand;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Scouting on the whole application: vacancies published through the vacancy service by the pre-selection operator,
 * persons registered, taken in charge and given a desired occupation through the API by the operator. The person's
 * opportunities come ranked with their reason and gap chips (code and text, Italian and English); a person without
 * the matching consent gets a problem and is never a candidate; a vacancy reserved to L. 68/99 reaches only the
 * protected person and neither answer says why; a person nobody has in charge, and a user without access, get their
 * own problems.
 */
@OrientaAppTest
class ScoutingIT {

    static final String UNIT = "3.3.1.2.1";
    static final String SIBLING = "3.3.1.1.1"; // the same third-level class 3.3.1

    @LocalServerPort
    int port;

    @Autowired
    VacancyService vacancies;

    @Autowired
    EmployerService employers;

    @Autowired
    PersonService persons;

    @Autowired
    OrganisationService organisation;

    private Api operator() {
        return Api.as(port, "operatore");
    }

    private VacancyView publish(UUID employer, String profession, List<VacancyView.Language> languages, boolean l68) {
        return organisation.runAs(
                "preselezione",
                () -> vacancies.publish(new VacancyCommand(
                        employer,
                        profession,
                        "Impiegato " + profession + (l68 ? " (L. 68/99)" : ""),
                        "",
                        1,
                        "048017",
                        ContractType.FIXED_TERM,
                        WorkingTime.FULL_TIME,
                        null,
                        LocalDate.now(Api.ROME).minusDays(2),
                        LocalDate.now(Api.ROME).plusDays(10),
                        new VacancyView.Requirements(null, List.of(), languages, null),
                        l68,
                        Source.MANUAL,
                        null)));
    }

    /** A Florentine registered and (unless {@code consent} is null) taken in charge, wanting {@link #UNIT}. */
    private UUID person(String lastName, String consent) {
        var registered = operator().post("/api/v1/persons", Persons.florentine(lastName));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        UUID id = UUID.fromString(registered.json().path("id").asString());
        if (consent == null) {
            return id;
        }
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(Api.ROME).toString());
        intake.put(
                "privacyNoticeId",
                operator()
                        .get("/api/v1/privacy-notices/current")
                        .json()
                        .path("id")
                        .asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", consent);
        assertThat(operator().post("/api/v1/persons/" + id + "/intakes", intake).status())
                .isEqualTo(201);
        var occupation = new HashMap<String, Object>();
        occupation.put("professionCode", UNIT);
        occupation.put("fromWork", true);
        occupation.put("interviewDate", LocalDate.now(Api.ROME).minusDays(1).toString());
        var added = operator().post("/api/v1/persons/" + id + "/occupations", occupation);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return id;
    }

    private static List<String> ids(JsonNode list, String field) {
        var ids = new ArrayList<String>();
        list.forEach(n -> ids.add(n.path(field).asString()));
        return ids;
    }

    private static JsonNode item(JsonNode list, String field, Object id) {
        for (JsonNode n : list) {
            if (n.path(field).asString().equals(id.toString())) return n;
        }
        throw new AssertionError(id + " not in " + list);
    }

    private static List<String> codes(JsonNode chips) {
        return ids(chips, "code");
    }

    @Test
    void opportunitiesRankedAndExplainedConsentAndTheL68ReservationDecideWhoSeesWhat() {
        UUID employer = organisation
                .runAs(
                        "preselezione",
                        () -> employers.register(new EmployerCommand(
                                Employers.partitaIva(),
                                "Studio Associato Scouting",
                                "69.20",
                                "048017",
                                "Via Larga 1",
                                "",
                                "",
                                "",
                                null,
                                "",
                                Source.MANUAL,
                                null)))
                .id();
        var english = publish(employer, UNIT, List.of(new VacancyView.Language("en", CefrLevel.B1)), false);
        var sibling = publish(employer, SIBLING, List.of(), false);
        var reserved = publish(employer, UNIT, List.of(), true);

        UUID consenting = person("Opportuno", "GIVEN");
        UUID refusing = person("Riservato", "REFUSED");
        UUID protectedPerson = person("Tutelata", "GIVEN");
        organisation.runAs(
                "operatore",
                () -> persons.updateSpecialCategoryData(
                        protectedPerson,
                        persons.view(protectedPerson).version(),
                        new SpecialCategoryData(true, 67, null)));
        String path = "/api/v1/persons/" + consenting + "/opportunities";

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var found = operator().get(path);
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            assertThat(ids(found.json().path("opportunities"), "vacancyId"))
                    .containsSubsequence(english.id().toString(), sibling.id().toString())
                    .doesNotContain(reserved.id().toString());
        });
        var found = operator().get(path).json();
        assertThat(found.path("widening").asString()).isNotEmpty();
        assertThat(found.path("wideningText").asString()).isNotEmpty();
        var best = item(found.path("opportunities"), "vacancyId", english.id());
        assertThat(best.path("title").asString()).isEqualTo(english.title());
        assertThat(best.path("daysLeft").asInt()).isEqualTo(10);
        assertThat(best.path("proposeUrl").asString())
                .isEqualTo("/proposals/new?vacancyId=" + english.id() + "&personId=" + consenting);
        assertThat(codes(best.path("reasons")))
                .contains("matching.reason.profession.desired", "matching.reason.place.municipality");
        assertThat(item(best.path("reasons"), "code", "matching.reason.profession.desired")
                        .path("text")
                        .asString())
                .isEqualTo("Stessa professione desiderata");
        var language = item(best.path("gaps"), "code", "matching.gap.language.none");
        assertThat(language.path("text").asString()).isEqualTo("Inglese B1 richiesto: non indicato");
        assertThat(language.path("measure").asString()).isEqualTo("C07-WLP-LIN");
        assertThat(codes(item(found.path("opportunities"), "vacancyId", sibling.id())
                        .path("reasons")))
                .contains("matching.reason.profession.class");
        var inEnglish = operator().header("Accept-Language", "en").get(path).json();
        var bestInEnglish = item(inEnglish.path("opportunities"), "vacancyId", english.id());
        assertThat(item(bestInEnglish.path("gaps"), "code", "matching.gap.language.none")
                        .path("text")
                        .asString())
                .isEqualTo("English B1 required: not stated");

        // no consent: a problem, and never a candidate
        var refused = operator().get("/api/v1/persons/" + refusing + "/opportunities");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("matching.consent.not-given");
        var candidates = Api.as(port, "preselezione").get("/api/v1/vacancies/" + english.id() + "/candidates");
        assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
        var listed = ids(candidates.json().path("candidates"), "personId");
        assertThat(listed).contains(consenting.toString(), protectedPerson.toString());
        assertThat(listed).doesNotContain(refusing.toString());
        var row = item(candidates.json().path("candidates"), "personId", consenting);
        assertThat(row.path("municipality").asString()).isEqualTo("Firenze (FI)");
        assertThat(row.path("ageBand").asString()).isNotEmpty();
        assertThat(row.has("email") || row.has("mobilePhone") || row.has("birthDate") || row.has("taxCode"))
                .isFalse();

        assertThat(row.path("sameCentre").asBoolean()).isTrue();
        // an operator working in Pisa asks the Florentine centre to propose instead
        var fromPisa = Api.as(port, "multicentro")
                .header("X-Orienta-Centre", "CPI-PI")
                .get("/api/v1/vacancies/" + english.id() + "/candidates");
        assertThat(fromPisa.status()).as(fromPisa.body()).isEqualTo(200);
        var seenFromPisa = item(fromPisa.json().path("candidates"), "personId", consenting);
        assertThat(seenFromPisa.path("sameCentre").asBoolean()).isFalse();
        assertThat(seenFromPisa.path("centreCode").asString()).isEqualTo("CPI-FI");

        // reading a person's opportunities is a read of their case, in the audit log
        var audit = Api.as(port, "amministratore")
                .get("/api/v1/audit?personId=" + consenting + "&size=200")
                .json();
        assertThat(audit.findValuesAsString("entityLabel")).contains("il profilo per l’incrocio domanda-offerta");

        // L. 68/99: only the protected person, and nothing says why
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var reservedCandidates =
                    Api.as(port, "preselezione").get("/api/v1/vacancies/" + reserved.id() + "/candidates?limit=200");
            var reservedListed = ids(reservedCandidates.json().path("candidates"), "personId");
            assertThat(reservedListed).contains(protectedPerson.toString()).doesNotContain(consenting.toString());
            assertThat(reservedCandidates.body())
                    .doesNotContainIgnoringCase("protect")
                    .doesNotContain("disabil");
        });
        var protectedOpportunities = operator().get("/api/v1/persons/" + protectedPerson + "/opportunities");
        assertThat(ids(protectedOpportunities.json().path("opportunities"), "vacancyId"))
                .contains(reserved.id().toString(), english.id().toString());
        assertThat(protectedOpportunities.body())
                .doesNotContainIgnoringCase("protect")
                .doesNotContain("disabil");

        // nobody has the person in charge; a user without access
        var notInCharge = operator().get("/api/v1/persons/" + person("Libero", null) + "/opportunities");
        assertThat(notInCharge.status()).isEqualTo(422);
        assertThat(notInCharge.code()).isEqualTo("matching.not-in-charge");
        assertThat(Api.as(port, "regionale").get(path).status()).isEqualTo(403);
        assertThat(Api.as(port, "operatore")
                        .get("/api/v1/vacancies/" + UUID.randomUUID() + "/candidates")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theCompaniesNearAPersonAndTheSelfPromotionDocumentThroughTheApi() {
        UUID employer = organisation
                .runAs(
                        "preselezione",
                        () -> employers.register(new EmployerCommand(
                                Employers.partitaIva(),
                                "Studio Autocandidature",
                                "69.20",
                                "048017",
                                "Via Larga 2",
                                "studio@example.it",
                                "",
                                "Carla Bianchi",
                                null,
                                "",
                                Source.MANUAL,
                                null)))
                .id();
        publish(employer, UNIT, List.of(), false);
        UUID person = person("Autocandidata", "REFUSED"); // self-promotion needs no matching consent: nothing is sent

        var found = operator().get("/api/v1/persons/" + person + "/companies");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().path("area").asString()).isNotEmpty();
        var company = item(found.json().path("companies"), "employerId", employer);
        assertThat(company.path("name").asString()).isEqualTo("Studio Autocandidature");
        assertThat(company.path("contactPerson").asString()).isEqualTo("Carla Bianchi");
        assertThat(company.path("vacanciesInProfessions").asInt()).isEqualTo(1);
        assertThat(item(company.path("reasons"), "code", "same-unit")
                        .path("text")
                        .asString())
                .startsWith("1 offerta per le professioni della persona");
        var inEnglish = operator()
                .header("Accept-Language", "en")
                .get("/api/v1/persons/" + person + "/companies")
                .json();
        assertThat(item(
                                item(inEnglish.path("companies"), "employerId", employer)
                                        .path("reasons"),
                                "code",
                                "same-unit")
                        .path("text")
                        .asString())
                .startsWith("1 vacancy in the person’s professions");

        String documents = "/api/v1/persons/" + person + "/self-promotion-documents";
        var none = operator().post(documents, java.util.Map.of("employerIds", List.of()));
        assertThat(none.status()).as(none.body()).isEqualTo(422);
        assertThat(none.fieldCode("employerIds")).isEqualTo("selfpromotion.employers.required");
        var stranger = operator().post(documents, java.util.Map.of("employerIds", List.of(UUID.randomUUID())));
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.fieldCode("employerIds")).isEqualTo("selfpromotion.employers.not-listed");
        var otherCentre = Api.as(port, "multicentro")
                .header("X-Orienta-Centre", "CPI-PI")
                .post(documents, java.util.Map.of("employerIds", List.of(employer)));
        assertThat(otherCentre.status()).isEqualTo(403);

        var document = operator().post(documents, java.util.Map.of("employerIds", List.of(employer)));
        assertThat(document.status()).as(document.body()).isEqualTo(200);
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.body()).startsWith("%PDF-");

        // on the timeline; in the audit log as an export of the person's data
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var audit = Api.as(port, "amministratore")
                    .get("/api/v1/audit?personId=" + person + "&size=200")
                    .json();
            assertThat(audit.findValuesAsString("entityType")).contains("SelfPromotion");
        });
        var timeline = operator().get("/api/v1/persons/" + person + "/timeline");
        assertThat(timeline.body()).contains("timeline.selfpromotion.supported").contains("Studio Autocandidature");
    }
}
