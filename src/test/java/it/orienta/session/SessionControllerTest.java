package it.orienta.session;

import static it.orienta.organisation.Logins.operator;
import static it.orienta.session.SessionFixtures.BIANCHI;
import static it.orienta.session.SessionFixtures.ROSSI;
import static it.orienta.session.SessionFixtures.SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.charter.CharterService;
import it.orienta.guidance.Attendance;
import it.orienta.person.PersonService;
import it.orienta.session.SessionCommands.HoldSession;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.web.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(SessionController.class)
@org.springframework.context.annotation.Import({
    it.orienta.guidance.SliceClock.class,
    it.orienta.guidance.CentreDesk.class
})
class SessionControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SessionService sessions;

    @MockitoBean
    CharterService charter;

    @MockitoBean
    PersonService persons;

    @Test
    void pagesNeedALogin() {
        assertThat(mvc.get().uri("/sessions")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/sessions/{id}", SESSION)).hasStatus(302).hasRedirectedUrl("/login");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
        assertThat(mvc.post()
                        .uri("/sessions/{id}/enrol", SESSION)
                        .with(operator())
                        .param("taxCode", "X"))
                .hasStatus(403);
        assertThat(mvc.post().uri("/sessions/{id}/hold", SESSION).with(operator()))
                .hasStatus(403);
        then(sessions).shouldHaveNoInteractions();
    }

    @Test
    void theSessionShowsEnrolledWaitingAndTheActions() {
        given(sessions.session(SESSION)).willReturn(SessionFixtures.session());
        given(charter.activities()).willReturn(List.of(SessionFixtures.SEMINAR));
        given(charter.activityLabels(org.mockito.ArgumentMatchers.any()))
                .willAnswer(call -> java.util.Map.of(
                        SessionFixtures.SEMINAR.id(), SessionFixtures.SEMINAR.label(call.getArgument(0))));
        var result = mvc.get().uri("/sessions/{id}", SESSION).with(operator()).exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/session");
        assertThat(result)
                .bodyText()
                .contains("Cercare lavoro online")
                .contains("2 iscritti su 2 posti, 1 in attesa")
                .contains("Rossi Mario")
                .contains("Lista d’attesa (1)")
                .contains("Registra lo svolgimento")
                .containsPattern("<form [^>]*action=\"/sessions/" + SESSION
                        + "/enrol\" method=\"post\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"");
    }

    @Test
    void aFullSessionSaysWhyAndOffersTheWaitingList() {
        given(persons.findByTaxCode("RSSMRA80A01D612X"))
                .willReturn(Optional.of(it.orienta.person.PersonFixtures.rossi(ROSSI, 0)));
        given(sessions.enrol(SESSION, ROSSI, false))
                .willThrow(new RuleViolationException("guidance.session.full", "personId", 2, 2));
        var result = mvc.post()
                .uri("/sessions/{id}/enrol", SESSION)
                .with(operator())
                .with(csrf())
                .param("taxCode", "RSSMRA80A01D612X")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/sessions/" + SESSION);
        assertThat(result).flash().containsEntry("offerWaitingList", true);
        assertThat(result).flash().containsKey("guidanceErrors");
    }

    @Test
    void anUnknownTaxCodeIsToldAtTheFieldWithoutEnrolling() {
        given(persons.findByTaxCode("ZZZ")).willReturn(Optional.empty());
        var result = mvc.post()
                .uri("/sessions/{id}/enrol", SESSION)
                .with(operator())
                .with(csrf())
                .param("taxCode", "ZZZ")
                .exchange();
        assertThat(result).hasStatus(302);
        assertThat(result)
                .flash()
                .containsEntry("guidanceErrors", List.of(Violation.of("guidance.session.person.unknown", "taxCode")));
        then(sessions).shouldHaveNoInteractions();
    }

    @Test
    void holdingSendsTheAttendanceOfEachParticipantAndShowsRefusalsAtTheirRow() {
        given(sessions.session(SESSION)).willReturn(SessionFixtures.session());
        given(sessions.hold(eq(SESSION), any(), anyLong()))
                .willThrow(new RuleViolationException(
                        "guidance.session.justification.required", "justifications[" + BIANCHI + "]", "Bianchi Anna"));
        var result = mvc.post()
                .uri("/sessions/{id}/hold", SESSION)
                .with(operator())
                .with(csrf())
                .param("date", "2026-12-10")
                .param("start", "09:30")
                .param("end", "11:30")
                .param("version", "4")
                .param("attendance[" + ROSSI + "]", "PRESENT")
                .param("attendance[" + BIANCHI + "]", "ABSENT_JUSTIFIED")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/session-hold");
        assertThat(result)
                .bodyText()
                .contains("Scrivi la giustificazione dell’assenza di Bianchi Anna.")
                .contains("id=\"j-" + BIANCHI + "-error\"");
        var command = ArgumentCaptor.forClass(HoldSession.class);
        then(sessions).should().hold(eq(SESSION), command.capture(), eq(4L));
        assertThat(command.getValue().attendance())
                .containsEntry(ROSSI, Attendance.PRESENT)
                .containsEntry(BIANCHI, Attendance.ABSENT_JUSTIFIED);
        assertThat(command.getValue().start()).hasToString("2026-12-10T09:30");
    }
}
