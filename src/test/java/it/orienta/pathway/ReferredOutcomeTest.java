package it.orienta.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import it.orienta.referral.ReferralStatus;
import it.orienta.referral.SentReferrals.SentReferral;
import it.orienta.system.RuleViolationException.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The "referred to another service" outcome cites a recorded referral, or names the service when none fits. */
class ReferredOutcomeTest {

    static final SentReferral CSM = new SentReferral(
            UUID.randomUUID(),
            "Centro di salute mentale",
            "CSM Firenze Nord",
            LocalDate.of(2026, 11, 2),
            ReferralStatus.ANSWERED);

    final List<Violation> violations = new ArrayList<>();

    static final Set<Outcome> REFERRED = EnumSet.of(Outcome.ACTIVATED, Outcome.REFERRED);

    @Test
    void aCitedReferralOfThePersonsIsKeptWithItsServicesNameAndTheTypedTextIsIgnored() {
        var referred = PathwayOutcomes.referred(REFERRED, CSM.id(), "scritto a mano", () -> List.of(CSM), violations);
        assertThat(violations).isEmpty();
        assertThat(referred).isEqualTo(new PathwayOutcomes.Referred(CSM.id(), "Centro di salute mentale"));
    }

    @Test
    void aReferralNotAmongThePersonsSentOnesIsRefusedAtReferralId() {
        var referred = PathwayOutcomes.referred(REFERRED, UUID.randomUUID(), "", () -> List.of(CSM), violations);
        assertThat(referred).isEqualTo(PathwayOutcomes.Referred.NONE);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("referralId");
            assertThat(v.code()).isEqualTo("guidance.outcome.referral.not-persons");
        });
    }

    @Test
    void withoutACitedReferralTheServiceIsTypedRequiredAndAtMost300Characters() {
        assertThat(PathwayOutcomes.referred(REFERRED, null, "  Consultorio  ", List::of, violations))
                .isEqualTo(new PathwayOutcomes.Referred(null, "Consultorio"));
        assertThat(violations).isEmpty();

        PathwayOutcomes.referred(REFERRED, null, " ", List::of, violations);
        PathwayOutcomes.referred(REFERRED, null, "x".repeat(301), List::of, violations);
        assertThat(violations)
                .extracting(Violation::code)
                .containsExactly("guidance.outcome.referred-to.required", "guidance.outcome.referred-to.long");
    }

    @Test
    void withoutTheReferredOutcomeNothingIsKeptAndTheReferralsAreNotRead() {
        var referred = PathwayOutcomes.referred(
                EnumSet.of(Outcome.ACTIVATED),
                CSM.id(),
                "ignorato",
                () -> fail("the person's referrals are read only to cite one"),
                violations);
        assertThat(referred).isEqualTo(PathwayOutcomes.Referred.NONE);
        assertThat(violations).isEmpty();
    }
}
