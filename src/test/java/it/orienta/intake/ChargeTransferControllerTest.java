package it.orienta.intake;

import static it.orienta.organisation.Logins.operator;
import static it.orienta.organisation.Logins.workingIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.organisation.CentreView;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.system.RuleViolationException;
import it.orienta.web.WebSliceTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@WebSliceTest({ChargeTransferController.class, IntakeController.class})
@org.springframework.context.annotation.Import(it.orienta.intake.IntakeTestClock.class)
class ChargeTransferControllerTest {

    static final UUID ID = IntakeControllerTest.ID;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationService organisation;

    @MockitoBean
    IntakeService intakes;

    @MockitoBean
    PersonService persons;

    @BeforeEach
    void setUp() {
        given(persons.summaries(anyCollection()))
                .willReturn(Map.of(
                        ID,
                        new PersonSummary(ID, "RSSMRA80A01D612X", "Mario", "Rossi", LocalDate.of(1980, 1, 1), null)));
        given(intakes.currentNotice()).willReturn(Optional.of(IntakeControllerTest.NOTICE));
        given(intakes.chargeCentre(ID)).willReturn(Optional.of("CPI-PI"));
        given(organisation.centre("CPI-PI"))
                .willReturn(Optional.of(new CentreView(
                        UUID.randomUUID(), "CPI-PI", "CPI Pisa", "PI", "Via Cesare Battisti 14", true, 0)));
    }

    MockMvcRequestBuilder transfer(String reason) {
        return mvc.post()
                .uri("/persons/{id}/charge-transfer", ID)
                .param("transferReason", reason)
                .param("intakeDate", "2026-11-20")
                .param("privacyNoticeId", IntakeControllerTest.NOTICE.id().toString())
                .param("privacyAcknowledged", "true")
                .param("matchingConsent", "GIVEN")
                .with(operator())
                .with(workingIn("CPI-FI"))
                .with(csrf());
    }

    @Test
    void theIntakeOfAPersonOfAnotherCentreLeadsToTheTransfer() {
        assertThat(mvc.get().uri("/persons/{id}/intake", ID).with(operator()).with(workingIn("CPI-FI")))
                .hasStatus(302)
                .hasRedirectedUrl("/persons/" + ID + "/charge-transfer");
    }

    @Test
    void theTransferPageShowsWhoAndWhereButNotTheCase() {
        var result = mvc.get()
                .uri("/persons/{id}/charge-transfer", ID)
                .with(operator())
                .with(workingIn("CPI-FI"))
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("intake/transfer");
        assertThat(result)
                .bodyText()
                .contains("Trasferimento della presa in carico di Mario Rossi", "RSSMRA80A01D612X", "CPI Pisa")
                .contains("name=\"transferReason\"", "name=\"privacyAcknowledged\"", "name=\"matchingConsent\"")
                .contains("action=\"/persons/" + ID + "/charge-transfer\"");
        then(persons).should(never()).view(any());
    }

    @Test
    void aPersonInChargeNowhereOrHereIsTakenInChargeAsUsual() {
        given(intakes.chargeCentre(ID)).willReturn(Optional.of("CPI-FI"));
        assertThat(mvc.get()
                        .uri("/persons/{id}/charge-transfer", ID)
                        .with(operator())
                        .with(workingIn("CPI-FI")))
                .hasStatus(302)
                .hasRedirectedUrl("/persons/" + ID + "/intake");
        given(intakes.chargeCentre(ID)).willReturn(Optional.empty());
        assertThat(mvc.get()
                        .uri("/persons/{id}/charge-transfer", ID)
                        .with(operator())
                        .with(workingIn("CPI-FI")))
                .hasStatus(302)
                .hasRedirectedUrl("/persons/" + ID + "/intake");
    }

    @Test
    void transfersAndGoesToTheWorkerFile() {
        var result = transfer("Si è trasferita a Firenze").exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID);
        assertThat(result).flash().containsEntry("flash", "intake.transfer.saved");
        then(intakes)
                .should()
                .takeInCharge(
                        ID,
                        new IntakeCommand(
                                LocalDate.of(2026, 11, 20),
                                IntakeControllerTest.NOTICE.id(),
                                true,
                                ConsentState.GIVEN,
                                null,
                                null,
                                "Si è trasferita a Firenze"));
    }

    @Test
    void aMissingReasonIsShownAtItsField() {
        given(intakes.takeInCharge(any(), any()))
                .willThrow(new RuleViolationException("intake.transfer.reason-required", "transferReason"));

        var result = transfer("").exchange();

        assertThat(result).hasStatusOk().hasViewName("intake/transfer");
        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("transferReason", "rule.intake.transfer.reason-required");
        assertThat(result).bodyText().contains("id=\"transferReason-error\"", "scrivi il motivo del trasferimento");
    }

    @Test
    void withoutCsrfNothingIsTransferred() {
        assertThat(mvc.post()
                        .uri("/persons/{id}/charge-transfer", ID)
                        .param("transferReason", "x")
                        .with(operator()))
                .hasStatus(403);
        then(intakes).should(never()).takeInCharge(any(), any());
    }
}
