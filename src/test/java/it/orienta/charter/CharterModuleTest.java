package it.orienta.charter;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The charter module on its own (with organisation for the current actor), on the embedded PostgreSQL: adding an
 * activity is recorded for the audit log, and its label is the one every page shows beside its id.
 */
@OrientaModuleTest
class CharterModuleTest {

    @Autowired
    CharterService charter;

    @Autowired
    OrganisationService organisation;

    @Test
    void anActivityAddedIsRecordedAndLabelledInBothLanguages(Scenario scenario) {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String admin = "charter" + suffix.toLowerCase();
        String centre = "H" + suffix;
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        admin, "Charter Admin", admin + "@test.it", EnumSet.of(Role.ADMIN), Set.of(centre), true),
                "Module.Test.2026");
        String id = "T-" + suffix;
        var command = new ActivityCommand(
                "T1",
                "Laboratorio di prova",
                "Test workshop",
                null,
                null,
                Stage.TRANSITION_SUPPORT,
                Delivery.INDIVIDUAL,
                null,
                null);

        scenario.stimulate(() -> organisation.runAs(admin, () -> charter.create(id, command)))
                .andWaitForEventOfType(DataChanged.class)
                .matching(e -> id.equals(e.entityId()))
                .toArriveAndVerify(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.CREATE);
                    assertThat(e.entityType()).isEqualTo("Activity");
                    assertThat(e.actor().username()).isEqualTo(admin);
                });

        assertThat(charter.activityLabels(Locale.ITALIAN)).containsEntry(id, "Laboratorio di prova");
        assertThat(charter.activityLabels(Locale.ENGLISH)).containsEntry(id, "Test workshop");
        // the same labels the activities carry, in the charter's order
        assertThat(charter.activityLabels(Locale.ITALIAN).keySet())
                .containsExactlyElementsOf(
                        charter.activities().stream().map(ActivityView::id).toList());
    }
}
