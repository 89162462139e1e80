package it.orienta.profiling;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertFieldError;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.RuleViolationException;
import it.orienta.web.WebSliceTest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The profiling API: roles, If-Match, problem details at the fields. */
@WebSliceTest(ProfilingApiController.class)
class ProfilingApiControllerTest {

    static final UUID ID = ProfilingControllerTest.ID;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ProfilingService profiling;

    @MockitoBean
    PspAreas pspAreas;

    @Test
    void anonymousGetsAProblemAndAnAdministratorAloneMayNotReadAnInterview() {
        assertProblem(mvc.get().uri("/api/v1/persons/{id}/profiling", ID).exchange(), 401, "auth.required");
        // the service asks the record-access policy, which refuses the administrator's role
        given(profiling.openInterview(ID)).willThrow(new CaseAccessDeniedException("access.role", null, null));
        assertProblem(
                mvc.get()
                        .uri("/api/v1/persons/{id}/profiling", ID)
                        .with(admin())
                        .exchange(),
                403,
                "access.role");
    }

    @Test
    void theInterviewCarriesItsVersionInTheETag() {
        given(profiling.openInterview(ID)).willReturn(ProfilingControllerTest.interview(Set.of(), null));
        var result = mvc.get()
                .uri("/api/v1/persons/{id}/profiling", ID)
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk().hasHeader("ETag", "\"2\"");
        assertThat(result).bodyJson().extractingPath("$.quantitativeIndex").isEqualTo(0.42);
    }

    @Test
    void thePspsAreasAreReadWithTheMeanAndItsPointOnTheScoreScaleOrNotFoundBeforePhaseTwo() {
        assertProblem(
                mvc.get()
                        .uri("/api/v1/persons/{id}/profiling/psp-areas", ID)
                        .with(operator())
                        .exchange(),
                404,
                "not-found");
        var areas = new java.util.ArrayList<PspAreas.Area>();
        for (int n = 1; n <= 10; n++) {
            areas.add(new PspAreas.Area(n, n <= 5 ? 3 : null, n == 1 ? "Cuoco" : ""));
        }
        given(pspAreas.of(ID))
                .willReturn(java.util.Optional.of(new PspAreas.Current(
                        UUID.randomUUID(), 1, "DRAFT", java.time.Instant.parse("2026-11-18T10:00:00Z"), areas)));
        var result = mvc.get()
                .uri("/api/v1/persons/{id}/profiling/psp-areas", ID)
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.areas[0].rating").isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.areas[0].notes").isEqualTo("Cuoco");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.mean")
                .asNumber()
                .satisfies(n -> assertThat(n.doubleValue()).isEqualTo(3.0));
        assertThat(result).bodyJson().extractingPath("$.suggestedScore").isEqualTo(4);
    }

    @Test
    void savingWithoutIfMatchIsRefusedAndNothingIsSaved() {
        var result = mvc.put()
                .uri("/api/v1/persons/{id}/profiling", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"interviewDate\":\"2026-11-20\",\"score\":3}")
                .exchange();
        assertProblem(result, 422, "version.required");
        then(profiling).should(never()).saveInterview(any(), any(), anyLong());
    }

    @Test
    void aScoreOutsideOneToFiveIsAProblemAtTheScore() {
        given(profiling.saveInterview(eq(ID), any(), eq(2L)))
                .willThrow(new RuleViolationException("profiling.score.range", "score", 1, 5));
        var result = mvc.put()
                .uri("/api/v1/persons/{id}/profiling", ID)
                .with(operator())
                .header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"interviewDate\":\"2026-11-20\",\"score\":9}")
                .exchange();
        assertProblem(result, 422, "profiling.score.range");
        assertFieldError(result, "score", "profiling.score.range");
    }
}
