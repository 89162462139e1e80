package it.orienta.workerfile;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.system.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The worker file module with the modules it reads, on the embedded PostgreSQL: any event about a person lands on
 * the person's timeline in the publishing transaction, once per event id.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
@TestPropertySource(
        properties = {
            "orienta.embedded-db.data-directory=",
            "orienta.portal.scheduling.enabled=false",
            "orienta.notification.scheduling.enabled=false"
        })
class WorkerFileModuleTest {

    @Autowired
    Timeline timeline;

    @Test
    void anEventAboutAPersonLandsOnTheTimelineOnce(Scenario scenario) {
        UUID person = UUID.randomUUID();
        var event = new WorkerFileExported(
                UUID.randomUUID(), Actor.SYSTEM, Instant.now().truncatedTo(ChronoUnit.MICROS), person);

        scenario.publish(() -> event)
                .andWaitForEventOfType(WorkerFileExported.class)
                .matching(e -> e.personId().equals(person))
                .toArriveAndVerify(e -> assertThat(TimelineDescriptions.describe(e))
                        .hasValueSatisfying(line -> assertThat(line.kind()).isEqualTo("file")));
        scenario.publish(() -> event)
                .andWaitForEventOfType(WorkerFileExported.class)
                .matching(e -> e.personId().equals(person))
                .toArrive();

        var entries = timeline.page(person, List.of(), 0, 20);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.eventId()).isEqualTo(event.eventId());
            assertThat(entry.summaryKey()).isEqualTo("timeline.file.exported");
            assertThat(entry.kind()).isEqualTo("file");
        });
        assertThat(timeline.kinds(person)).containsExactly("file");
    }
}
