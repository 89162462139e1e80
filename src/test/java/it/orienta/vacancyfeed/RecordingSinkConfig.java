package it.orienta.vacancyfeed;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The recording sink in the whole application, for the full-app tests (the lead's sink replaces it in main). */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingSinkConfig {

    @Bean
    RecordingSink recordingSink() {
        return new RecordingSink();
    }
}
