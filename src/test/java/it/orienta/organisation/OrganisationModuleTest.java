package it.orienta.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The organisation module on its own: centres and accounts, each change published for the audit log. */
@OrientaModuleTest
class OrganisationModuleTest {

    @Autowired
    OrganisationService organisation;

    @Autowired
    CurrentActor current;

    @Test
    void creatingACentreAndAnOperatorPublishesTheChangesAndTheOperatorCanActThere(Scenario scenario) {
        String centre = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        scenario.stimulate(() -> organisation.createCentre(
                        new OrganisationService.CentreCommand(centre, "CPI Modulo", "PI", "Via Modulo 1", true)))
                .andWaitForEventOfType(DataChanged.class)
                .matching(e -> e.entityType().equals("Centre"))
                .toArriveAndVerify(e -> assertThat(e.action()).isEqualTo(AuditAction.CREATE));

        String username = "org" + centre.toLowerCase();
        var account = organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Operatrice Modulo",
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of(centre),
                        true),
                "Modulo.Test.2026");
        assertThat(account.username()).isEqualTo(username);

        var actor = organisation.runAs(username, () -> current.actor());
        assertThat(actor.username()).isEqualTo(username);
        assertThat(actor.centreCode()).isEqualTo(centre);
        assertThat(organisation.centre(centre))
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("CPI Modulo"));
    }
}
