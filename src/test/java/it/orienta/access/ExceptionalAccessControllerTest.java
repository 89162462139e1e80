package it.orienta.access;

import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.organisation.Logins.workingIn;
import static it.orienta.web.WebSlice.assertFieldError;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.intake.IntakeService;
import it.orienta.organisation.CentreView;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.web.WebSliceTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest({ExceptionalAccessController.class, ExceptionalAccessApiController.class})
class ExceptionalAccessControllerTest {

    static final UUID ID = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");
    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");
    static final ExceptionalAccessView GRANT = new ExceptionalAccessView(
            UUID.fromString("5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d"),
            ID,
            "operatore",
            "Giulia Bianchi",
            "CPI-FI",
            "CPI-PI",
            ExceptionalAccessReason.PERSON_AT_DESK,
            "Chiede a che punto è il suo patto",
            AT,
            AT.plus(Duration.ofHours(1)));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationService organisation;

    @MockitoBean
    ExceptionalAccessService grants;

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
        given(intakes.chargeCentre(ID)).willReturn(Optional.of("CPI-PI"));
        var pisa = new CentreView(UUID.randomUUID(), "CPI-PI", "CPI Pisa", "PI", "Via Cesare Battisti 14", true, 0);
        var florence = new CentreView(UUID.randomUUID(), "CPI-FI", "CPI Firenze", "FI", "Viale Guidoni", true, 0);
        given(organisation.centre("CPI-PI")).willReturn(Optional.of(pisa));
        given(organisation.centres()).willReturn(List.of(florence, pisa));
        given(grants.duration()).willReturn(Duration.ofHours(1));
        given(grants.now()).willReturn(AT.plusSeconds(60));
    }

    @Test
    void theRequestPageNamesTheOwnerTheReasonsAndTheTime() {
        var result = mvc.get()
                .uri("/persons/{id}/exceptional-access", ID)
                .with(operator())
                .with(workingIn("CPI-FI"))
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("intake/exceptional-access");
        assertThat(result)
                .bodyText()
                .contains("Accesso straordinario al fascicolo di Mario Rossi", "CPI Pisa (PI)", "per 60 minuti")
                .contains("value=\"IDENTITY_CHECK\"", "value=\"PERSON_AT_DESK\"", "value=\"CONTINUITY\"")
                .contains("value=\"OTHER\"", "name=\"text\"")
                .contains("Verifica di un’omonimia o di un possibile duplicato");
    }

    @Test
    void nothingToAskForAPersonOfThisCentreOrOfNone() {
        given(intakes.chargeCentre(ID)).willReturn(Optional.of("CPI-FI"));
        assertThat(mvc.get()
                        .uri("/persons/{id}/exceptional-access", ID)
                        .with(operator())
                        .with(workingIn("CPI-FI")))
                .hasStatus(302)
                .hasRedirectedUrl("/persons/" + ID);
    }

    @Test
    void grantsAndGoesToTheWorkerFile() {
        var result = mvc.post()
                .uri("/persons/{id}/exceptional-access", ID)
                .param("reason", "PERSON_AT_DESK")
                .param("text", "Chiede a che punto è il suo patto")
                .with(operator())
                .with(workingIn("CPI-FI"))
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID);
        assertThat(result).flash().containsEntry("flash", "access.exceptional.granted");
        then(grants).should().grant(ID, ExceptionalAccessReason.PERSON_AT_DESK, "Chiede a che punto è il suo patto");
    }

    @Test
    void brokenRulesAreShownAtTheirFields() {
        given(grants.grant(any(), any(), any()))
                .willThrow(RuleViolationException.of(List.of(
                        Violation.of("field.required-rule", "reason"),
                        Violation.of("field.too-short-rule", "text", 10))));

        var result = mvc.post()
                .uri("/persons/{id}/exceptional-access", ID)
                .param("text", "breve")
                .with(operator())
                .with(workingIn("CPI-FI"))
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("intake/exceptional-access");
        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("reason", "rule.field.required-rule")
                .hasFieldErrorCode("text", "rule.field.too-short-rule");
        assertThat(result).bodyText().contains("id=\"text-error\"", "Almeno 10 caratteri.");
    }

    @Test
    void withoutCsrfNothingIsGranted() {
        assertThat(mvc.post()
                        .uri("/persons/{id}/exceptional-access", ID)
                        .param("reason", "OTHER")
                        .param("text", "Chiede a che punto è il suo patto")
                        .with(operator()))
                .hasStatus(403);
        then(grants).should(never()).grant(any(), any(), any());
    }

    @Test
    void theCoordinatorSeesTheGrantsAndTheTransfers() {
        given(grants.grantsOnMyPersons(anyInt(), anyInt())).willReturn(List.of(GRANT));
        given(grants.transfersOutOfMyCentre(anyInt(), anyInt()))
                .willReturn(List.of(new it.orienta.intake.Charges.TransferOut(
                        ID, "CPI-PI", "Paolo Ferri", AT, "Si è trasferita a Pisa")));

        var result = mvc.get()
                .uri("/access/exceptional")
                .with(coordinator())
                .with(workingIn("CPI-FI"))
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("intake/exceptional-list");
        assertThat(result)
                .bodyText()
                .contains("Rossi Mario", "Giulia Bianchi", "CPI Firenze (FI)", "Chiede a che punto è il suo patto")
                .contains("20/11/2026 10:00", "20/11/2026 11:00", "in corso")
                .contains("Paolo Ferri", "CPI Pisa (PI)", "Si è trasferita a Pisa");
    }

    @Test
    void anOperatorIsNotShownTheCentresGrants() {
        given(grants.grantsOnMyPersons(anyInt(), anyInt()))
                .willThrow(new CaseAccessDeniedException("access.role", null, null));

        assertThat(mvc.get().uri("/access/exceptional").with(operator()).with(workingIn("CPI-FI")))
                .hasStatus(403);
    }

    @Test
    void theApiGrantsWithTheExpiryAsAnInstant() {
        given(grants.grant(ID, ExceptionalAccessReason.PERSON_AT_DESK, "Chiede a che punto è il suo patto"))
                .willReturn(GRANT);

        var result = mvc.post()
                .uri("/api/v1/persons/{id}/exceptional-access", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"PERSON_AT_DESK\", \"text\": \"Chiede a che punto è il suo patto\"}")
                .exchange();

        assertThat(result).hasStatus(201);
        assertThat(result).bodyJson().extractingPath("$.expiresAt").isEqualTo("2026-11-20T10:00:00Z");
        assertThat(result).bodyJson().extractingPath("$.ownerCentre").isEqualTo("CPI-PI");
    }

    @Test
    void theApiNamesTheBrokenRules() {
        given(grants.grant(any(), any(), any()))
                .willThrow(RuleViolationException.of(List.of(Violation.of("field.required-rule", "reason"))));

        var result = mvc.post()
                .uri("/api/v1/persons/{id}/exceptional-access", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Chiede a che punto è il suo patto\"}")
                .exchange();

        assertProblem(result, 422, "field.required-rule");
        assertFieldError(result, "reason", "field.required-rule");
    }
}
