package it.orienta.vacancysim;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Generates the simulated market at start-up (after the demo data loaded the reference tables), and simulates a
 * market day every morning ({@code orienta.vacancysim.day-cron}, once per cluster), unless
 * {@code orienta.vacancysim.scheduling.enabled=false} (tests, which simulate their days themselves).
 */
@Component
@Order(30)
@EnableScheduling
@ConditionalOnExpression(VacancySimulator.ENABLED)
class VacancySimSchedule implements ApplicationRunner {

    private final VacancySimulator simulator;
    private final boolean scheduled;

    VacancySimSchedule(
            VacancySimulator simulator,
            @org.springframework.beans.factory.annotation.Value("${orienta.vacancysim.scheduling.enabled:true}")
                    boolean scheduled) {
        this.simulator = simulator;
        this.scheduled = scheduled;
    }

    @Override
    public void run(ApplicationArguments args) {
        simulator.generateIfEmpty();
    }

    @Scheduled(cron = "${orienta.vacancysim.day-cron:0 0 5 * * *}", zone = "Europe/Rome")
    @SchedulerLock(
            name = "vacancysim-market-day",
            lockAtMostFor = "PT10M",
            lockAtLeastFor = "${orienta.cluster.lock-at-least-for:PT5M}")
    void marketDay() {
        if (scheduled) {
            simulator.simulateDay();
        }
    }
}
