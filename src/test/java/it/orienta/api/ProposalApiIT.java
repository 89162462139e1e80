package it.orienta.api;

import static it.orienta.Api.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.Employers;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.OrganisationService.OperatorCommand;
import it.orienta.organisation.Role;
import it.orienta.vacancy.EmployerCommand;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyCommand;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Proposals on the whole application through the REST API: the way to HIRED with its timeline entries and the
 * message in the outbox; the refusals as problem details with their rule and field (duplicate, vacancy closed, the
 * steps' order, a stale If-Match); two operators proposing the same vacancy to the same person at once make one
 * proposal and the other is told so (409, never 500); and a request of another centre accepted by the centre in
 * charge. Vacancies are published through {@code VacancyService}, as the pre-selection operator does.
 */
@OrientaAppTest
public class ProposalApiIT {

    static final String PISA = "propostepisa";

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisation;

    @Autowired
    EmployerService employers;

    @Autowired
    VacancyService vacancies;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void pisa() {
        if (organisation.operatorByUsername(PISA).isEmpty()) {
            organisation.createOperator(
                    new OperatorCommand(
                            PISA,
                            "Operatore Pisano",
                            PISA + "@orienta.test",
                            Set.of(Role.OPERATOR),
                            Set.of("CPI-PI"),
                            true),
                    "Orienta.2026");
        }
    }

    Api florence() {
        return Api.as(port, "operatore");
    }

    Api pisaApi() {
        return Api.as(port, PISA).header("X-Orienta-Centre", "CPI-PI");
    }

    VacancyView vacancy(String title) {
        return organisation.runAs("preselezione", () -> {
            var employer = employers.register(new EmployerCommand(
                    Employers.partitaIva(),
                    "Ditta " + title,
                    "56.10",
                    "048017",
                    "Via Roma 1",
                    "",
                    "",
                    "",
                    null,
                    "",
                    null,
                    null));
            return vacancies.publish(new VacancyCommand(
                    employer.id(),
                    "5.2.2.3.2",
                    title,
                    "",
                    1,
                    "048017",
                    ContractType.FIXED_TERM,
                    WorkingTime.FULL_TIME,
                    null,
                    LocalDate.now(ROME),
                    LocalDate.now(ROME).plusDays(30),
                    null,
                    false,
                    Source.MANUAL,
                    null));
        });
    }

    /** A person registered and taken in charge at Florence with the matching consent given. */
    String person(String lastName) {
        var created = florence().post("/api/v1/persons", Persons.florentine(lastName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(ROME).toString());
        intake.put(
                "privacyNoticeId",
                florence()
                        .get("/api/v1/privacy-notices/current")
                        .json()
                        .path("id")
                        .asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        var taken = florence().post("/api/v1/persons/" + id + "/intakes", intake);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        return id;
    }

    static Map<String, Object> propose(VacancyView v, String person) {
        var m = new HashMap<String, Object>();
        m.put("vacancyId", v.id().toString());
        m.put("personId", person);
        m.put("channel", "IN_PERSON");
        m.put("proposedOn", LocalDate.now(ROME).toString());
        return m;
    }

    static String today() {
        return LocalDate.now(ROME).toString();
    }

    @Test
    void aProposalGoesToHiredOnTheTimelineAndTheVacancyReachesThePersonByMessage() {
        var vacancy = vacancy("Aiuto cuoco di linea");
        String person = person("Propostaassunta");
        var made = florence().post("/api/v1/proposals", propose(vacancy, person));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().path("id").asString();
        assertThat(made.json().path("status").asString()).isEqualTo("PROPOSED");

        var twice = florence().post("/api/v1/proposals", propose(vacancy, person));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("proposal.duplicate");

        var early = florence()
                .header("If-Match", made.etag())
                .post("/api/v1/proposals/" + id + "/outcome", Map.of("outcome", "NOT_SELECTED", "on", today()));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("proposal.step.order");

        var answered = florence()
                .header("If-Match", made.etag())
                .post("/api/v1/proposals/" + id + "/answer", Map.of("answer", "INTERESTED", "on", today()));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        var stale = florence()
                .header("If-Match", made.etag())
                .post("/api/v1/proposals/" + id + "/candidature", Map.of("on", today(), "to", "EMPLOYER"));
        assertThat(stale.status()).isEqualTo(409);
        var noTo = florence()
                .header("If-Match", answered.etag())
                .post("/api/v1/proposals/" + id + "/candidature", Map.of("on", today()));
        assertThat(noTo.status()).isEqualTo(422);
        assertThat(noTo.fieldCode("to")).isEqualTo("proposal.candidature.to.required");
        var sent = florence()
                .header("If-Match", answered.etag())
                .post(
                        "/api/v1/proposals/" + id + "/candidature",
                        Map.of("on", today(), "to", "EMPLOYER", "how", "e-mail al referente"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        var hired = florence()
                .header("If-Match", sent.etag())
                .post(
                        "/api/v1/proposals/" + id + "/outcome",
                        Map.of(
                                "outcome",
                                "HIRED",
                                "on",
                                today(),
                                "contract",
                                "FIXED_TERM",
                                "startDate",
                                LocalDate.now(ROME).plusDays(7).toString()));
        assertThat(hired.status()).as(hired.body()).isEqualTo(200);
        assertThat(hired.json().path("status").asString()).isEqualTo("HIRED");
        assertThat(hired.json().path("steps").size()).isEqualTo(4);

        var timeline = florence().get("/api/v1/persons/" + person + "/timeline?kind=proposal&size=50");
        assertThat(timeline.status()).isEqualTo(200);
        var keys = new ArrayList<String>();
        timeline.json()
                .path("entries")
                .forEach(e -> keys.add(e.path("summaryKey").asString()));
        assertThat(keys)
                .contains(
                        "timeline.proposal.made",
                        "timeline.proposal.interested",
                        "timeline.proposal.candidature.employer",
                        "timeline.proposal.outcome.hired");

        var messages = florence().get("/api/v1/persons/" + person + "/messages");
        assertThat(messages.status()).isEqualTo(200);
        var subjects = new ArrayList<String>();
        messages.json().forEach(m -> subjects.add(m.path("subject").asString()));
        assertThat(subjects).anySatisfy(s -> assertThat(s).contains("Aiuto cuoco di linea"));

        var ofPerson = florence().get("/api/v1/persons/" + person + "/proposals");
        assertThat(ofPerson.json().size()).isEqualTo(1);
        var ofVacancy = Api.as(port, "preselezione").get("/api/v1/vacancies/" + vacancy.id() + "/proposals");
        assertThat(ofVacancy.status()).isEqualTo(200);
        assertThat(ofVacancy.json().get(0).path("status").asString()).isEqualTo("HIRED");
        // another centre reads no one's proposals but its own persons'
        assertThat(pisaApi().get("/api/v1/persons/" + person + "/proposals").status())
                .isEqualTo(403);
    }

    @Test
    void aClosedVacancyIsRefusedAtItsField() {
        var vacancy = vacancy("Banconiere");
        var suspended = organisation.runAs(
                "preselezione",
                () -> vacancies.changeStatus(vacancy.id(), vacancy.version(), Status.SUSPENDED, "", null));
        var refused = florence().post("/api/v1/proposals", propose(suspended, person("Propostachiusa")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldCode("vacancyId")).isEqualTo("proposal.vacancy-closed");
        var noChannel = propose(vacancy("Barista"), person("Propostasenzacanale"));
        noChannel.remove("channel");
        var missing = florence().post("/api/v1/proposals", noChannel);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.fieldCode("channel")).as(missing.body()).isEqualTo("proposal.channel.required");
    }

    @Test
    void twoOperatorsProposingAtOnceMakeOneProposalAndTheOtherIsToldItIsADuplicate() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                var vacancy = vacancy("Magazziniere " + round);
                String person = person("Propostadoppia");
                var start = new CountDownLatch(1);
                Callable<Api.Response> operator = () -> {
                    start.await();
                    return florence().post("/api/v1/proposals", propose(vacancy, person));
                };
                Callable<Api.Response> coordinator = () -> {
                    start.await();
                    return Api.as(port, "coordinatore").post("/api/v1/proposals", propose(vacancy, person));
                };
                var a = pool.submit(operator);
                var b = pool.submit(coordinator);
                start.countDown();
                var statuses = List.of(a.get().status(), b.get().status());
                assertThat(statuses).as(a.get().body() + " / " + b.get().body()).containsExactlyInAnyOrder(201, 409);
                var loser = a.get().status() == 409 ? a.get() : b.get();
                assertThat(loser.code()).isEqualTo("proposal.duplicate");
                Integer rows = jdbc.queryForObject(
                        "select count(*) from proposal where vacancy_id = ? and person_id = cast(? as uuid)",
                        Integer.class,
                        vacancy.id(),
                        person);
                assertThat(rows).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherCentresRequestIsAcceptedByTheCentreInChargeWhichProposes() {
        var vacancy = vacancy("Cuoco di Pisa");
        String person = person("Propostarichiesta");
        var body = propose(vacancy, person);
        body.put("note", "Profilo adatto, conosce il locale");
        var asked = pisaApi().post("/api/v1/proposals", body);
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        String request = asked.json().path("id").asString();
        assertThat(asked.json().path("toCentre").asString()).isEqualTo("CPI-FI");
        assertThat(asked.json().path("status").asString()).isEqualTo("PENDING");

        var incoming = florence().get("/api/v1/proposal-requests");
        assertThat(incoming.status()).isEqualTo(200);
        JsonNode found = null;
        for (var r : incoming.json()) {
            if (r.path("id").asString().equals(request)) found = r;
        }
        assertThat(found).isNotNull();
        assertThat(found.path("note").asString()).isEqualTo("Profilo adatto, conosce il locale");
        // the requester cannot accept for the centre in charge
        assertThat(pisaApi()
                        .header("If-Match", asked.etag())
                        .post(
                                "/api/v1/proposal-requests/" + request + "/accept",
                                Map.of("channel", "PHONE", "proposedOn", today()))
                        .status())
                .isEqualTo(403);

        var accepted = florence()
                .header("If-Match", asked.etag())
                .post(
                        "/api/v1/proposal-requests/" + request + "/accept",
                        Map.of("channel", "PHONE", "proposedOn", today()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("centreCode").asString()).isEqualTo("CPI-FI");
        assertThat(accepted.json().path("requestId").asString()).isEqualTo(request);

        var outgoing = pisaApi().get("/api/v1/proposal-requests?direction=outgoing");
        JsonNode mine = null;
        for (var r : outgoing.json()) {
            if (r.path("id").asString().equals(request)) mine = r;
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(mine.path("proposalId").asString())
                .isEqualTo(accepted.json().path("id").asString());

        var timeline = florence().get("/api/v1/persons/" + person + "/timeline?kind=proposal&size=50");
        var keys = new ArrayList<String>();
        timeline.json()
                .path("entries")
                .forEach(e -> keys.add(e.path("summaryKey").asString()));
        assertThat(keys)
                .contains(
                        "timeline.proposal.requested", "timeline.proposal.request.accepted", "timeline.proposal.made");
    }
}
