package it.orienta.agreement;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The agreement API: versions in ETag/If-Match, problem details, authorisation. */
@WebSliceTest(AgreementApiController.class)
class AgreementApiControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AgreementService agreements;

    @MockitoBean
    AgreementDocuments documents;

    final AgreementView draft = AgreementMother.draft(1, AgreementMother.plan());

    @Test
    void needsALoginAndTheAccessPolicysYes() {
        assertThat(mvc.get().uri("/api/v1/agreements/{id}", draft.id())).hasStatus(401);
        then(agreements).shouldHaveNoInteractions();
        // the service asks the policy: an administrator alone reads no case data
        given(agreements.open(draft.id())).willThrow(new CaseAccessDeniedException("access.role", null, null));
        var refused = mvc.get()
                .uri("/api/v1/agreements/{id}", draft.id())
                .with(admin())
                .exchange();
        assertThat(refused).hasStatus(403);
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("access.role");
    }

    @Test
    void answersWithTheVersionInTheETag() {
        given(agreements.open(draft.id())).willReturn(draft);
        assertThat(mvc.get().uri("/api/v1/agreements/{id}", draft.id()).with(operator()))
                .hasStatusOk()
                .hasHeader("ETag", "\"3\"")
                .bodyJson()
                .extractingPath("$.phase3.goal")
                .isEqualTo("Trovare lavoro come aiuto cuoco");
    }

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
                .willThrow(new Agreement.Conflict("agreement.signed.immutable", 1));
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

    @Test
    void thePdfIsAPdf() {
        given(documents.pdf(draft.id())).willReturn("%PDF-1.7".getBytes());
        assertThat(mvc.get().uri("/api/v1/agreements/{id}/pdf", draft.id()).with(operator()))
                .hasStatusOk()
                .hasContentType("application/pdf");
    }
}
