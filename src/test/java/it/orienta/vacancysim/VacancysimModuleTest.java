package it.orienta.vacancysim;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import java.io.IOException;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

/**
 * The simulator on its own, over the demo reference tables: the market generated once from them (every province,
 * ~1,000 vacancies), then a market day whose changes all come after what was published before.
 */
@OrientaModuleTest
@TestPropertySource(properties = {"orienta.vacancysim.enabled=true", "orienta.vacancysim.scheduling.enabled=false"})
class VacancysimModuleTest {

    @Autowired
    VacancySimulator simulator;

    @Autowired
    SimStore store;

    @Autowired
    ReferenceService reference;

    void referenceTables() throws IOException {
        for (var file : new String[] {"demo-municipalities.xml", "demo-professions.xml"}) {
            var system = file.contains("municipalities") ? CodeSystem.MUNICIPALITY : CodeSystem.PROFESSION;
            if (reference.count(system) == 0) {
                try (var in = new ClassPathResource("reference/demo/" + file).getInputStream()) {
                    reference.importFhir(in, file, system, Actor.SYSTEM);
                }
            }
        }
    }

    @Test
    void theMarketIsGeneratedOnceFromTheReferenceTablesAndADayChangesItAfterEverythingPublished() throws IOException {
        referenceTables();
        simulator.generateIfEmpty();
        assertThat(simulator.generateIfEmpty()).isFalse();
        var before = simulator.summary();
        assertThat(before.counts().employers()).isEqualTo(300);
        assertThat(before.counts().vacancies()).isEqualTo(1000);
        assertThat(before.counts().open()).isBetween(600L, 900L);
        assertThat(before.counts().expiringInAWeek()).isPositive();
        assertThat(before.counts().reservedL68()).isBetween(25L, 80L);
        var provinces = store.allEmployers().stream()
                .map(e -> e.municipalityCode().substring(0, 3))
                .collect(Collectors.toSet());
        assertThat(provinces)
                .containsExactlyInAnyOrder("045", "046", "047", "048", "049", "050", "051", "052", "053", "100");
        Instant published = store.latestChange().orElseThrow();

        var day = simulator.simulateDay();
        assertThat(day.newVacancies()).isBetween(20, 35);
        assertThat(day.changes()).isGreaterThan(day.newVacancies());
        var changed = store.vacancies(published.plusNanos(1000), null, null, 1000);
        assertThat(changed).hasSizeGreaterThanOrEqualTo(day.newVacancies() + day.filled());
        assertThat(changed).allSatisfy(v -> assertThat(v.changedAt()).isAfter(published));
        assertThat(changed).filteredOn(v -> v.version() == 1).hasSize(day.newVacancies());
        var after = simulator.summary();
        assertThat(after.days()).isEqualTo(1);
        assertThat(after.counts().vacancies()).isEqualTo(1000 + day.newVacancies());
        assertThat(after.counts().employers()).isEqualTo(300 + day.newEmployers());
    }
}
