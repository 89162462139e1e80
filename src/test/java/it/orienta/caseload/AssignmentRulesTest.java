package it.orienta.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.caseload.CaseloadFilter.CvState;
import it.orienta.organisation.OperatorAccount;
import it.orienta.organisation.Role;
import it.orienta.system.RuleViolationException.Violation;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules of assigning persons and of who may be responsible, and the CV state the list shows. */
class AssignmentRulesTest {

    static final UUID GIULIA = UUID.randomUUID();
    static final List<UUID> ONE = List.of(UUID.randomUUID());

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.code() + "@" + v.field()).toList();
    }

    @Test
    void aValidAssignmentBreaksNoRule() {
        assertThat(AssignmentRules.check(ONE, GIULIA, "Riequilibrio dei carichi", Set.of(GIULIA)))
                .isEmpty();
    }

    @Test
    void everyMissingPartIsNamedAtItsField() {
        assertThat(codes(AssignmentRules.check(List.of(), null, "  ", Set.of(GIULIA))))
                .containsExactly(
                        "caseload.persons.required@persons",
                        "caseload.operator.required@operatorId",
                        "caseload.reason.required@reason");
    }

    @Test
    void theOperatorMustBeOneWhoMayBeResponsibleAtTheCentre() {
        assertThat(codes(AssignmentRules.check(ONE, UUID.randomUUID(), "Ferie lunghe", Set.of(GIULIA))))
                .containsExactly("caseload.operator.not-at-centre@operatorId");
    }

    @Test
    void theReasonHasFiveToFiveHundredCharacters() {
        assertThat(codes(AssignmentRules.check(ONE, GIULIA, "ok ", Set.of(GIULIA))))
                .containsExactly("caseload.reason.length@reason");
        assertThat(AssignmentRules.check(ONE, GIULIA, "x".repeat(500), Set.of(GIULIA)))
                .isEmpty();
        assertThat(codes(AssignmentRules.check(ONE, GIULIA, "x".repeat(501), Set.of(GIULIA))))
                .containsExactly("caseload.reason.length@reason");
    }

    @Test
    void atMostFiveHundredPersonsAtOnce() {
        var many = IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID()).toList();
        assertThat(codes(AssignmentRules.check(many, GIULIA, "Nuovo servizio", Set.of(GIULIA))))
                .containsExactly("caseload.persons.too-many@persons");
        assertThat(AssignmentRules.check(many.subList(0, 500), GIULIA, "Nuovo servizio", Set.of(GIULIA)))
                .isEmpty();
    }

    @Test
    void onlyAnActiveCaseWorkerOfTheCentreMayBeResponsible() {
        assertThat(AssignmentRules.mayBeResponsible(account(Set.of(Role.OPERATOR), List.of("FI"), true), "FI"))
                .isTrue();
        assertThat(AssignmentRules.mayBeResponsible(account(Set.of(Role.COORDINATOR), List.of("FI"), true), "FI"))
                .isTrue();
        // left the centre, closed, or not working on cases
        assertThat(AssignmentRules.mayBeResponsible(account(Set.of(Role.OPERATOR), List.of("PI"), true), "FI"))
                .isFalse();
        assertThat(AssignmentRules.mayBeResponsible(account(Set.of(Role.OPERATOR), List.of("FI"), false), "FI"))
                .isFalse();
        assertThat(AssignmentRules.mayBeResponsible(account(Set.of(Role.ADMIN), List.of("FI"), true), "FI"))
                .isFalse();
        assertThat(AssignmentRules.mayBeResponsible(account(Set.of(Role.MATCHING_OPERATOR), List.of("FI"), true), "FI"))
                .isFalse();
    }

    @Test
    void theCvIsExpiringInItsLastThirtyDaysAndObsoleteFromItsDay() {
        var today = LocalDate.of(2026, 12, 7);
        assertThat(CaseloadReads.cvState(null, today)).isEqualTo(CvState.NONE);
        assertThat(CaseloadReads.cvState(today, today)).isEqualTo(CvState.OBSOLETE);
        assertThat(CaseloadReads.cvState(today.plusDays(1), today)).isEqualTo(CvState.EXPIRING);
        assertThat(CaseloadReads.cvState(today.plusDays(30), today)).isEqualTo(CvState.EXPIRING);
        assertThat(CaseloadReads.cvState(today.plusDays(31), today)).isEqualTo(CvState.VALID);
    }

    @Test
    void theFormTakesTheTickedPersonsWithTheirVersionsAndLeavesOutWhatIsNotOne() {
        var form = new AssignForm();
        var a = UUID.randomUUID();
        var b = UUID.randomUUID();
        form.setPersons(List.of(a + ":3", b.toString(), "nonsense", "x:y"));
        assertThat(form.targets()).containsEntry(a, 3L).containsEntry(b, null).hasSize(2);
        form.setPersons(null);
        assertThat(form.targets()).isEqualTo(Collections.emptyMap());
    }

    static OperatorAccount account(Set<Role> roles, List<String> centres, boolean active) {
        return new OperatorAccount(UUID.randomUUID(), "u", "U", "u@test.it", roles, centres, active, 0);
    }
}
