package it.orienta.portalsim;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.web.WebSliceTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(SimulatorAdminController.class)
class SimulatorAdminControllerTest {

    static final String PAGE = "/admin/portal-simulator";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PortalSimulator simulator;

    @BeforeEach
    void state() {
        given(simulator.failure()).willReturn(new PortalSimulator.Failure(PortalSimulator.Mode.NORMAL, null, 0));
        given(simulator.persons())
                .willReturn(List.of(new PortalSimulator.PersonRow(
                        "RSSMRA85C14D612H",
                        "Mario",
                        "Rossi",
                        "mario@example.it",
                        null,
                        "EMAIL",
                        "PENDING_CONFIRMATION",
                        Instant.parse("2026-11-26T09:00:00Z"))));
        given(simulator.cvs()).willReturn(List.of());
    }

    @Test
    void isForAdministratorsOnly() {
        assertThat(mvc.get().uri(PAGE)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(PAGE).with(operator())).hasStatus(403);
        assertThat(mvc.post()
                        .uri(PAGE + "/persons/RSSMRA85C14D612H/confirm")
                        .with(operator())
                        .with(csrf()))
                .hasStatus(403);
        then(simulator).should(never()).confirm("RSSMRA85C14D612H");
    }

    @Test
    void showsThePreRegistrationsWithTheirConfirmation() {
        var page = mvc.get().uri(PAGE).with(admin());
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("RSSMRA85C14D612H")
                .contains("inviato per e-mail a mario@example.it")
                .contains("In attesa di conferma della persona")
                .contains("Conferma come la persona");
    }

    @Test
    void confirmsAsThePersonWouldAndSetsTheFailureModeWithCsrf() {
        given(simulator.confirm("RSSMRA85C14D612H")).willReturn(true);
        assertThat(mvc.post().uri(PAGE + "/persons/RSSMRA85C14D612H/confirm").with(admin()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(PAGE + "/persons/RSSMRA85C14D612H/confirm")
                        .with(admin())
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(PAGE);
        then(simulator).should().confirm("RSSMRA85C14D612H");
        assertThat(mvc.post()
                        .uri(PAGE + "/failure")
                        .with(admin())
                        .with(csrf())
                        .param("mode", "REFUSE")
                        .param("reason", "Profilo sospeso")
                        .param("slowMillis", "0"))
                .hasStatus3xxRedirection();
        then(simulator).should().failWith(PortalSimulator.Mode.REFUSE, "Profilo sospeso", 0);
    }
}
