package it.orienta.audit;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.system.WebSlice.assertFieldError;
import static it.orienta.system.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Logins;
import it.orienta.organisation.Role;
import it.orienta.system.WebSliceTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(AuditController.AuditApiController.class)
class AuditApiControllerTest {

    static final UUID PERSON = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");
    static final AuditLog.AuditFilter NO_FILTER = new AuditLog.AuditFilter(null, null, null, null);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AuditLog log;

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
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void coordinatorsSeeTheirFirstCentreByDefault() {
        given(log.search(any(), any(), anyInt(), anyInt())).willReturn(List.of(AuditControllerTest.entry(7)));

        var result = mvc.get().uri("/api/v1/audit").with(coordinator()).exchange();

        assertThat(result).hasStatusOk().hasHeader("X-Has-More", "false");
        assertThat(result).bodyJson().extractingPath("$[0].id").isEqualTo(7);
        assertThat(result).bodyJson().extractingPath("$[0].entityType").isEqualTo("WorkerFile");
        then(log).should().search(NO_FILTER, Logins.CENTRE, 0, 50);
    }

    @Test
    void coordinatorsPickOneOfTheirCentresWithTheHeader() {
        var account = Logins.account(
                "coordinatrice", "Sara Galli", EnumSet.of(Role.COORDINATOR), Logins.CENTRE, Logins.OTHER_CENTRE);
        given(log.search(any(), any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get()
                        .uri("/api/v1/audit")
                        .header(CurrentActor.CENTRE_HEADER, Logins.OTHER_CENTRE)
                        .with(Logins.as(account)))
                .hasStatusOk();
        then(log).should().search(NO_FILTER, Logins.OTHER_CENTRE, 0, 50);
    }

    @Test
    void aCentreThatIsNotTheirsIsRefused() {
        assertThat(mvc.get()
                        .uri("/api/v1/audit")
                        .header(CurrentActor.CENTRE_HEADER, "CPI-SI")
                        .with(coordinator()))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("access.centre-not-yours");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void administratorsSeeEveryCentreWithTheFiltersAsked() {
        given(log.search(any(), any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get()
                        .uri(
                                "/api/v1/audit?personId={p}&username=operatore&from=2026-11-01&to=2026-11-21&page=3&size=10",
                                PERSON)
                        .with(admin()))
                .hasStatusOk()
                .hasBodyTextEqualTo("[]");
        then(log)
                .should()
                .search(
                        new AuditLog.AuditFilter(
                                PERSON, "operatore", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 21)),
                        null,
                        3,
                        10);
    }

    @Test
    void pagesAreAtMostTwoHundredAndSayWhetherMoreFollow() {
        var rows = IntStream.rangeClosed(1, 201)
                .mapToObj(AuditControllerTest::entry)
                .toList();
        given(log.search(any(), any(), anyInt(), anyInt())).willReturn(rows);

        var result =
                mvc.get().uri("/api/v1/audit?size=1000&page=-1").with(admin()).exchange();

        assertThat(result).hasStatusOk().hasHeader("X-Has-More", "true");
        assertThat(result).bodyJson().extractingPath("$").asArray().hasSize(200);
        then(log).should().search(NO_FILTER, null, 0, 200);
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
}
