package it.orienta.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The event publication registry on several nodes (ADR 0025), in place of republishing at restart: every
 * {@code orienta.events.resubmit-interval} the publications in state FAILED are resubmitted — a listener that
 * threw, or one that the registry's staleness monitor ({@code spring.modulith.events.staleness.*}) marked failed
 * because it stayed in flight longer than any listener runs (its node died). The registry marks each publication
 * resubmitted with a conditional update, so on N nodes each is resubmitted by one; every listener is idempotent
 * anyway (audit and timeline by event id, notification by deduplication key). Off with
 * {@code orienta.events.resubmission.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "orienta.events.resubmission.enabled", havingValue = "true", matchIfMissing = true)
class FailedPublications {

    private final FailedEventPublications failed;

    FailedPublications(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(
            fixedDelayString = "${orienta.events.resubmit-interval:PT1M}",
            initialDelayString = "${orienta.events.resubmit-interval:PT1M}")
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults().withMaxInFlight(50));
    }
}
