package it.orienta.cv;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The CV's daily jobs: the reminders of CVs about to expire and the purge of replaced CVs' files after the
 * retention. Off with {@code orienta.cv.scheduling.enabled=false}; the tests call the service's methods themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "orienta.cv.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class CvSchedule {

    private final CvService cvs;

    CvSchedule(CvService cvs) {
        this.cvs = cvs;
    }

    @Scheduled(cron = "${orienta.cv.scheduling.reminder-cron:0 0 8 * * *}", zone = "Europe/Rome")
    void remindExpiring() {
        cvs.remindExpiring();
    }

    @Scheduled(cron = "${orienta.cv.scheduling.purge-cron:0 15 3 * * *}", zone = "Europe/Rome")
    void purgeReplaced() {
        cvs.purgeReplaced();
    }
}
