package it.orienta.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link NotificationJobs} on a schedule; off with {@code orienta.notification.scheduling.enabled=false}
 * (the tests, which run the jobs themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "orienta.notification.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

    private final NotificationJobs jobs;

    NotificationSchedule(NotificationJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(
            fixedDelayString = "${orienta.notification.scheduling.retry-interval:PT1M}",
            initialDelayString = "${orienta.notification.scheduling.retry-interval:PT1M}")
    void retryDue() {
        jobs.retryDue();
    }

    @Scheduled(cron = "${orienta.notification.scheduling.reminder-cron:0 30 6 * * *}", zone = "Europe/Rome")
    @SchedulerLock(
            name = "appointment-reminders",
            lockAtMostFor = "PT1H",
            lockAtLeastFor = "${orienta.cluster.lock-at-least-for:PT5M}")
    void remindTomorrow() {
        jobs.remindTomorrow();
    }
}
