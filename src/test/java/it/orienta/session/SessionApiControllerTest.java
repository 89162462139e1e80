package it.orienta.session;

import static it.orienta.organisation.Logins.operator;
import static it.orienta.session.SessionFixtures.ROSSI;
import static it.orienta.session.SessionFixtures.SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(SessionApiController.class)
@org.springframework.context.annotation.Import({
    it.orienta.guidance.SliceClock.class,
    it.orienta.guidance.CentreDesk.class
})
class SessionApiControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SessionService sessions;

    @MockitoBean
    it.orienta.charter.CharterService charter;

    @Test
    void theApiNeedsCredentials() {
        assertThat(mvc.get().uri("/api/v1/sessions/{id}", SESSION)).hasStatus(401);
        assertThat(mvc.post()
                        .uri("/api/v1/sessions/{id}/participants", SESSION)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + ROSSI + "\"}"))
                .hasStatus(401);
        then(sessions).shouldHaveNoInteractions();
    }

    @Test
    void aSessionCarriesItsVersionAsETag() {
        given(sessions.session(SESSION)).willReturn(SessionFixtures.session());
        assertThat(mvc.get().uri("/api/v1/sessions/{id}", SESSION).with(operator()))
                .hasStatusOk()
                .hasHeader("ETag", "\"4\"")
                .bodyJson()
                .extractingPath("$.participants.length()")
                .isEqualTo(3);
    }

    @Test
    void aFullSessionIsAProblemAtThePersonField() {
        given(sessions.enrol(SESSION, ROSSI, false))
                .willThrow(new RuleViolationException("guidance.session.full", "personId", 3, 3));
        var result = mvc.post()
                .uri("/api/v1/sessions/{id}/participants", SESSION)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":\"" + ROSSI + "\",\"waitingList\":false}")
                .exchange();
        assertThat(result).hasStatus(422).hasContentType("application/problem+json");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("personId");
        assertThat(result).bodyJson().extractingPath("$.errors[0].code").isEqualTo("guidance.session.full");
    }

    @Test
    void enrollingWithoutAPersonIsRefusedBeforeTheService() {
        var result = mvc.post()
                .uri("/api/v1/sessions/{id}/participants", SESSION)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();
        assertThat(result).hasStatus(422);
        assertThat(result).bodyJson().extractingPath("$.errors[0].code").isEqualTo("guidance.session.person.required");
        then(sessions).shouldHaveNoInteractions();
    }

    @Test
    void aStaleHoldGetsAConflictWithTheCurrentState() {
        given(sessions.hold(any(), any(), anyLong()))
                .willThrow(new StaleVersionException(5, SessionFixtures.session()));
        var result = mvc.post()
                .uri("/api/v1/sessions/{id}/hold", SESSION)
                .with(operator())
                .header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"start\":\"2026-12-10T09:30+01:00\",\"end\":\"2026-12-10T11:30+01:00\"}")
                .exchange();
        assertThat(result).hasStatus(409);
        then(sessions).should().hold(any(), any(), org.mockito.ArgumentMatchers.eq(3L));
    }
}
