package it.orienta.profiling;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.profiling.ProfilingItem.ItemList;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The profiling pages: who may open them, CSRF, messages at the fields, nothing saved on a refusal. */
@WebSliceTest({ProfilingController.class, ProfilingAdminController.class})
class ProfilingControllerTest {

    static final UUID ID = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f02");
    static final UUID REFERRAL = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f03");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final ProfilingItem QUESTION = new ProfilingItem(
            UUID.fromString("6b0e6f1c-0001-4a00-8000-000000000003"),
            ItemList.QUESTION,
            "NAT-WORK-SOUGHT",
            "Che tipo di lavoro cerca?",
            "What kind of work are you looking for?",
            "NATIONAL",
            30,
            false,
            0);
    static final ProfilingItem INDICATOR = new ProfilingItem(
            UUID.fromString("6b0e6f1c-0002-4a00-8000-000000000005"),
            ItemList.INDICATOR,
            "HOUSING",
            "Disagio abitativo",
            "Housing hardship",
            "LOCAL",
            50,
            false,
            0);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ProfilingService profiling;

    @MockitoBean
    PersonService persons;

    static InterviewView interview(Set<UUID> indicators, Instant confirmed) {
        return new InterviewView(
                ID,
                true,
                TODAY,
                Map.of(QUESTION.id(), "Magazziniere"),
                3,
                indicators,
                "",
                confirmed,
                confirmed == null ? null : "Giulia Bianchi",
                null,
                new BigDecimal("0.42"),
                TODAY.minusDays(3),
                Instant.parse("2026-11-20T09:00:00Z"),
                "Giulia Bianchi",
                2);
    }

    static ReferralView referral(ReferralStatus status) {
        return new ReferralView(
                REFERRAL,
                ID,
                "Rossi Mario",
                "CPI-FI",
                ReferralKind.SOCIAL_SERVICES,
                null,
                "Servizio sociale del Comune di Firenze (FI)",
                List.of(new ReferralView.Reason(
                        ReferralView.ReasonSource.INDICATOR, INDICATOR.id(), "Disagio abitativo")),
                Set.of(DataCategory.IDENTITY),
                false,
                TODAY.plusDays(30),
                status,
                Instant.parse("2026-11-20T09:00:00Z"),
                TODAY,
                "Giulia Bianchi",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                1);
    }

    @BeforeEach
    void stubs() {
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 0));
        given(profiling.today()).willReturn(TODAY);
        given(profiling.items(ItemList.QUESTION)).willReturn(List.of(QUESTION));
        given(profiling.items(ItemList.INDICATOR)).willReturn(List.of(INDICATOR));
        given(profiling.interview(ID)).willReturn(interview(Set.of(INDICATOR.id()), null));
        given(profiling.openInterview(ID)).willReturn(interview(Set.of(INDICATOR.id()), null));
        given(profiling.defaultRecipient(ID)).willReturn(Optional.of("Servizio sociale del Comune di Firenze (FI)"));
        given(profiling.reasonOptions(ID))
                .willReturn(List.of(new ProfilingService.ReasonOption(
                        "INDICATOR:" + INDICATOR.id(),
                        ReferralView.ReasonSource.INDICATOR,
                        INDICATOR.id(),
                        "Disagio abitativo")));
    }

    @Test
    void anonymousUsersAreSentToLoginAndAdministratorsAloneMayNotReadAnInterview() {
        assertThat(mvc.get().uri("/persons/{id}/profiling", ID)).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/centre/referrals").with(operator())).hasStatus(403);
        assertThat(mvc.get().uri("/admin/profiling/questions").with(operator())).hasStatus(403);
        then(profiling).should(org.mockito.Mockito.never()).openInterview(any());
        // the service asks the record-access policy, which refuses the administrator's role: the 403 page
        given(profiling.openInterview(ID)).willThrow(new CaseAccessDeniedException("access.role", null, null));
        var refused = mvc.get().uri("/persons/{id}/profiling", ID).with(admin()).exchange();
        assertThat(refused).hasStatus(403).hasViewName("error");
        then(persons).should(org.mockito.Mockito.never()).view(any());
    }

    @Test
    void theInterviewShowsTheQuantitativeIndexTheQuestionsAndTheProposal() {
        var result =
                mvc.get().uri("/persons/{id}/profiling", ID).with(operator()).exchange();
        assertThat(result).hasStatusOk().hasViewName("profiling/interview");
        assertThat(result)
                .bodyText()
                .contains("Profilazione qualitativa di Mario Rossi")
                .contains("Indice 0,42 del 17/11/2026")
                .contains("Che tipo di lavoro cerca?")
                .contains("Magazziniere")
                .contains("si propone un approfondimento")
                .contains("name=\"_csrf\"");
        then(profiling).should().openInterview(ID);
    }

    @Test
    void savingWithoutCsrfIsRefused() {
        assertThat(mvc.post()
                        .uri("/persons/{id}/profiling", ID)
                        .with(operator())
                        .param("score", "3"))
                .hasStatus(403);
        then(profiling).should(org.mockito.Mockito.never()).saveInterview(any(), any(), anyLong());
    }

    @Test
    void aScoreOutsideOneToFiveIsShownAtItsField() {
        given(profiling.saveInterview(eq(ID), any(), eq(2L)))
                .willThrow(new RuleViolationException("profiling.score.range", "score", 1, 5));
        var result = mvc.post()
                .uri("/persons/{id}/profiling", ID)
                .with(operator())
                .with(csrf())
                .param("interviewDate", "2026-11-20")
                .param("score", "7")
                .param("answers[" + QUESTION.id() + "]", "Cuoco")
                .param("indicators", INDICATOR.id().toString())
                .param("version", "2")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("profiling/interview");
        assertThat(result)
                .bodyText()
                .contains("id=\"score-error\"")
                .contains("Il punteggio di occupabilità va da 1 a 5.")
                .contains("Cuoco");
    }

    @Test
    void aScoreThatIsNotANumberNeverReachesTheService() {
        var result = mvc.post()
                .uri("/persons/{id}/profiling", ID)
                .with(operator())
                .with(csrf())
                .param("interviewDate", "2026-11-20")
                .param("score", "molto")
                .param("version", "2")
                .exchange();
        assertThat(result).hasStatusOk().bodyText().contains("id=\"score-error\"");
        then(profiling).should(org.mockito.Mockito.never()).saveInterview(any(), any(), anyLong());
    }

    @Test
    void aSavedInterviewRedirectsWithTheProposalWhenIndicatorsAreMarked() {
        given(profiling.saveInterview(eq(ID), any(), eq(2L))).willReturn(interview(Set.of(INDICATOR.id()), null));
        var result = mvc.post()
                .uri("/persons/{id}/profiling", ID)
                .with(coordinator())
                .with(csrf())
                .param("interviewDate", "2026-11-20")
                .param("score", "3")
                .param("indicators", INDICATOR.id().toString())
                .param("version", "2")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID + "/profiling");
        assertThat(result).flash().containsEntry("flash", "profiling.saved.proposal");
    }

    @Test
    void aStaleInterviewAsksToRedoTheChange() {
        given(profiling.saveInterview(eq(ID), any(), eq(1L))).willThrow(new StaleVersionException(2, null));
        var result = mvc.post()
                .uri("/persons/{id}/profiling", ID)
                .with(operator())
                .with(csrf())
                .param("interviewDate", "2026-11-20")
                .param("version", "1")
                .exchange();
        assertThat(result).hasStatusOk().bodyText().contains("versione attuale 2");
    }

    @Test
    void aReferralWithoutReasonsIsRefusedAtTheReasons() {
        given(profiling.createReferral(eq(ID), any()))
                .willThrow(RuleViolationException.of(List.of(Violation.of("referral.reasons.required", "reasons"))));
        var result = mvc.post()
                .uri("/persons/{id}/referrals/new", ID)
                .with(operator())
                .with(csrf())
                .param("kind", "SOCIAL_SERVICES")
                .param("recipient", "Servizio sociale del Comune di Firenze (FI)")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("profiling/referral-form");
        assertThat(result).bodyText().contains("id=\"reasons-error\"").contains("Indica almeno un motivo dell’invio");
    }

    @Test
    void theNewReferralFormProposesTheMunicipalSocialServiceAndTheInterviewsReasons() {
        var result = mvc.get()
                .uri("/persons/{id}/referrals/new?kind=SOCIAL_SERVICES", ID)
                .with(operator())
                .exchange();
        assertThat(result)
                .hasStatusOk()
                .bodyText()
                .contains("value=\"Servizio sociale del Comune di Firenze (FI)\"")
                .contains("value=\"INDICATOR:" + INDICATOR.id() + "\"")
                .contains("value=\"2026-12-20\"");
    }

    @Test
    void aCreatedReferralOpensItsPageWhereTheNextStepIsSending() {
        given(profiling.createReferral(eq(ID), any())).willReturn(referral(ReferralStatus.DRAFT));
        var created = mvc.post()
                .uri("/persons/{id}/referrals/new", ID)
                .with(operator())
                .with(csrf())
                .param("kind", "SOCIAL_SERVICES")
                .param("recipient", "Servizio sociale del Comune di Firenze (FI)")
                .param("reasons", "INDICATOR:" + INDICATOR.id())
                .param("sharedData", "IDENTITY")
                .exchange();
        assertThat(created).hasStatus(302).hasRedirectedUrl("/referrals/" + REFERRAL);

        given(profiling.openReferral(REFERRAL)).willReturn(referral(ReferralStatus.DRAFT));
        var page = mvc.get().uri("/referrals/{id}", REFERRAL).with(operator()).exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("Disagio abitativo")
                .contains("action=\"/referrals/" + REFERRAL + "/send\"")
                .contains("Registra l’invio");
    }

    @Test
    void sendingWithoutConsentShowsTheMessageAtTheConsent() {
        given(profiling.referral(REFERRAL)).willReturn(referral(ReferralStatus.DRAFT));
        given(profiling.send(eq(REFERRAL), any(), eq(1L)))
                .willThrow(new RuleViolationException("referral.consent.required", "consentGiven"));
        var result = mvc.post()
                .uri("/referrals/{id}/send", REFERRAL)
                .with(operator())
                .with(csrf())
                .param("on", "2026-11-20")
                .param("dueDate", "2026-12-20")
                .param("version", "1")
                .exchange();
        assertThat(result)
                .hasStatusOk()
                .bodyText()
                .contains("id=\"consentGiven-error\"")
                .contains("Senza il consenso della persona");
    }

    @Test
    void theCoordinatorFiltersTheCentresReferrals() {
        given(profiling.centreReferrals(eq("CPI-FI"), eq(ReferralStatus.SENT), anyBoolean(), anyInt(), anyInt()))
                .willReturn(new ProfilingService.ReferralPage(List.of(referral(ReferralStatus.SENT)), 0, false));
        var result = mvc.get()
                .uri("/centre/referrals?status=SENT&overdue=true")
                .with(coordinator())
                .exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Rossi Mario").contains("Invii del centro");
        then(profiling)
                .should()
                .centreReferrals("CPI-FI", ReferralStatus.SENT, true, 0, ProfilingController.CENTRE_PAGE);
    }

    @Test
    void theAdministratorAddsAQuestionWithMessagesAtTheFields() {
        given(profiling.addItem(eq(ItemList.QUESTION), any()))
                .willThrow(RuleViolationException.of(List.of(Violation.of("profiling.item.code.required", "code"))));
        var result = mvc.post()
                .uri("/admin/profiling/questions")
                .with(admin())
                .with(csrf())
                .param("code", "")
                .param("labelIt", "Domanda")
                .param("labelEn", "Question")
                .exchange();
        assertThat(result)
                .hasStatusOk()
                .bodyText()
                .contains("id=\"code-error\"")
                .contains("Indica il codice.");

        given(profiling.item(QUESTION.id())).willReturn(QUESTION);
        given(profiling.retireItem(QUESTION.id(), true)).willReturn(QUESTION);
        assertThat(mvc.post()
                        .uri("/admin/profiling/items/{id}/retired", QUESTION.id())
                        .with(admin())
                        .with(csrf())
                        .param("retired", "true"))
                .hasStatus(302)
                .hasRedirectedUrl("/admin/profiling/questions");
        then(profiling).should().retireItem(QUESTION.id(), true);
    }
}
