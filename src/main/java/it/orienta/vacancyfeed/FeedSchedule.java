package it.orienta.vacancyfeed;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs an import once at start-up (after the simulator generated its market, in a thread of its own) and then on
 * {@code orienta.vacancyfeed.scheduling.cron} (every 15 minutes), once per cluster; off with
 * {@code orienta.vacancyfeed.scheduling.enabled=false} (the tests, which run imports themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(40)
@ConditionalOnProperty(name = "orienta.vacancyfeed.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class FeedSchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FeedSchedule.class);

    private final FeedImport imports;

    FeedSchedule(FeedImport imports) {
        this.imports = imports;
    }

    /**
     * The start-up import runs beside the start-up, not in it: a whole market (30,000 vacancies take tens of seconds)
     * must not hold the application's readiness; a node stopped during it leaves a run the next one abandons.
     */
    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("vacancyfeed-startup").start(() -> safely(FeedImport.Trigger.STARTUP));
    }

    @Scheduled(cron = "${orienta.vacancyfeed.scheduling.cron:0 */15 * * * *}", zone = "Europe/Rome")
    @SchedulerLock(
            name = "vacancyfeed-import",
            lockAtMostFor = "PT14M",
            lockAtLeastFor = "${orienta.cluster.lock-at-least-for:PT5M}")
    void importChanges() {
        safely(FeedImport.Trigger.SCHEDULE);
    }

    private void safely(FeedImport.Trigger trigger) {
        try {
            imports.run(trigger);
        } catch (RuntimeException e) {
            // the run recorded what it could; a start-up must not fail because the regional system is away
            log.warn("Vacancy feed: {} import failed: {}", trigger, FeedClient.root(e));
        }
    }
}
