package it.orienta.audit;

import static it.orienta.audit.AuditMother.FIRENZE;
import static it.orienta.audit.AuditMother.PERSON;
import static it.orienta.audit.AuditMother.PISA;
import static it.orienta.audit.AuditMother.ROSSI;
import static it.orienta.audit.AuditMother.TAX_CODE;
import static it.orienta.audit.AuditMother.change;
import static it.orienta.audit.AuditMother.entry;
import static it.orienta.audit.AuditMother.exceptional;
import static it.orienta.audit.AuditMother.found;
import static it.orienta.audit.AuditMother.inCharge;
import static it.orienta.audit.AuditMother.query;
import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertFieldError;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;

import it.orienta.intake.IntakeService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Logins;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonService;
import it.orienta.system.AuditAction;
import it.orienta.system.DomainEvent;
import it.orienta.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(AuditApiController.class)
@Import(AuditMother.Slice.class)
class AuditApiControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationService organisation;

    @MockitoBean
    AuditLog log;

    @MockitoBean
    PersonService persons;

    @MockitoBean
    IntakeService intakes;

    @BeforeEach
    void centresAndPersons() {
        given(organisation.centres()).willReturn(List.of(FIRENZE, PISA));
        given(organisation.centre("CPI-FI")).willReturn(Optional.of(FIRENZE));
        given(organisation.centre("CPI-PI")).willReturn(Optional.of(PISA));
        given(persons.summaries(anyCollection())).willReturn(Map.of(PERSON, ROSSI));
        given(intakes.currentAt(anyString(), anyInt(), anyInt())).willReturn(List.of());
    }

    @Test
    void anonymousGetsAProblemAskingToAuthenticate() {
        assertProblem(mvc.get().uri("/api/v1/audit").exchange(), 401, "auth.required");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void operatorsAreForbidden() {
        var result = mvc.get().uri("/api/v1/audit").with(operator()).exchange();

        assertProblem(result, 403, "auth.forbidden");
        assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/audit");
        assertProblem(mvc.get().uri("/api/v1/audit/export").with(operator()).exchange(), 403, "auth.forbidden");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void entriesComeWithTheirCodesAndTheirWords() {
        given(log.search(any(), anyInt(), anyInt()))
                .willReturn(List.of(entry(7), change(8, "Person", List.of("taxCode"))));

        var result = mvc.get().uri("/api/v1/audit").with(admin()).exchange();

        assertThat(result).hasStatusOk().hasHeader("X-Has-More", "false");
        var json = assertThat(result).bodyJson();
        json.extractingPath("$[0].id").isEqualTo(7);
        json.extractingPath("$[0].action").isEqualTo("READ");
        json.extractingPath("$[0].actionLabel").isEqualTo("Lettura");
        json.extractingPath("$[0].entityType").isEqualTo("worker-file");
        json.extractingPath("$[0].entityLabel").isEqualTo("il fascicolo del lavoratore");
        json.extractingPath("$[0].roles").isEqualTo("OPERATOR");
        json.extractingPath("$[0].rolesLabel").isEqualTo("Operatore");
        json.extractingPath("$[0].centreLabel").isEqualTo("CPI Firenze (FI)");
        json.extractingPath("$[0].personId").isEqualTo(PERSON.toString());
        json.extractingPath("$[0].personName").isEqualTo("Mario Rossi");
        json.extractingPath("$[0].personTaxCode").isEqualTo(TAX_CODE);
        json.extractingPath("$[1].entityLabel").isEqualTo("la scheda anagrafica");
        json.extractingPath("$[1].fields").asArray().containsExactly("taxCode");
        json.extractingPath("$[1].fieldLabels").asArray().containsExactly("Codice fiscale");
        json.extractingPath("$[1].rolesLabel").isEqualTo("Coordinatore, Operatore");
        then(log).should().search(query(null, List.of()), 0, 50);
    }

    @Test
    void wordsFollowAcceptLanguage() {
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of(entry(7)));

        var json = assertThat(mvc.get()
                        .uri("/api/v1/audit")
                        .header("Accept-Language", "en")
                        .with(admin())
                        .exchange())
                .bodyJson();
        json.extractingPath("$[0].actionLabel").isEqualTo("Read");
        json.extractingPath("$[0].entityLabel").isEqualTo("the worker file");
    }

    @Test
    void coordinatorsSeeTheirFirstCentreAndTheAccessesToItsPersonsFromElsewhere() {
        given(intakes.currentAt("CPI-FI", 0, AuditSearch.IN_CHARGE_BATCH))
                .willReturn(List.of(inCharge(PERSON, "CPI-FI")));
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of(exceptional(9), entry(7)));

        var result = mvc.get().uri("/api/v1/audit").with(coordinator()).exchange();

        assertThat(result).hasStatusOk();
        var json = assertThat(result).bodyJson();
        json.extractingPath("$[0].otherCentre").isEqualTo(true);
        json.extractingPath("$[0].exceptionalReason").isEqualTo("URGENT: colloquio di lavoro domani");
        json.extractingPath("$[1].otherCentre").isEqualTo(false);
        then(log).should().search(query(Logins.CENTRE, List.of(PERSON)), 0, 50);
    }

    @Test
    void coordinatorsPickOneOfTheirCentresWithTheHeader() {
        var account = Logins.account(
                "coordinatrice", "Sara Galli", EnumSet.of(Role.COORDINATOR), Logins.CENTRE, Logins.OTHER_CENTRE);
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get()
                        .uri("/api/v1/audit")
                        .header(CurrentActor.CENTRE_HEADER, Logins.OTHER_CENTRE)
                        .with(Logins.as(account)))
                .hasStatusOk();
        then(log).should().search(query(Logins.OTHER_CENTRE, List.of()), 0, 50);
    }

    @Test
    void aCentreThatIsNotTheirsIsRefused() {
        assertProblem(
                mvc.get()
                        .uri("/api/v1/audit")
                        .header(CurrentActor.CENTRE_HEADER, "CPI-SI")
                        .with(coordinator())
                        .exchange(),
                403,
                "access.centre-not-yours");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void aCoordinatorWithoutCentreSeesNoCentreRatherThanAll() {
        var account = Logins.account("coordinatrice", "Sara Galli", EnumSet.of(Role.COORDINATOR));
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/api/v1/audit").with(Logins.as(account))).hasStatusOk();
        then(log).should().search(query("-", List.of()), 0, 50);
        then(intakes).shouldHaveNoInteractions();
    }

    @Test
    void administratorsSeeEveryCentreWithTheFiltersAsked() {
        given(persons.search(TAX_CODE, null, 0, AuditSearch.MAX_PERSONS)).willReturn(found(ROSSI));
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get()
                        .uri(
                                "/api/v1/audit?person={cf}&username=operatore&centre=CPI-FI&from=2026-11-01&to=2026-11-21"
                                        + "&exceptional=true&page=3&size=10",
                                TAX_CODE)
                        .with(admin()))
                .hasStatusOk()
                .hasBodyTextEqualTo("[]");
        then(log)
                .should()
                .search(
                        new AuditLog.AuditQuery(
                                List.of(PERSON),
                                "operatore",
                                "CPI-FI",
                                LocalDate.of(2026, 11, 1),
                                LocalDate.of(2026, 11, 21),
                                true,
                                null,
                                List.of()),
                        3,
                        10);
    }

    @Test
    void aPersonIdNeedsNoSearch() {
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/api/v1/audit?personId={p}", PERSON).with(admin()))
                .hasStatusOk();
        then(log)
                .should()
                .search(new AuditLog.AuditQuery(List.of(PERSON), null, null, null, null, false, null, null), 0, 50);
        then(persons).should(org.mockito.Mockito.never()).search(any(), any(), anyInt(), anyInt());
    }

    @Test
    void pagesAreAtMostTwoHundredAndSayWhetherMoreFollow() {
        var rows = IntStream.rangeClosed(1, 201).mapToObj(AuditMother::entry).toList();
        given(log.search(any(), anyInt(), anyInt())).willReturn(rows);

        var result =
                mvc.get().uri("/api/v1/audit?size=1000&page=-1").with(admin()).exchange();

        assertThat(result).hasStatusOk().hasHeader("X-Has-More", "true");
        assertThat(result).bodyJson().extractingPath("$").asArray().hasSize(200);
        then(log).should().search(query(null, List.of()), 0, 200);
    }

    @Test
    void aPersonNobodyMatchesIsAProblemAtTheField() {
        given(persons.search("nessuno", null, 0, AuditSearch.MAX_PERSONS)).willReturn(found());

        var result = mvc.get().uri("/api/v1/audit?person=nessuno").with(admin()).exchange();

        assertProblem(result, 422, "audit.person.none");
        assertFieldError(result, "person", "audit.person.none");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void anUnknownCentreOrAnEndBeforeTheStartIsAProblem() {
        var result = mvc.get()
                .uri("/api/v1/audit?centre=CPI-XX&from=2026-11-21&to=2026-11-01")
                .with(admin())
                .exchange();

        assertThat(result).hasStatus(422);
        assertFieldError(result, "centre", "audit.centre.unknown");
        assertFieldError(result, "to", "audit.date.order");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void aPersonIdThatIsNoUuidIsABadRequest() {
        var result = mvc.get().uri("/api/v1/audit?personId=rossi").with(admin()).exchange();

        assertProblem(result, 400, "request.invalid-parameter");
        assertFieldError(result, "personId", "request.invalid-parameter");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void aDateThatIsNoDateIsABadRequest() {
        var result = mvc.get().uri("/api/v1/audit?to=21/11/2026").with(admin()).exchange();

        assertProblem(result, 400, "request.invalid-parameter");
        assertFieldError(result, "to", "request.invalid-parameter");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void theExportStreamsCsvAndIsRecorded() {
        willAnswer(call -> {
                    Consumer<AuditLog.AuditEntry> rows = call.getArgument(1);
                    rows.accept(entry(1));
                    return null;
                })
                .given(log)
                .stream(any(), any());

        var result = mvc.get()
                .uri("/api/v1/audit/export?username=operatore")
                .header("Accept-Language", "en")
                .with(admin())
                .exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        var text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFWhen;Who;Username;")
                .contains("Giulia Bianchi;operatore;CPI Firenze (FI);Operator;Read;the worker file;;Mario Rossi;"
                        + TAX_CODE);
        then(log).should().stream(
                eq(new AuditLog.AuditQuery(null, "operatore", null, null, null, false, null, null)), any());
        var recorded = ArgumentCaptor.forClass(DomainEvent.class);
        then(log).should().recordNow(recorded.capture());
        var line = AuditDescriptions.describe(recorded.getValue());
        assertThat(line.action()).isEqualTo(AuditAction.EXPORT);
        assertThat(line.fields()).containsExactly("username");
    }
}
