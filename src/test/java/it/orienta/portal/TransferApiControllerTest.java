package it.orienta.portal;

import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import it.orienta.system.DuplicateException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(TransferApiController.class)
class TransferApiControllerTest {

    static final String BASE = "/api/v1/persons/" + TransferControllerTest.PERSON + "/cv";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TransferService transfers;

    @Test
    void needsAnAccount() {
        assertThat(mvc.get().uri(BASE + "/transfer")).hasStatus(401);
        assertThat(mvc.post()
                        .uri(BASE + "/transfers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmed\":true}"))
                .hasStatus(401);
        then(transfers).should(never()).request(TransferControllerTest.PERSON, true);
    }

    @Test
    void answersTheConditionsAndTheAlert() {
        given(transfers.status(TransferControllerTest.PERSON))
                .willReturn(TransferControllerTest.status(List.of("portal.transfer.cv-obsolete"), false, List.of()));
        var result = mvc.get().uri(BASE + "/transfer").with(operator()).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.mayTransfer").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.failing[0]").isEqualTo("portal.transfer.cv-obsolete");
        assertThat(result).bodyJson().extractingPath("$.alert").isEqualTo(TransferStatus.ALERT);
        assertThat(result).bodyJson().extractingPath("$.registration").isEqualTo("PRE_REGISTERED");
    }

    @Test
    void requestsWithTheConfirmationAndAnswersCreated() {
        given(transfers.request(TransferControllerTest.PERSON, true))
                .willReturn(TransferControllerTest.transfer(TransferState.REQUESTED, null));
        var result = mvc.post()
                .uri(BASE + "/transfers")
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmed\":true}")
                .exchange();
        assertThat(result).hasStatus(201);
        assertThat(result).headers().hasValue("ETag", "\"3\"");
        assertThat(result).bodyJson().extractingPath("$.state").isEqualTo("REQUESTED");
    }

    @Test
    void everyRefusalIsAProblemWithItsCode() {
        given(transfers.request(TransferControllerTest.PERSON, false))
                .willThrow(new RuleViolationException("portal.transfer.not-confirmed", "confirmed"));
        var unconfirmed = mvc.post()
                .uri(BASE + "/transfers")
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();
        assertThat(unconfirmed).hasStatus(422);
        assertThat(unconfirmed).bodyJson().extractingPath("$.code").isEqualTo("portal.transfer.not-confirmed");

        given(transfers.request(TransferControllerTest.PERSON, true))
                .willThrow(new DuplicateException("portal.transfer.already-requested", "confirmed", "/persons/x"));
        var twice = mvc.post()
                .uri(BASE + "/transfers")
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirmed\":true}")
                .exchange();
        assertThat(twice).hasStatus(409);
        assertThat(twice).bodyJson().extractingPath("$.code").isEqualTo("portal.transfer.already-requested");
    }

    @Test
    void retriesWithIfMatchAndAnswersTheCurrentStateWhenStale() {
        given(transfers.retry(TransferControllerTest.PERSON, TransferControllerTest.TRANSFER, 3L))
                .willReturn(TransferControllerTest.transfer(TransferState.RETRYING, null));
        var retried = mvc.post()
                .uri(BASE + "/transfers/" + TransferControllerTest.TRANSFER + "/retry")
                .with(operator())
                .header("If-Match", "\"3\"")
                .exchange();
        assertThat(retried).hasStatusOk();
        assertThat(retried).bodyJson().extractingPath("$.state").isEqualTo("RETRYING");

        given(transfers.retry(TransferControllerTest.PERSON, TransferControllerTest.TRANSFER, 2L))
                .willThrow(new StaleVersionException(3, TransferControllerTest.transfer(TransferState.FAILED, "x")));
        var stale = mvc.post()
                .uri(BASE + "/transfers/" + TransferControllerTest.TRANSFER + "/retry")
                .with(operator())
                .header("If-Match", "\"2\"")
                .exchange();
        assertThat(stale).hasStatus(409);
        assertThat(stale).headers().hasValue("ETag", "\"3\"");
    }
}
