package it.orienta.guidance;

import it.orienta.system.Rome;
import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The application's clock for controller slices of guidance, session and pathway (a slice has no configuration). */
@TestConfiguration
public class SliceClock {

    @Bean
    Clock clock() {
        return Clock.system(Rome.ZONE);
    }
}
