package it.orienta.notification;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.notification.MessageView.DeliveryView;
import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.web.WebSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(NotificationController.class)
class NotificationControllerTest {

    static final UUID PERSON = UUID.fromString("3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    static final UUID MESSAGE = UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
    static final Instant AT = Instant.parse("2031-03-11T09:05:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    NotificationService notifications;

    @MockitoBean
    Mailbox mailbox;

    @MockitoBean
    PersonService persons;

    @MockitoBean
    EmailSender email;

    static Mailbox.Item item(int n) {
        return new Mailbox.Item(
                UUID.nameUUIDFromBytes(("item" + n).getBytes()),
                "ref-" + n,
                n % 2 == 0 ? Channel.EMAIL : Channel.SMS,
                n % 2 == 0 ? "mario.rossi@example.it" : "+393331234567",
                n % 2 == 0 ? "Convocazione: appuntamento del 12/03/2031 alle 10:00" : null,
                "Centro per l’Impiego: appuntamento il 12/03/2031 alle 10:00 presso CPI Firenze, stanza 3.",
                AT);
    }

    static MessageView message(String status, String reason) {
        return new MessageView(
                MESSAGE,
                PERSON,
                "CPI-FI",
                "appointment:1:convocation",
                "Convocazione: appuntamento del 12/03/2031 alle 10:00",
                "Gentile Mario Rossi,\nil Centro per l’Impiego la convoca",
                MessageView.Status.valueOf(status),
                reason,
                AT,
                AT,
                List.of(new DeliveryView(
                        UUID.randomUUID(),
                        MESSAGE,
                        Channel.EMAIL,
                        DeliveryView.Status.FAILED,
                        3,
                        "smtp: refused",
                        AT,
                        null,
                        null)));
    }

    @Test
    void theMailboxIsForAdministratorsOnly() {
        assertThat(mvc.get().uri("/admin/mailbox")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/admin/mailbox").with(operator())).hasStatus(403);
        assertThat(mvc.get().uri("/admin/mailbox/" + MESSAGE).with(operator())).hasStatus(403);
        then(mailbox).shouldHaveNoInteractions();
    }

    @Test
    void administratorsReadTheMailboxPageByPage() {
        given(mailbox.page(1, NotificationController.PAGE_SIZE))
                .willReturn(IntStream.range(0, NotificationController.PAGE_SIZE + 1)
                        .mapToObj(NotificationControllerTest::item)
                        .toList());
        var result = mvc.get().uri("/admin/mailbox?page=1").with(admin()).exchange();
        assertThat(result).hasStatusOk().hasViewName("notification/mailbox");
        assertThat(result).model().containsEntry("hasMore", true).containsEntry("page", 1);
        assertThat(result)
                .bodyText()
                .contains("Casella locale dei messaggi", "mario.rossi@example.it", "+393331234567")
                .contains("Convocazione: appuntamento del 12/03/2031 alle 10:00", "11/03/2031 10:05")
                .contains("href=\"/admin/mailbox?page=0\"", "href=\"/admin/mailbox?page=2\"")
                .contains("href=\"/admin/mailbox/" + item(0).id() + "\"");
    }

    @Test
    void anSmsInTheMailboxShowsItsText() {
        given(mailbox.item(item(1).id())).willReturn(Optional.of(item(1)));
        var result =
                mvc.get().uri("/admin/mailbox/" + item(1).id()).with(admin()).exchange();
        assertThat(result).hasStatusOk().hasViewName("notification/mailbox-item");
        assertThat(result).bodyText().contains("+393331234567", "presso CPI Firenze, stanza 3", "ref-1");
    }

    @Test
    void anUnknownMailboxItemIsNotFound() {
        given(mailbox.item(any())).willReturn(Optional.empty());
        assertThat(mvc.get().uri("/admin/mailbox/" + MESSAGE).with(admin())).hasStatus(404);
    }

    @Test
    void operatorsSeeAPersonsMessagesReadFirst() {
        given(persons.view(PERSON)).willReturn(PersonFixtures.rossi(PERSON, 0));
        given(notifications.messages(PERSON)).willReturn(List.of(message("UNDELIVERABLE", "attempts-exhausted")));
        var result = mvc.get()
                .uri("/persons/" + PERSON + "/messages")
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("notification/person");
        assertThat(result)
                .bodyText()
                .contains("Messaggi a Mario Rossi", "Non recapitabile", "Tutti i tentativi di invio sono falliti.")
                .contains("E-mail: non riuscito (3 tentativi)")
                .doesNotContain("Invia di nuovo");
        var order = org.mockito.Mockito.inOrder(notifications, persons);
        order.verify(notifications).messages(PERSON); // the messages' read is the one the policy records
        order.verify(persons).view(PERSON);
    }

    @Test
    void whatThePolicyRefusesIsA403Page() {
        given(notifications.messages(PERSON))
                .willThrow(new it.orienta.system.CaseAccessDeniedException("access.role", PERSON, null));
        assertThat(mvc.get().uri("/persons/" + PERSON + "/messages").with(admin()))
                .hasStatus(403);
    }

    @Test
    void administratorsMaySendAnUndeliverableMessageAgainWithTheFormsToken() {
        given(notifications.message(MESSAGE)).willReturn(message("UNDELIVERABLE", "attempts-exhausted"));
        given(persons.view(PERSON)).willReturn(PersonFixtures.rossi(PERSON, 0));
        given(notifications.messages(PERSON)).willReturn(List.of(message("UNDELIVERABLE", "attempts-exhausted")));
        // an account that is both operator and administrator sees the case (the policy's) and the button (its role)
        var both = it.orienta.organisation.Logins.as(it.orienta.organisation.Logins.account(
                "operatore-admin",
                "Operatore Amministratore",
                java.util.Set.of(it.orienta.organisation.Role.OPERATOR, it.orienta.organisation.Role.ADMIN),
                it.orienta.organisation.Logins.CENTRE));
        assertThat(mvc.get().uri("/persons/" + PERSON + "/messages").with(both))
                .bodyText()
                .contains("Invia di nuovo");

        String resend = "/persons/" + PERSON + "/messages/" + MESSAGE + "/resend";
        assertThat(mvc.post().uri(resend).with(admin())).hasStatus(403);
        assertThat(mvc.post().uri(resend).with(operator()).with(csrf())).hasStatus(403);
        then(notifications).should(org.mockito.Mockito.never()).resend(any());

        assertThat(mvc.post().uri(resend).with(admin()).with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/persons/" + PERSON + "/messages")
                .flash()
                .containsEntry("flash", "notification.resent");
        then(notifications).should().resend(MESSAGE);
    }

    @Test
    void aMessageOfAnotherPersonIsNotFoundUnderThisOne() {
        given(notifications.message(MESSAGE)).willReturn(message("UNDELIVERABLE", "no-address"));
        UUID other = UUID.randomUUID();
        assertThat(mvc.post()
                        .uri("/persons/" + other + "/messages/" + MESSAGE + "/resend")
                        .with(admin())
                        .with(csrf()))
                .hasStatus(404);
        then(notifications).should(org.mockito.Mockito.never()).resend(any());
    }
}
