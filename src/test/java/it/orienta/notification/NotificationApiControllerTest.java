package it.orienta.notification;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import it.orienta.notification.NotificationService.DeliveryPage;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.web.WebSliceTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(NotificationApiController.class)
class NotificationApiControllerTest {

    static final UUID PERSON = NotificationControllerTest.PERSON;
    static final UUID MESSAGE = NotificationControllerTest.MESSAGE;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    NotificationService notifications;

    @Test
    void aPersonsMessagesNeedAnAccount() {
        assertProblem(mvc.get().uri("/api/v1/persons/" + PERSON + "/messages").exchange(), 401, "auth.required");
        given(notifications.messages(PERSON)).willReturn(List.of(NotificationControllerTest.message("SENT", null)));

        var result = mvc.get()
                .uri("/api/v1/persons/" + PERSON + "/messages")
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$[0].status").isEqualTo("SENT");
        assertThat(result)
                .bodyJson()
                .extractingPath("$[0].deliveries[0].channel")
                .isEqualTo("EMAIL");
    }

    @Test
    void anUnknownPersonIsAProblem() {
        given(notifications.messages(PERSON)).willThrow(new NotFoundException("Person", PERSON));
        assertProblem(
                mvc.get()
                        .uri("/api/v1/persons/" + PERSON + "/messages")
                        .with(operator())
                        .exchange(),
                404,
                "not-found");
    }

    @Test
    void deliveriesAreForAdministrators() {
        assertProblem(
                mvc.get()
                        .uri("/api/v1/admin/notification/deliveries")
                        .with(operator())
                        .exchange(),
                403,
                "auth.forbidden");
        given(notifications.deliveries("FAILED", 2, 10)).willReturn(new DeliveryPage(List.of(), 2, false));
        var result = mvc.get()
                .uri("/api/v1/admin/notification/deliveries?status=FAILED&page=2&size=10")
                .with(admin())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.page").isEqualTo(2);
    }

    @Test
    void resendingAMessageThatIsNotUndeliverableIsRefused() {
        given(notifications.resend(MESSAGE))
                .willThrow(new RuleViolationException("notification.message.not-undeliverable", null));
        assertProblem(
                mvc.post()
                        .uri("/api/v1/admin/notification/messages/" + MESSAGE + "/resend")
                        .with(admin())
                        .exchange(),
                422,
                "notification.message.not-undeliverable");
        assertProblem(
                mvc.post()
                        .uri("/api/v1/admin/notification/messages/" + MESSAGE + "/resend")
                        .with(operator())
                        .exchange(),
                403,
                "auth.forbidden");
    }
}
