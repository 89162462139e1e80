package it.orienta.smssim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.notification.Channel;
import it.orienta.notification.Mailbox;
import it.orienta.web.WebSliceTest;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The SMS gateway simulator as an outside client sees it: its API key, no session, no CSRF token. */
@WebSliceTest(SmsSimulatorController.class)
@Import(SmsSimulatorControllerTest.Config.class)
@TestPropertySource(properties = "orienta.notification.simulator.api-key=sim-key")
class SmsSimulatorControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    @Import(SmsSimulatorController.SimulatorSecurity.class)
    static class Config {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    static final UUID ITEM = UUID.fromString("11111111-2222-4333-8444-555555555555");
    static final String SMS = "{\"to\":\"+39 333 1234567\",\"text\":\"Promemoria\",\"reference\":\"ref-1\"}";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Mailbox mailbox;

    @Test
    void anSmsWithTheApiKeyIsAcceptedWithoutASessionOrCsrfToken() {
        given(mailbox.received("ref-1")).willReturn(false);
        given(mailbox.receive(eq("ref-1"), eq(Channel.SMS), eq("+393331234567"), any(), eq("Promemoria"), any()))
                .willReturn(ITEM);
        var result = mvc.post()
                .uri("/simulators/sms/messages")
                .header("Authorization", "Bearer sim-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content(SMS)
                .exchange();
        assertThat(result).hasStatus(202);
        assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(ITEM.toString());
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("ACCEPTED");
        assertThat(result.getResponse().getCookie("JSESSIONID")).isNull();
    }

    @Test
    void theSameReferenceAgainIsAcceptedOnceAndAnsweredWithTheFirstId() {
        given(mailbox.received("ref-1")).willReturn(true);
        given(mailbox.receive(any(), any(), any(), any(), any(), any())).willReturn(ITEM);
        var result = mvc.post()
                .uri("/simulators/sms/messages")
                .header("Authorization", "Bearer sim-key")
                .contentType(MediaType.APPLICATION_JSON)
                .content(SMS)
                .exchange();
        assertThat(result).hasStatus(200);
        assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(ITEM.toString());
    }

    @Test
    void aWrongOrMissingKeyIsUnauthorisedAndStoresNothing() {
        for (var header : new String[] {"Bearer wrong", "Basic c2ltLWtleQ=="}) {
            var result = mvc.post()
                    .uri("/simulators/sms/messages")
                    .header("Authorization", header)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(SMS)
                    .exchange();
            assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
        }
        assertThat(mvc.post()
                        .uri("/simulators/sms/messages")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SMS))
                .hasStatus(401);
        then(mailbox).shouldHaveNoInteractions();
    }

    @Test
    void anInvalidNumberOrAnEmptyTextIsRefused() {
        for (var body : new String[] {
            "{\"to\":\"mario\",\"text\":\"x\",\"reference\":\"r\"}",
            "{\"to\":\"+393331234567\",\"text\":\" \",\"reference\":\"r\"}",
            "{\"to\":\"+393331234567\",\"text\":\"x\"}"
        }) {
            var result = mvc.post()
                    .uri("/simulators/sms/messages")
                    .header("Authorization", "Bearer sim-key")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .exchange();
            assertThat(result).as(body).hasStatus(422);
        }
        then(mailbox).shouldHaveNoInteractions();
    }
}
