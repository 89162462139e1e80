package it.orienta.cv;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The CV's daily jobs: the reminders of CVs about to expire and the purge of replaced CVs' files after the
 * retention. Off with {@code orienta.cv.scheduling.enabled=false}; the tests call the service's methods themselves.
 * Each runs on one node of a cluster per scheduled moment (ShedLock, ADR 0023); a missed run is made up by the next
 * day's (the reminder selects every CV still expiring soon and its dedup key sends it once; the purge takes every
 * file past the retention).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "orienta.cv.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class CvSchedule {

    private static final Logger log = LoggerFactory.getLogger(CvSchedule.class);

    private final CvService cvs;

    CvSchedule(CvService cvs) {
        this.cvs = cvs;
    }

    @Scheduled(cron = "${orienta.cv.scheduling.reminder-cron:0 0 8 * * *}", zone = "Europe/Rome")
    @SchedulerLock(
            name = "cv-reminders",
            lockAtMostFor = "PT1H",
            lockAtLeastFor = "${orienta.cluster.lock-at-least-for:PT5M}")
    void remindExpiring() {
        log.info("Scheduled job cv-reminders ran: {} CVs expiring", cvs.remindExpiring());
    }

    @Scheduled(cron = "${orienta.cv.scheduling.purge-cron:0 15 3 * * *}", zone = "Europe/Rome")
    @SchedulerLock(
            name = "cv-purge",
            lockAtMostFor = "PT1H",
            lockAtLeastFor = "${orienta.cluster.lock-at-least-for:PT5M}")
    void purgeReplaced() {
        log.info("Scheduled job cv-purge ran: {} files purged", cvs.purgeReplaced());
    }
}
