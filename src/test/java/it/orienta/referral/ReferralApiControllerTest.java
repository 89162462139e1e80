package it.orienta.referral;

import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertFieldError;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The referral API: roles, If-Match, problem details at the fields. */
@WebSliceTest(ReferralApiController.class)
class ReferralApiControllerTest {

    static final UUID ID = ReferralControllerTest.ID;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReferralService referrals;

    @MockitoBean
    ReferralLetter letters;

    @Test
    void onlyCoordinatorsReadTheCentresList() {
        assertProblem(mvc.get().uri("/api/v1/centre/referrals").with(operator()).exchange(), 403, "auth.forbidden");
    }

    @Test
    void aStaleStepAnswersConflictWithTheCurrentState() {
        given(referrals.acknowledge(eq(ReferralControllerTest.REFERRAL), any(), eq(1L)))
                .willThrow(new StaleVersionException(2, ReferralControllerTest.referral(ReferralStatus.SENT)));
        var result = mvc.post()
                .uri("/api/v1/referrals/{id}/acknowledge", ReferralControllerTest.REFERRAL)
                .with(operator())
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\":\"2026-11-20\"}")
                .exchange();
        assertThat(result).hasStatus(409);
    }

    @Test
    void aReferralWithoutReasonsIsAProblemAtTheReasons() {
        given(referrals.createReferral(eq(ID), any()))
                .willThrow(new RuleViolationException("referral.reasons.required", "reasons"));
        var result = mvc.post()
                .uri("/api/v1/persons/{id}/referrals", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"OTHER_SERVICE\",\"serviceName\":\"SerD\",\"reasons\":[]}")
                .exchange();
        assertProblem(result, 422, "referral.reasons.required");
        assertFieldError(result, "reasons", "referral.reasons.required");
    }
}
