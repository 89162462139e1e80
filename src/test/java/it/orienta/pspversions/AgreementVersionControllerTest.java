package it.orienta.pspversions;

import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.agreement.AgreementMother;
import it.orienta.agreement.AgreementService;
import it.orienta.agreement.AgreementSummary;
import it.orienta.agreement.AgreementView;
import it.orienta.charter.CharterService;
import it.orienta.interview.InterviewService;
import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.web.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The version pages: the follow-up offered on the version in force, the differences, the PDF and its audited read. */
@WebSliceTest(AgreementVersionController.class)
@org.springframework.context.annotation.Import(AgreementVersionControllerTest.TestClock.class)
class AgreementVersionControllerTest {

    /** The pages' clock (the signature's default date, the interview's end time). */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @org.springframework.context.annotation.Bean
        java.time.Clock clock() {
            return java.time.Clock.fixed(java.time.Instant.parse("2026-11-25T09:00:00Z"), it.orienta.system.Rome.ZONE);
        }
    }

    static final java.util.UUID PERSON = AgreementMother.PERSON;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AgreementService agreements;

    @MockitoBean
    AgreementDocuments documents;

    @MockitoBean
    InterviewService interviews;

    @MockitoBean
    CharterService charter;

    @MockitoBean
    PersonService persons;

    @MockitoBean
    it.orienta.proposal.ProposalService proposals;

    AgreementView draft;

    @BeforeEach
    void aDraft() {
        draft = AgreementMother.draft(1, AgreementMother.plan());
        given(persons.view(PERSON)).willReturn(PersonFixtures.rossi(PERSON, 1));
        given(agreements.view(draft.id())).willReturn(draft);
        given(agreements.editableView(draft.id())).willReturn(draft);
        given(agreements.open(draft.id())).willReturn(draft);
        var summary = new AgreementSummary(
                draft.id(),
                PERSON,
                1,
                AgreementView.Status.DRAFT,
                "Giulia Bianchi",
                draft.createdAt(),
                draft.updatedAt(),
                null,
                3);
        given(agreements.summary(draft.id())).willReturn(summary);
        given(agreements.draftOf(PERSON)).willReturn(Optional.of(summary));
        given(agreements.draftView(PERSON)).willReturn(Optional.of(draft));
        given(agreements.personOf(draft.id())).willReturn(PERSON);
        given(agreements.versions(PERSON)).willReturn(List.of(summary));
        given(interviews.meetings(draft.id())).willReturn(List.of());
        given(charter.activities()).willReturn(List.of());
    }

    @Test
    void thePdfIsServedInlineAndItsReadIsAudited() {
        given(documents.pdf(draft.id())).willReturn("%PDF-1.7".getBytes());
        var result = mvc.get()
                .uri("/agreements/{id}/pdf", draft.id())
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result).headers().hasValue("Content-Disposition", "inline; filename=\"patto-di-servizio-v1.pdf\"");
        // the service reads (and the policy audits) the PDF before anything else of the agreement is asked
        var order = org.mockito.Mockito.inOrder(documents, agreements);
        order.verify(documents).pdf(draft.id());
        order.verify(agreements).summary(draft.id());
        then(persons).should(org.mockito.Mockito.never()).open(any(), any());
    }

    @Test
    void theVersionPageOffersFollowUpOnlyOnTheVersionInForce() {
        var result =
                mvc.get().uri("/agreements/{id}", draft.id()).with(operator()).exchange();
        assertThat(result).hasStatusOk().hasViewName("agreement/view");
        assertThat(result).bodyText().doesNotContain("/plan-items/").contains("Registra la firma");
    }

    @Test
    void theDiffPageNamesTheChanges() {
        var other = AgreementMother.draft(2, List.of());
        given(documents.diff(draft.id(), other.id())).willReturn(AgreementDiff.between(draft, other));
        var result = mvc.get()
                .uri("/agreements/{a}/diff/{b}", draft.id(), other.id())
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Differenze tra la versione 1 e la versione 2")
                .contains("tolta");
    }
}
