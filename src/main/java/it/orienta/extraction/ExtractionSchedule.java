package it.orienta.extraction;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link ExtractionWorker} on every node: a poll for queued jobs every {@code
 * orienta.extraction.scheduling.interval}, and the clean-up of expired files every minute (idempotent, so every
 * node may run it: no once-per-cluster lock needed). Off with {@code orienta.extraction.scheduling.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "orienta.extraction.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ExtractionSchedule {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ExtractionSchedule.class);

    private final ExtractionWorker worker;

    ExtractionSchedule(ExtractionWorker worker) {
        this.worker = worker;
    }

    @Scheduled(
            fixedDelayString = "${orienta.extraction.scheduling.interval:PT1S}",
            initialDelayString = "${orienta.extraction.scheduling.interval:PT1S}")
    void poll() {
        try {
            worker.poll();
        } catch (RuntimeException e) {
            // the database is away: the next poll tries again; one line, not a stack trace every second
            log.warn("Extraction poll failed: {}", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void cleanUp() {
        try {
            worker.cleanUp();
        } catch (RuntimeException e) {
            log.warn("Extraction clean-up failed: {}", e.toString());
        }
    }
}
