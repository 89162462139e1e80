package it.orienta.interview;

import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.agreement.AgreementMother;
import it.orienta.agreement.AgreementService;
import it.orienta.agreement.AgreementSummary;
import it.orienta.agreement.AgreementView;
import it.orienta.charter.CharterService;
import it.orienta.guidance.GuidanceService;
import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The interview pages: authorisation, CSRF, messages at the field, conflicts, the signature. */
@WebSliceTest(InterviewController.class)
@org.springframework.context.annotation.Import(InterviewControllerTest.TestClock.class)
class InterviewControllerTest {

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
    InterviewService interviews;

    @MockitoBean
    GuidanceService guidance;

    @MockitoBean
    CharterService charter;

    @MockitoBean
    PersonService persons;

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
    void anonymousIsSentToLogin() {
        assertThat(mvc.get().uri("/persons/{id}/agreement", PERSON))
                .hasStatus(302)
                .hasRedirectedUrl("/login");
        assertThat(mvc.post().uri("/agreements/{id}/phase1", draft.id()).with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/login");
        then(agreements).shouldHaveNoInteractions();
    }

    @Test
    void aRefusalOfTheAccessPolicyIsTheForbiddenPageWithItsReason() {
        given(agreements.draftView(PERSON))
                .willThrow(new CaseAccessDeniedException("access.other-centre", PERSON, "CPI Pisa"));
        var result = mvc.get()
                .uri("/persons/{id}/agreement", PERSON)
                .with(operator())
                .exchange();
        assertThat(result).hasStatus(403).hasViewName("error");
        assertThat(result).bodyText().contains("CPI Pisa");
        then(persons).should(org.mockito.Mockito.never()).view(any());
    }

    @Test
    void theInterviewShowsTheThreePhasesWithTheirOwnFormsAndCsrf() {
        var result = mvc.get()
                .uri("/persons/{id}/agreement", PERSON)
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("agreement/interview");
        assertThat(result)
                .bodyText()
                .contains("Fase 1 — Informazione", "Fase 2 — Analisi", "Fase 3 — Patto")
                .contains("hx-post=\"/agreements/" + draft.id() + "/phase1\"")
                .contains("id=\"v-phase1\"", "id=\"v-phase2\"", "id=\"v-phase3\"")
                .contains("id=\"desired-occupations\"")
                .contains("Seminario sulla ricerca attiva", "Invia tre candidature")
                .contains("name=\"_csrf\"");
        then(agreements).should().draftView(PERSON);
        then(persons).should(org.mockito.Mockito.never()).open(any(), any());
    }

    @Test
    void aPostWithoutCsrfIsRefused() {
        assertThat(mvc.post()
                        .uri("/agreements/{id}/phase1", draft.id())
                        .param("version", "3")
                        .with(operator()))
                .hasStatus(403);
        then(agreements).should(org.mockito.Mockito.never()).savePhase1(any(), any(), anyLong());
    }

    @Test
    void aSavedPhaseRedirectsBackToItsSection() {
        var result = mvc.post()
                .uri("/agreements/{id}/phase1", draft.id())
                .param("version", "3")
                .param("explainedRights", "true")
                .param("expectations", "Tornare in cucina")
                .with(operator())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + PERSON + "/agreement#phase1");
        assertThat(result).flash().containsEntry("saved", "phase1");
        then(agreements).should().savePhase1(eq(draft.id()), any(), eq(3L));
    }

    @Test
    void aPlanItemWithoutWhenIsRefusedAtTheFieldKeepingWhatWasTyped() {
        given(agreements.addItem(eq(draft.id()), any(), eq(3L)))
                .willThrow(new RuleViolationException("agreement.item.when.required", "dueDate"));
        var result = mvc.post()
                .uri("/agreements/{id}/items", draft.id())
                .param("version", "3")
                .param("kind", "PERSON")
                .param("description", "Cercare offerte sul portale")
                .with(operator())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("agreement/interview");
        assertThat(result)
                .bodyText()
                .contains("id=\"dueDate-error\"")
                .contains("Indica entro quando (una data) oppure con quale frequenza si fa l’azione.")
                .contains("value=\"Cercare offerte sul portale\"");
    }

    @Test
    void aStaleVersionShowsTheConflictWithTheCurrentState() {
        given(agreements.savePhase1(eq(draft.id()), any(), eq(2L))).willThrow(new StaleVersionException(3, draft));
        var result = mvc.post()
                .uri("/agreements/{id}/phase1", draft.id())
                .param("version", "2")
                .param("expectations", "La mia versione")
                .with(operator())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Nel frattempo Giulia Bianchi ha salvato il patto")
                .contains("La mia versione")
                .contains("id=\"v-phase1\" name=\"version\" value=\"3\"");
    }

    @Test
    void editingASignedVersionIsExplained() {
        var signed = AgreementMother.agreement(
                1,
                AgreementView.Status.SIGNED,
                AgreementMother.plan(),
                new AgreementView.Signature(java.time.LocalDate.of(2026, 11, 20), null, "Giulia", "PAPER", null, null));
        given(agreements.view(signed.id())).willReturn(signed);
        given(agreements.personOf(signed.id())).willReturn(PERSON);
        given(agreements.savePhase1(eq(signed.id()), any(), eq(3L)))
                .willThrow(
                        new RuleViolationException(
                                List.of(RuleViolationException.Violation.of("agreement.signed.immutable", null, 1)),
                                true) {});
        var result = mvc.post()
                .uri("/agreements/{id}/phase1", signed.id())
                .param("version", "3")
                .with(operator())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + PERSON + "/agreement");
        assertThat(result).flash().containsKey("agreementErrors");
        assertThat(result).flash().doesNotContainKey("saved");
    }

    @Test
    void aScanThatIsNotAPdfIsRefusedAtItsField() {
        given(agreements.sign(eq(draft.id()), any(), eq(3L)))
                .willThrow(new RuleViolationException("agreement.scan.not-pdf", "scan"));
        var result = mvc.post()
                .uri("/agreements/{id}/sign", draft.id())
                .multipart()
                .file(new MockMultipartFile("scan", "firmato.pdf", "application/pdf", "ciao".getBytes()))
                .param("version", "3")
                .param("signedOn", "2026-11-20")
                .with(operator())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("agreement/sign");
        assertThat(result)
                .bodyText()
                .contains("id=\"scan-error\"", "La scansione firmata deve essere un file PDF leggibile.")
                .contains("aria-describedby=\"scan-hint scan-error\"");
    }

    @Test
    void theSignatureRedirectsToTheSignedVersion() {
        given(agreements.sign(eq(draft.id()), any(), eq(3L))).willReturn(draft);
        assertThat(mvc.post()
                        .uri("/agreements/{id}/sign", draft.id())
                        .param("version", "3")
                        .param("signedOn", "2026-11-20")
                        .with(operator())
                        .with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/agreements/" + draft.id());
    }
}
