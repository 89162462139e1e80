package it.orienta.portal;

import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.intake.ConsentState;
import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import it.orienta.web.WebSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(TransferController.class)
class TransferControllerTest {

    static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-00000000a401");
    static final UUID CV = UUID.fromString("00000000-0000-0000-0000-00000000c401");
    static final UUID TRANSFER = UUID.fromString("00000000-0000-0000-0000-00000000d401");
    static final String PAGE = "/persons/" + PERSON + "/cv/transfer";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TransferService transfers;

    @MockitoBean
    PersonService persons;

    @BeforeEach
    void rossi() {
        given(persons.view(PERSON)).willReturn(PersonFixtures.rossi(PERSON, 1));
    }

    static TransferView transfer(TransferState state, String reason) {
        return new TransferView(
                TRANSFER,
                PERSON,
                CV,
                TransferKind.UPLOAD,
                state,
                2,
                state == TransferState.RETRYING ? Instant.parse("2026-11-26T10:05:00Z") : null,
                reason,
                Instant.parse("2026-11-26T09:00:00Z"),
                "Giulia Bianchi",
                Instant.parse("2026-11-26T09:01:00Z"),
                3);
    }

    static TransferStatus status(List<String> failing, boolean already, List<TransferView> list) {
        return new TransferStatus(
                PERSON,
                failing.contains("portal.transfer.no-consent") ? ConsentState.WITHDRAWN : ConsentState.GIVEN,
                failing.contains("portal.transfer.no-cv") ? null : CV,
                failing.contains("portal.transfer.no-cv") ? null : "cv-rossi.pdf",
                failing.contains("portal.transfer.cv-obsolete"),
                failing,
                already,
                TransferStatus.ALERT,
                RegistrationState.PRE_REGISTERED,
                list);
    }

    @Test
    void needsALogin() {
        assertThat(mvc.get().uri(PAGE)).hasStatus3xxRedirection();
        assertThat(mvc.post().uri(PAGE).with(csrf()).param("confirmed", "true")).hasStatus3xxRedirection();
        then(transfers).should(never()).request(PERSON, true);
    }

    @Test
    void showsTheAlertWordForWordWithItsConfirmationWhenTheConditionsHold() {
        given(transfers.status(PERSON)).willReturn(status(List.of(), false, List.of()));
        var page = mvc.get().uri(PAGE).with(operator());
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("Attenzione il CV verrà inviato, in automatico, al sistema di Ricerca profili professionali e"
                        + " potrà essere individuato dalle aziende all&#39;interno del portale Toscana lavoro")
                .contains("id=\"confirmed\"")
                .contains("Trasferisci CV al Portale")
                .contains("preregistrata, in attesa di conferma della persona")
                .doesNotContain("transfer-blocked");
    }

    @Test
    void saysWhichConditionFailsAndOffersNoForm() {
        given(transfers.status(PERSON))
                .willReturn(status(List.of("portal.transfer.no-consent", "portal.transfer.no-cv"), false, List.of()));
        var page = mvc.get().uri(PAGE).with(operator());
        assertThat(page)
                .bodyText()
                .contains("transfer-blocked")
                .contains("Manca il consenso all’incontro domanda/offerta")
                .contains("La persona non ha un CV")
                .doesNotContain("id=\"transfer-form\"")
                .doesNotContain("id=\"r19-alert\"");
    }

    @Test
    void listsTheTransfersWithTheirStatesReasonsAndARetryForAFailedOne() {
        given(transfers.status(PERSON))
                .willReturn(status(
                        List.of(),
                        true,
                        List.of(
                                transfer(TransferState.FAILED, "HTTP 422: Profilo sospeso"),
                                transfer(TransferState.RETRYING, "HTTP 503"))));
        var page = mvc.get().uri(PAGE).with(operator());
        assertThat(page)
                .bodyText()
                .contains("Non riuscito")
                .contains("HTTP 422: Profilo sospeso")
                .contains("Nuovo tentativo in programma")
                .contains("prossimo tentativo il 26/11/2026 11:05:00")
                .contains("/cv/transfer/" + TRANSFER + "/retry")
                .contains("Il CV attuale è già stato trasferito");
    }

    @Test
    void confirmingRequestsTheTransferOnlyWithCsrf() {
        assertThat(mvc.post().uri(PAGE).with(operator()).param("confirmed", "true"))
                .hasStatus(403);
        then(transfers).should(never()).request(PERSON, true);
        assertThat(mvc.post().uri(PAGE).with(operator()).with(csrf()).param("confirmed", "true"))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(PAGE);
        then(transfers).should().request(PERSON, true);
    }

    @Test
    void aRefusalIsShownOnThePage() {
        given(transfers.request(PERSON, false))
                .willThrow(new RuleViolationException("portal.transfer.not-confirmed", "confirmed"));
        given(transfers.status(PERSON)).willReturn(status(List.of(), false, List.of()));
        var page = mvc.post().uri(PAGE).with(operator()).with(csrf());
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Conferma di aver letto l’avviso");
    }

    @Test
    void retriesAFailedTransferWithItsVersion() {
        assertThat(mvc.post()
                        .uri(PAGE + "/" + TRANSFER + "/retry")
                        .with(operator())
                        .with(csrf())
                        .param("version", "3"))
                .hasStatus3xxRedirection();
        then(transfers).should().retry(PERSON, TRANSFER, 3L);
    }
}
