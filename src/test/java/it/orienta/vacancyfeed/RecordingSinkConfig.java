package it.orienta.vacancyfeed;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The recording sink in the whole application, for the full-app tests (primary over the real sink, RegionalFeedSink). */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingSinkConfig {

    @Bean
    @org.springframework.context.annotation.Primary
    RecordingSink recordingSink() {
        return new RecordingSink();
    }
}
