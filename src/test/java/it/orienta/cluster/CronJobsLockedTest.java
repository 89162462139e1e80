package it.orienta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every cron job of Orienta runs once per cluster (ADR 0023): each {@code @Scheduled(cron)} method carries
 * {@code @SchedulerLock} with a name of its own. A job on a fixed delay is either locked too or listed here with
 * the reason it is safe on N nodes.
 */
class CronJobsLockedTest {

    /** Pollers safe on any number of nodes, and why. */
    static final Map<String, String> UNLOCKED_POLLERS = Map.of(
            "it.orienta.portal.PortalSchedule.deliverDue",
            "claims rows for update skip locked under a lease: each transfer goes to one node",
            "it.orienta.notification.NotificationSchedule.retryDue",
            "runs the delivery worker, whose claim (skip locked, lease) gives each delivery to one node (ADR 0025)",
            "it.orienta.notification.DeliveryWorker$Schedule.deliverDue",
            "claims deliveries for update skip locked under a lease: each delivery goes to one node (ADR 0025)",
            "it.orienta.database.FailedPublications.resubmit",
            "Spring Modulith marks a failed publication resubmitted with a conditional update: one node resubmits it",
            "it.orienta.extraction.ExtractionSchedule.poll",
            "claims jobs for update skip locked under a lease: each job runs on one node at a time (ADR 0026)",
            "it.orienta.extraction.ExtractionSchedule.cleanUp",
            "expires jobs it has locked (skip locked) and deletes their files: a second run finds nothing to do",
            "it.orienta.portalsim.NoticeSender.sweep",
            "the simulator resends pending notices as a real portal would; Orienta applies a notice once by id");

    @Test
    void everyCronJobCarriesASchedulerLockOfItsOwnAndEveryOtherScheduledMethodIsLockedOrExplained() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("it.orienta");
        var unlockedCron = new TreeSet<String>();
        var unexplained = new TreeSet<String>();
        var names = new TreeMap<String, String>();
        int cronJobs = 0;
        for (var type : classes) {
            for (JavaMethod method : type.getMethods()) {
                if (!method.isAnnotatedWith(Scheduled.class)) {
                    continue;
                }
                String id = type.getName() + "." + method.getName();
                var scheduled = method.getAnnotationOfType(Scheduled.class);
                var lock = method.tryGetAnnotationOfType(SchedulerLock.class);
                if (lock.isPresent()) {
                    String previous = names.put(lock.get().name(), id);
                    assertThat(previous)
                            .as("lock name %s used twice", lock.get().name())
                            .isNull();
                }
                if (!scheduled.cron().isEmpty()) {
                    cronJobs++;
                    if (lock.isEmpty()) {
                        unlockedCron.add(id);
                    }
                } else if (lock.isEmpty() && !UNLOCKED_POLLERS.containsKey(id)) {
                    unexplained.add(id);
                }
            }
        }
        assertThat(cronJobs).as("the cron jobs found").isGreaterThanOrEqualTo(5);
        assertThat(names)
                .as("the vacancy import and the simulator's market day run once per cluster (issue 13)")
                .containsEntry("vacancyfeed-import", "it.orienta.vacancyfeed.FeedSchedule.importChanges")
                .containsEntry("vacancysim-market-day", "it.orienta.vacancysim.VacancySimSchedule.marketDay");
        assertThat(unlockedCron).as("cron jobs without @SchedulerLock").isEmpty();
        assertThat(unexplained)
                .as("scheduled methods neither locked nor listed")
                .isEmpty();
    }
}
