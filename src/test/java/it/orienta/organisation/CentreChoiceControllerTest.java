package it.orienta.organisation;

import static it.orienta.organisation.Logins.chosenCentre;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.organisation.Logins.workingIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.web.WebSliceTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@WebSliceTest(CentreChoiceController.class)
@Import(CentreChoiceControllerTest.Probe.class)
class CentreChoiceControllerTest {

    static final CentreView FLORENCE =
            new CentreView(UUID.randomUUID(), "CPI-FI", "CPI Firenze", "FI", "Viale Guidoni 127, Firenze", true, 0);
    static final CentreView PISA =
            new CentreView(UUID.randomUUID(), "CPI-PI", "CPI Pisa", "PI", "Via Cesare Battisti 14, Pisa", true, 0);

    static final OperatorAccount MULTI =
            Logins.account("multicentro", "Paolo Ferri", EnumSet.of(Role.OPERATOR), Logins.CENTRE, Logins.OTHER_CENTRE);

    /** Any page and any API resource, to see what the centre choice does before and after them. */
    @Controller
    static class Probe {
        @GetMapping({"/probe", "/api/v1/probe"})
        @ResponseBody
        String probe() {
            return "reached";
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationService organisation;

    @BeforeEach
    void centres() {
        given(organisation.centre("CPI-FI")).willReturn(Optional.of(FLORENCE));
        given(organisation.centre("CPI-PI")).willReturn(Optional.of(PISA));
    }

    static RequestPostProcessor multicentre() {
        return Logins.as(MULTI);
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        assertThat(mvc.get().uri("/centre")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.post().uri("/centre").param("centre", "CPI-FI").with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/login");
    }

    @Test
    void offersTheOperatorsCentres() {
        var result = mvc.get().uri("/centre").with(multicentre()).exchange();

        assertThat(result).hasStatusOk().hasViewName("organisation/centre-choice");
        assertThat(result)
                .model()
                .containsEntry("centres", List.of(FLORENCE, PISA))
                .containsEntry("chosen", null);
        assertThat(result)
                .bodyText()
                .contains("CPI Firenze (FI)", "CPI Pisa (PI)")
                .contains("name=\"centre\"", "value=\"CPI-PI\"")
                .contains("Nessun centro scelto")
                .contains("name=\"_csrf\"");
    }

    @Test
    void theHeaderShowsTheChosenCentreOnEveryPage() {
        var result = mvc.get()
                .uri("/centre")
                .with(multicentre())
                .with(workingIn("CPI-PI"))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .model()
                .containsEntry("chosen", "CPI-PI")
                .containsEntry("currentOperator", MULTI)
                .containsEntry("currentCentre", PISA);
        assertThat(result)
                .bodyText()
                .contains("Operatore: Paolo Ferri", "Centro: CPI Pisa (PI)")
                .contains("href=\"/centre\"")
                .containsPattern("value=\"CPI-PI\"\\s+checked=\"checked\"");
    }

    @Test
    void choosingWithoutCsrfTokenIsRefused() {
        var result = mvc.post()
                .uri("/centre")
                .param("centre", "CPI-PI")
                .with(multicentre())
                .exchange();

        assertThat(result).hasStatus(403);
        assertThat(chosenCentre(result.getRequest())).isNull();
    }

    @Test
    void choosingOneOfTheirCentresKeepsItForTheSession() {
        var result = mvc.post()
                .uri("/centre")
                .param("centre", "CPI-PI")
                .with(multicentre())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/");
        assertThat(chosenCentre(result.getRequest())).isEqualTo("CPI-PI");
    }

    @Test
    void changingTheCentreRenewsTheSessionId() {
        var session = new org.springframework.mock.web.MockHttpSession();
        session.setAttribute(CurrentActor.CENTRE_ATTRIBUTE, "CPI-FI");
        String before = session.getId();

        var result = mvc.post()
                .uri("/centre")
                .session(session)
                .param("centre", "CPI-PI")
                .with(multicentre())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/");
        var after = result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(before);
        assertThat(after.getAttribute(CurrentActor.CENTRE_ATTRIBUTE)).isEqualTo("CPI-PI");
    }

    @Test
    void aCentreThatIsNotTheirsIsRefused() {
        var result = mvc.post()
                .uri("/centre")
                .param("centre", "CPI-SI")
                .with(multicentre())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("organisation/centre-choice");
        assertThat(result).model().containsEntry("error", true).containsEntry("centres", List.of(FLORENCE, PISA));
        assertThat(result)
                .bodyText()
                .contains("id=\"centre-error\"", "Scegli uno dei tuoi centri.")
                .contains("aria-describedby=\"centre-error\"");
        assertThat(chosenCentre(result.getRequest())).isNull();
    }

    @Test
    void choosingNothingIsRefused() {
        var result = mvc.post().uri("/centre").with(multicentre()).with(csrf()).exchange();

        assertThat(result).hasStatusOk().model().containsEntry("error", true);
        assertThat(chosenCentre(result.getRequest())).isNull();
    }

    @Test
    void anOperatorOfSeveralCentresChoosesBeforeAnyPage() {
        assertThat(mvc.get().uri("/probe").with(multicentre())).hasStatus(302).hasRedirectedUrl("/centre");
    }

    @Test
    void htmxIsToldToGoToTheChoiceInstead() {
        var result = mvc.get()
                .uri("/probe")
                .header("HX-Request", "true")
                .with(multicentre())
                .exchange();

        assertThat(result).hasStatusOk().hasHeader("HX-Redirect", "/centre").hasBodyTextEqualTo("");
    }

    @Test
    void withACentreChosenThePagesOpen() {
        assertThat(mvc.get().uri("/probe").with(multicentre()).with(workingIn("CPI-FI")))
                .hasStatusOk()
                .hasBodyTextEqualTo("reached");
    }

    @Test
    void theOnlyCentreOfAnOperatorIsChosenForThem() {
        var result = mvc.get().uri("/probe").with(operator()).exchange();

        assertThat(result).hasStatusOk().hasBodyTextEqualTo("reached");
        assertThat(chosenCentre(result.getRequest())).isEqualTo(Logins.CENTRE);
    }

    @Test
    void anOperatorWithoutCentresIsLetThrough() {
        var nowhere = Logins.account("esterno", "Anna Verdi", EnumSet.of(Role.OPERATOR));

        assertThat(mvc.get().uri("/probe").with(Logins.as(nowhere)))
                .hasStatusOk()
                .hasBodyTextEqualTo("reached");
    }

    @Test
    void theApiNeedsNoChoice() {
        var result = mvc.get().uri("/api/v1/probe").with(multicentre()).exchange();

        assertThat(result).hasStatusOk().hasBodyTextEqualTo("reached");
        assertThat(chosenCentre(result.getRequest())).isNull();
    }
}
