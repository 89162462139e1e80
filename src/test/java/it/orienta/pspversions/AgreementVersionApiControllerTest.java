package it.orienta.pspversions;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.agreement.AgreementMother;
import it.orienta.agreement.AgreementService;
import it.orienta.agreement.AgreementView;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The versions API: the version in the ETag, problem details, authorisation, the PDF. */
@WebSliceTest(AgreementVersionApiController.class)
class AgreementVersionApiControllerTest {

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
    void thePdfIsAPdf() {
        given(documents.pdf(draft.id())).willReturn("%PDF-1.7".getBytes());
        assertThat(mvc.get().uri("/api/v1/agreements/{id}/pdf", draft.id()).with(operator()))
                .hasStatusOk()
                .hasContentType("application/pdf");
    }
}
