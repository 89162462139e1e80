package it.orienta.vacancysim;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.web.WebSliceTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The simulator's page: administrators only, its counts, a market day and the failure mode behind CSRF. */
@WebSliceTest(VacancySimAdminController.class)
@TestPropertySource(properties = "orienta.vacancysim.enabled=true")
class VacancySimAdminControllerTest {

    static final String PAGE = "/admin/vacancy-simulator";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    VacancySimulator simulator;

    @BeforeEach
    void state() {
        given(simulator.failure()).willReturn(new VacancySimulator.Failure(VacancySimulator.Mode.NORMAL, 0, 0));
        given(simulator.summary())
                .willReturn(new VacancySimulator.Summary(
                        new VacancySimulator.Counts(300, 1000, 780, 25, 60, 110, 25, 51, 140),
                        2,
                        Instant.parse("2026-12-07T08:00:00Z"),
                        Instant.parse("2026-12-07T09:00:00Z"),
                        20_260_101L));
        given(simulator.simulateDay()).willReturn(new VacancySimulator.Day(2, 27, 20, 7, 8, 10, 15, 3));
    }

    @Test
    void isForAdministratorsOnly() {
        assertThat(mvc.get().uri(PAGE)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(PAGE).with(operator())).hasStatus(403);
        assertThat(mvc.post().uri(PAGE + "/day").with(operator()).with(csrf())).hasStatus(403);
        then(simulator).should(never()).simulateDay();
    }

    @Test
    void showsTheMarketAndSimulatesADayWithCsrf() {
        assertThat(mvc.get().uri(PAGE).with(admin()))
                .hasStatusOk()
                .bodyText()
                .contains("Simula un giorno di mercato")
                .contains("seme 20260101")
                .contains("780");
        assertThat(mvc.post().uri(PAGE + "/day").with(admin())).hasStatus(403);
        assertThat(mvc.post().uri(PAGE + "/day").with(admin()).with(csrf())).hasStatus3xxRedirection();
        then(simulator).should().simulateDay();
        assertThat(mvc.post()
                        .uri(PAGE + "/failure")
                        .param("mode", "TOO_MANY_REQUESTS")
                        .param("times", "3")
                        .with(admin())
                        .with(csrf()))
                .hasStatus3xxRedirection();
        then(simulator).should().failWith(VacancySimulator.Mode.TOO_MANY_REQUESTS, 0, 3);
    }
}
