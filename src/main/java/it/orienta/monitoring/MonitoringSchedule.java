package it.orienta.monitoring;

import it.orienta.system.Rome;
import java.time.Clock;
import java.time.YearMonth;
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
 * Keeps the figures fresh once per cluster (ADR 0034): the current and the previous month every 10 minutes
 * (meetings are recorded late, PSPs signed on paper are entered days after), the 13 months of the trend every night
 * and once at start-up, beside it. Off with {@code orienta.monitoring.scheduling.enabled=false} (the tests, which
 * refresh themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(60)
@ConditionalOnProperty(name = "orienta.monitoring.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class MonitoringSchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MonitoringSchedule.class);

    private final FigureRefresh refresh;
    private final Clock clock;

    MonitoringSchedule(FigureRefresh refresh, Clock clock) {
        this.refresh = refresh;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("monitoring-startup").start(this::trend);
    }

    @Scheduled(cron = "${orienta.monitoring.scheduling.cron:0 */10 * * * *}", zone = "Europe/Rome")
    @SchedulerLock(
            name = "monitoring-recent",
            lockAtMostFor = "PT9M",
            lockAtLeastFor = "${orienta.cluster.lock-at-least-for:PT5M}")
    void recent() {
        var month = YearMonth.now(clock.withZone(Rome.ZONE));
        safely(month.minusMonths(1), month);
    }

    @Scheduled(cron = "${orienta.monitoring.scheduling.nightly-cron:0 40 2 * * *}", zone = "Europe/Rome")
    @SchedulerLock(
            name = "monitoring-trend",
            lockAtMostFor = "PT50M",
            lockAtLeastFor = "${orienta.cluster.lock-at-least-for:PT5M}")
    void trend() {
        var month = YearMonth.now(clock.withZone(Rome.ZONE));
        safely(month.minusMonths(12), month);
    }

    private void safely(YearMonth from, YearMonth to) {
        try {
            int n = refresh.refresh(from, to);
            log.info("Monitoring: {} figures for {} to {}", n, from, to);
        } catch (RuntimeException e) {
            // the figures of the previous refresh stay; the next run tries again
            log.warn("Monitoring: refresh of {} to {} failed: {}", from, to, e.toString());
        }
    }
}
