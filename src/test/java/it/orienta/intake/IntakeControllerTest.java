package it.orienta.intake;

import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.web.WebSliceTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@WebSliceTest(IntakeController.class)
@org.springframework.context.annotation.Import(it.orienta.intake.IntakeTestClock.class)
class IntakeControllerTest {

    static final UUID ID = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");
    static final PrivacyNoticeView NOTICE = new PrivacyNoticeView(
            UUID.fromString("0b6e2a4c-5d3f-4e21-9a8b-7c6d5e4f3a21"),
            3,
            "Informativa sul trattamento dei dati personali",
            "La Regione Toscana tratta i tuoi dati per i servizi per il lavoro.",
            Instant.parse("2026-01-15T08:00:00Z"),
            "Laura Conti");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    IntakeService intakes;

    @MockitoBean
    PersonService persons;

    @BeforeEach
    void person() {
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 0));
        given(intakes.currentNotice()).willReturn(Optional.of(NOTICE));
    }

    MockMvcRequestBuilder intakeForm(String privacyAcknowledged) {
        return mvc.post()
                .uri("/persons/{id}/intake", ID)
                .param("intakeDate", "2026-11-20")
                .param("privacyNoticeId", NOTICE.id().toString())
                .param("privacyAcknowledged", privacyAcknowledged)
                .param("matchingConsent", "GIVEN")
                .param("profilingIndex", "0,42")
                .param("profilingDate", "2026-11-01");
    }

    MockMvcRequestBuilder intakeForm() {
        return intakeForm("true");
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        assertThat(mvc.get().uri("/persons/{id}/intake", ID)).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(intakeForm().with(csrf())).hasStatus(302).hasRedirectedUrl("/login");
        then(intakes).shouldHaveNoInteractions();
    }

    @Test
    void theFormProposesTodayAndTheCurrentNotice() {
        var result = mvc.get().uri("/persons/{id}/intake", ID).with(operator()).exchange();

        assertThat(result).hasStatusOk().hasViewName("intake/form");
        assertThat(result).model().containsEntry("notice", NOTICE);
        var form =
                (IntakeForm) result.getMvcResult().getModelAndView().getModel().get("form");
        assertThat(form.getIntakeDate()).isEqualTo(LocalDate.now());
        assertThat(form.getPrivacyNoticeId()).isEqualTo(NOTICE.id());
        assertThat(result)
                .bodyText()
                .contains("Presa in carico di Mario Rossi")
                .contains("action=\"/persons/" + ID + "/intake\"")
                .contains("name=\"_csrf\"")
                .contains(NOTICE.title(), NOTICE.body())
                .contains("Informativa sul trattamento dei dati (versione 3)");
        then(persons).should().view(ID);
    }

    @Test
    void withoutANoticeThereIsNoForm() {
        given(intakes.currentNotice()).willReturn(Optional.empty());

        var result = mvc.get().uri("/persons/{id}/intake", ID).with(operator()).exchange();

        assertThat(result).hasStatusOk().hasViewName("intake/form");
        assertThat(result)
                .bodyText()
                .contains("Manca l’informativa sulla privacy")
                .doesNotContain("action=\"/persons/" + ID + "/intake\"");
    }

    @Test
    void theFormOfAnUnknownPersonIsNotFound() {
        given(persons.view(ID)).willThrow(new NotFoundException("Person", ID));

        assertThat(mvc.get().uri("/persons/{id}/intake", ID).with(operator()))
                .hasStatus(404)
                .hasViewName("error");
    }

    @Test
    void takingInChargeWithoutCsrfTokenIsRefused() {
        assertThat(intakeForm().with(operator())).hasStatus(403);
        then(intakes).shouldHaveNoInteractions();
    }

    @Test
    void takesInChargeWithTheIndexAsWrittenInItalian() {
        var result = intakeForm().with(operator()).with(csrf()).exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID);
        assertThat(result).flash().containsEntry("flash", "intake.saved");
        then(intakes)
                .should()
                .takeInCharge(
                        ID,
                        new IntakeCommand(
                                LocalDate.of(2026, 11, 20),
                                NOTICE.id(),
                                true,
                                ConsentState.GIVEN,
                                new BigDecimal("0.42"),
                                LocalDate.of(2026, 11, 1)));
    }

    @Test
    void brokenRulesAreShownAtTheirFields() {
        given(intakes.takeInCharge(any(), any()))
                .willThrow(RuleViolationException.of(List.of(
                        Violation.of("intake.notice.not-acknowledged", "privacyAcknowledged"),
                        Violation.of("intake.consent.given-or-refused", "matchingConsent"))));

        var result = intakeForm("false").with(operator()).with(csrf()).exchange();

        assertThat(result).hasStatusOk().hasViewName("intake/form");
        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("privacyAcknowledged", "rule.intake.notice.not-acknowledged")
                .hasFieldErrorCode("matchingConsent", "rule.intake.consent.given-or-refused");
        assertThat(result)
                .bodyText()
                .contains("id=\"privacyAcknowledged-error\"", "id=\"matchingConsent-error\"")
                .contains("Per prendere in carico la persona deve avere ricevuto e letto l’informativa.")
                .contains("Indica se la persona dà o nega il consenso.");
    }

    @Test
    void aRuleWithoutAFieldIsShownAboveTheForm() {
        given(intakes.takeInCharge(any(), any()))
                .willThrow(new DuplicateException("intake.concurrent", null, "/persons/" + ID));

        var result = intakeForm().with(operator()).with(csrf()).exchange();

        assertThat(result).hasStatusOk().hasViewName("intake/form");
        assertThat(result).model().extractingBindingResult("form").hasErrorsCount(1);
        assertThat(result).bodyText().contains("Un altro operatore ha appena preso in carico questa persona");
    }

    @Test
    void anIndexThatIsNoNumberIsAFieldErrorAndNothingIsSent() {
        var result = mvc.post()
                .uri("/persons/{id}/intake", ID)
                .param("intakeDate", "2026-11-20")
                .param("privacyNoticeId", NOTICE.id().toString())
                .param("privacyAcknowledged", "true")
                .param("matchingConsent", "GIVEN")
                .param("profilingIndex", "alto")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("intake/form");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode("profilingIndex", "typeMismatch");
        assertThat(result).bodyText().contains("id=\"profilingIndex-error\"", "Numero non valido.");
        then(intakes).should(never()).takeInCharge(any(), any());
    }

    @Test
    void takingInChargeAnUnknownPersonIsNotFound() {
        given(intakes.takeInCharge(any(), any())).willThrow(new NotFoundException("Person", ID));

        assertThat(intakeForm().with(operator()).with(csrf())).hasStatus(404).hasViewName("error");
    }

    @Test
    void consentWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post()
                        .uri("/persons/{id}/consent", ID)
                        .param("state", "WITHDRAWN")
                        .with(operator()))
                .hasStatus(403);
        then(intakes).shouldHaveNoInteractions();
    }

    @Test
    void recordsTheConsent() {
        var result = mvc.post()
                .uri("/persons/{id}/consent", ID)
                .param("state", "WITHDRAWN")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID);
        assertThat(result).flash().containsEntry("flash", "consent.saved");
        then(intakes).should().recordConsent(ID, ConsentState.WITHDRAWN);
    }

    @Test
    void aRefusedConsentGoesBackToTheFileWithItsErrors() {
        var refusal = new RuleViolationException("consent.no-intake", "state");
        given(intakes.recordConsent(ID, ConsentState.GIVEN)).willThrow(refusal);

        var result = mvc.post()
                .uri("/persons/{id}/consent", ID)
                .param("state", "GIVEN")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID);
        assertThat(result).flash().containsEntry("consentErrors", refusal.violations());
        assertThat(result).flash().doesNotContainKey("flash");
    }

    @Test
    void anUnknownConsentStateIsABadRequest() {
        assertThat(mvc.post()
                        .uri("/persons/{id}/consent", ID)
                        .param("state", "MAYBE")
                        .with(operator())
                        .with(csrf()))
                .hasStatus(400);
        then(intakes).shouldHaveNoInteractions();
    }
}
