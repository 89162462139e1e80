package it.orienta.reference;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.system.Actor;
import it.orienta.system.DataChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;

/** The reference module on its own: a FHIR code table imported, published for the audit log, and looked up. */
@OrientaModuleTest
class ReferenceModuleTest {

    @Autowired
    ReferenceService reference;

    @Test
    void importingACodeTablePublishesTheChangeAndServesItsLabels(Scenario scenario) {
        scenario.stimulate(() -> {
                    try (var in = new ClassPathResource("reference/demo/demo-municipalities.xml").getInputStream()) {
                        return reference.importFhir(in, "m.xml", CodeSystem.MUNICIPALITY, Actor.SYSTEM);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .andWaitForEventOfType(DataChanged.class)
                .matching(e ->
                        e.entityType().equals("ReferenceTable") && e.entityId().equals("MUNICIPALITY"))
                .toArrive();
        assertThat(reference.count(CodeSystem.MUNICIPALITY)).isPositive();
        assertThat(reference.find(CodeSystem.MUNICIPALITY, "048017"))
                .hasValueSatisfying(code -> assertThat(code.display()).isEqualTo("Firenze"));
        assertThat(reference.search(CodeSystem.MUNICIPALITY, "firen", 5))
                .extracting(ReferenceCode::code)
                .contains("048017");
    }
}
