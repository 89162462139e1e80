package it.orienta.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link PortalJobs} every {@code orienta.portal.scheduling.interval}; off with
 * {@code orienta.portal.scheduling.enabled=false} (the tests, which run the worker themselves). Runs on every node
 * of a cluster without a scheduler lock, by design (ADR 0023): the worker claims rows {@code for update skip
 * locked} under a lease, so each transfer goes to one node and more nodes drain faster.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "orienta.portal.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class PortalSchedule {

    private final PortalJobs jobs;

    PortalSchedule(PortalJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(
            fixedDelayString = "${orienta.portal.scheduling.interval:PT2S}",
            initialDelayString = "${orienta.portal.scheduling.interval:PT2S}")
    void deliverDue() {
        jobs.drain();
    }
}
