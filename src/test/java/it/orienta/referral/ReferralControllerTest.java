package it.orienta.referral;

import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.profiling.ProfilingControllerTest;
import it.orienta.profiling.ProfilingService;
import it.orienta.questionnaire.ProfilingItem;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.web.WebSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The referral pages: who may open them, CSRF, messages at the fields, the next step, the centre's list. */
@WebSliceTest(ReferralController.class)
class ReferralControllerTest {

    static final UUID ID = ProfilingControllerTest.ID;
    static final UUID REFERRAL = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f03");
    static final LocalDate TODAY = ProfilingControllerTest.TODAY;
    static final ProfilingItem INDICATOR = ProfilingControllerTest.INDICATOR;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReferralService referrals;

    @MockitoBean
    ProfilingService profiling;

    @MockitoBean
    PersonService persons;

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
        given(referrals.today()).willReturn(TODAY);
        given(profiling.interview(ID)).willReturn(ProfilingControllerTest.interview(Set.of(INDICATOR.id()), null));
        given(referrals.defaultRecipient(ID)).willReturn(Optional.of("Servizio sociale del Comune di Firenze (FI)"));
        given(profiling.reasonOptions(ID))
                .willReturn(List.of(new ProfilingService.ReasonOption(
                        "INDICATOR:" + INDICATOR.id(),
                        ProfilingService.ReasonOption.Source.INDICATOR,
                        INDICATOR.id(),
                        "Disagio abitativo")));
    }

    @Test
    void anOperatorMayNotOpenTheCentresList() {
        assertThat(mvc.get().uri("/centre/referrals").with(operator())).hasStatus(403);
    }

    @Test
    void aReferralWithoutReasonsIsRefusedAtTheReasons() {
        given(referrals.createReferral(eq(ID), any()))
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
        given(referrals.createReferral(eq(ID), any())).willReturn(referral(ReferralStatus.DRAFT));
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

        given(referrals.openReferral(REFERRAL)).willReturn(referral(ReferralStatus.DRAFT));
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
        given(referrals.referral(REFERRAL)).willReturn(referral(ReferralStatus.DRAFT));
        given(referrals.send(eq(REFERRAL), any(), eq(1L)))
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
        given(referrals.centreReferrals(eq("CPI-FI"), eq(ReferralStatus.SENT), anyBoolean(), anyInt(), anyInt()))
                .willReturn(new ReferralService.ReferralPage(List.of(referral(ReferralStatus.SENT)), 0, false));
        var result = mvc.get()
                .uri("/centre/referrals?status=SENT&overdue=true")
                .with(coordinator())
                .exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Rossi Mario").contains("Invii del centro");
        then(referrals)
                .should()
                .centreReferrals("CPI-FI", ReferralStatus.SENT, true, 0, ReferralController.CENTRE_PAGE);
    }
}
