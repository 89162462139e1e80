package it.orienta.agreement;

import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.OrganisationService.OperatorCommand;
import it.orienta.organisation.Role;
import java.util.Set;

/**
 * Operators of the agreement's tests: each test class logs in as its own operator, so that the interview's live
 * meeting (one running meeting per operator) never collides with other tests in the same JVM.
 */
public final class AgreementOperators {

    private AgreementOperators() {}

    /** An operator of CPI-FI with this username and the demo password, created once. */
    public static String ensure(OrganisationService organisation, String username) {
        if (organisation.operatorByUsername(username).isEmpty()) {
            organisation.createOperator(
                    new OperatorCommand(
                            username,
                            "Operatore " + username,
                            username + "@orienta.test",
                            Set.of(Role.OPERATOR),
                            Set.of("CPI-FI"),
                            true),
                    "Orienta.2026");
        }
        return username;
    }
}
