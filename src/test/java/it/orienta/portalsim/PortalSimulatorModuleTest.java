package it.orienta.portalsim;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The simulator of the regional portal on its own: a person registered as confirmed is known to it. */
@OrientaModuleTest
class PortalSimulatorModuleTest {

    @Autowired
    PortalSimulator simulator;

    @Test
    void aConfirmedRegistrationIsKnownAndListed() {
        simulator.registerConfirmed("MDLSML80A01D612X", "Simulata", "Modulo");
        assertThat(simulator.personStatus("MDLSML80A01D612X")).hasValue("CONFIRMED");
        assertThat(simulator.persons())
                .extracting(PortalSimulator.PersonRow::taxCode)
                .contains("MDLSML80A01D612X");
        assertThat(simulator.personStatus("NONESISTE00A01X")).isEmpty();
    }
}
