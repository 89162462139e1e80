package it.orienta.system;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared kernel on its own: the one clock tells Rome's time. */
@OrientaModuleTest
class SystemModuleTest {

    @Autowired
    Clock clock;

    @Test
    void theOneClockIsInRome() {
        assertThat(clock.getZone()).isEqualTo(Rome.ZONE);
        assertThat(Rome.ZONE.getId()).isEqualTo("Europe/Rome");
    }
}
