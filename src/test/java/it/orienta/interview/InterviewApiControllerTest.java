package it.orienta.interview;

import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import it.orienta.agreement.AgreementMother;
import it.orienta.agreement.AgreementService;
import it.orienta.agreement.AgreementView;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The interview API: versions in If-Match, problem details at the field, conflicts. */
@WebSliceTest(InterviewApiController.class)
class InterviewApiControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AgreementService agreements;

    @MockitoBean
    InterviewService interviews;

    final AgreementView draft = AgreementMother.draft(1, AgreementMother.plan());

    @Test
    void aChangeWithoutIfMatchIsRefused() {
        var result = mvc.put()
                .uri("/api/v1/agreements/{id}/phase1", draft.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"expectations\":\"x\"}")
                .with(operator())
                .exchange();
        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("version.required");
    }

    @Test
    void aStaleVersionAnswersConflictWithTheCurrentState() {
        given(agreements.savePhase1(eq(draft.id()), any(), eq(2L))).willThrow(new StaleVersionException(3, draft));
        var result = mvc.put()
                .uri("/api/v1/agreements/{id}/phase1", draft.id())
                .header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"expectations\":\"x\"}")
                .with(operator())
                .exchange();
        assertThat(result).hasStatus(409).hasHeader("ETag", "\"3\"");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.current.phase1.expectations")
                .isEqualTo("Tornare in cucina");
    }

    @Test
    void aPlanItemWithoutWhenIsAProblemAtItsField() {
        given(agreements.addItem(eq(draft.id()), any(), eq(3L)))
                .willThrow(new RuleViolationException("agreement.item.when.required", "dueDate"));
        var result = mvc.post()
                .uri("/api/v1/agreements/{id}/items", draft.id())
                .header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"PERSON\",\"description\":\"Cercare offerte\"}")
                .with(operator())
                .exchange();
        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("dueDate");
    }

    @Test
    void editingASignedVersionIsAConflict() {
        given(agreements.savePhase3(eq(draft.id()), any(), eq(3L)))
                .willThrow(
                        new RuleViolationException(
                                List.of(RuleViolationException.Violation.of("agreement.signed.immutable", null, 1)),
                                true) {});
        var result = mvc.put()
                .uri("/api/v1/agreements/{id}/phase3", draft.id())
                .header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .with(operator())
                .exchange();
        assertThat(result).hasStatus(409);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("agreement.signed.immutable");
    }
}
