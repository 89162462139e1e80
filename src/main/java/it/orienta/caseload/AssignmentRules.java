package it.orienta.caseload;

import it.orienta.organisation.OperatorAccount;
import it.orienta.organisation.Role;
import it.orienta.system.RuleViolationException.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rules of assigning persons to an operator, without Spring: unit-tested by {@code AssignmentRulesTest}. */
final class AssignmentRules {

    /** The most persons one assignment moves at once (a page of the list is at most 200). */
    static final int MAX_PERSONS = 500;

    static final int REASON_MIN = 5;
    static final int REASON_MAX = 500;

    private AssignmentRules() {}

    /**
     * Whether the operator may be responsible for persons of the centre: an active account of that centre that
     * works on cases (operator or coordinator). An operator who left the centre, or whose account was closed, is not,
     * and the persons still assigned to them show as unassigned.
     */
    static boolean mayBeResponsible(OperatorAccount account, String centre) {
        return account.active()
                && account.centreCodes().contains(centre)
                && (account.has(Role.OPERATOR) || account.has(Role.COORDINATOR));
    }

    /** What is wrong with assigning these persons to this operator for this reason; empty when nothing is. */
    static List<Violation> check(Collection<UUID> persons, UUID operatorId, String reason, Set<UUID> responsible) {
        var violations = new ArrayList<Violation>();
        if (persons == null || persons.isEmpty()) {
            violations.add(Violation.of("caseload.persons.required", "persons"));
        } else if (persons.size() > MAX_PERSONS) {
            violations.add(Violation.of("caseload.persons.too-many", "persons", MAX_PERSONS));
        }
        if (operatorId == null) {
            violations.add(Violation.of("caseload.operator.required", "operatorId"));
        } else if (!responsible.contains(operatorId)) {
            violations.add(Violation.of("caseload.operator.not-at-centre", "operatorId"));
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            violations.add(Violation.of("caseload.reason.required", "reason"));
        } else if (text.length() < REASON_MIN || text.length() > REASON_MAX) {
            violations.add(Violation.of("caseload.reason.length", "reason", REASON_MIN, REASON_MAX));
        }
        return violations;
    }
}
