package it.orienta.intake;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The clock of the intake pages in slice tests: the real one, in the centres' zone. */
@TestConfiguration(proxyBeanMethods = false)
class IntakeTestClock {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Rome"));
    }
}
