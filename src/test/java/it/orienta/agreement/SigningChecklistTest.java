package it.orienta.agreement;

import static it.orienta.agreement.AgreementTest.CREATED;
import static it.orienta.agreement.AgreementTest.GIULIA;
import static it.orienta.agreement.AgreementTest.NOW;
import static it.orienta.agreement.AgreementTest.TODAY;
import static it.orienta.agreement.AgreementTest.codes;
import static it.orienta.agreement.AgreementTest.violations;
import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.system.RuleViolationException.Violation;
import org.junit.jupiter.api.Test;

/**
 * What a signature needs of a draft (R10), listed all at once: the interview's checklist (the view's list) and a
 * refused signature (the aggregate's) give the same items, each naming its field, and the list empties item by item.
 */
class SigningChecklistTest {

    static final java.util.List<String> EVERYTHING = java.util.List.of(
            "agreement.sign.plan-empty",
            "agreement.sign.profiling-class.required",
            "agreement.sign.contact-frequency.required",
            "agreement.sign.proof-of-search.required",
            "agreement.sign.rights-not-explained",
            "agreement.sign.interview-running");

    static Agreement bare() {
        return Agreement.first(AgreementMother.PERSON, 1, null, GIULIA, CREATED);
    }

    @Test
    void anEmptyDraftListsEverythingSigningNeedsEachWithItsField() {
        var missing = bare().view(null).missingForSignature(true);
        assertThat(codes(missing)).containsExactlyElementsOf(EVERYTHING);
        assertThat(missing)
                .extracting(Violation::field)
                .containsExactly(
                        "items", "profilingClass", "contactFrequency", "proofOfSearch", "explainedRights", null);
        assertThat(codes(bare().view(null).missingForSignature(false)))
                .doesNotContain("agreement.sign.interview-running");
    }

    @Test
    void aRefusedSignatureListsEveryItemAtOnceWithTheDateToo() {
        assertThat(codes(violations(() -> bare().sign(null, null, true, TODAY, GIULIA, NOW))))
                .containsExactlyElementsOf(concat(EVERYTHING, "agreement.sign.date.required"));
        assertThat(codes(violations(() -> bare().sign(TODAY.plusDays(1), null, false, TODAY, GIULIA, NOW))))
                .containsExactlyElementsOf(concat(EVERYTHING.subList(0, 5), "agreement.sign.date.future"));
    }

    @Test
    void theChecklistEmptiesItemByItemAndAReadyDraftNeedsNothing() {
        var ready = AgreementTest.ready();
        assertThat(ready.view(null).missingForSignature(false)).isEmpty();
        assertThat(codes(ready.view(null).missingForSignature(true)))
                .containsExactly("agreement.sign.interview-running");

        var a = bare();
        a.savePhase1(new Commands.SavePhase1(false, true, "", ""), GIULIA, CREATED);
        assertThat(codes(a.view(null).missingForSignature(false)))
                .doesNotContain("agreement.sign.rights-not-explained");
        a.savePhase3(AgreementTest.phase3(" ", "Elenco delle candidature"), AgreementTest.RESPONSIBLE, GIULIA, CREATED);
        assertThat(codes(a.view(null).missingForSignature(false)))
                .containsExactly("agreement.sign.plan-empty", "agreement.sign.contact-frequency.required");
        assertThat(codes(violations(() -> a.sign(TODAY, null, false, TODAY, GIULIA, NOW))))
                .containsExactly("agreement.sign.plan-empty", "agreement.sign.contact-frequency.required");
    }

    static java.util.List<String> concat(java.util.List<String> list, String last) {
        var all = new java.util.ArrayList<>(list);
        all.add(last);
        return all;
    }
}
