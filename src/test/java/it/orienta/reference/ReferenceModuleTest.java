package it.orienta.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import it.orienta.OrientaModuleTest;
import it.orienta.system.Actor;
import it.orienta.system.DataChanged;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;

/**
 * The reference module on its own: a FHIR code table imported, published for the audit log, and looked up; two
 * imports of one table at once (two nodes starting together) one after the other.
 */
@OrientaModuleTest
class ReferenceModuleTest {

    @Autowired
    ReferenceService reference;

    @Autowired
    DataSource dataSource;

    @Test
    void importingACodeTablePublishesTheChangeAndServesItsLabels(Scenario scenario) {
        scenario.stimulate(() -> {
                    try (var in = new ClassPathResource("reference/demo/demo-municipalities.xml").getInputStream()) {
                        return reference.importFhir(in, "m.xml", CodeSystem.MUNICIPALITY, Actor.SYSTEM);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .andWaitForEventOfType(DataChanged.class)
                .matching(e ->
                        e.entityType().equals("ReferenceTable") && e.entityId().equals("MUNICIPALITY"))
                .toArrive();
        assertThat(reference.count(CodeSystem.MUNICIPALITY)).isPositive();
        assertThat(reference.find(CodeSystem.MUNICIPALITY, "048017"))
                .hasValueSatisfying(code -> assertThat(code.display()).isEqualTo("Firenze"));
        assertThat(reference.search(CodeSystem.MUNICIPALITY, "firen", 5))
                .extracting(ReferenceCode::code)
                .contains("048017");
    }

    @Test
    void twoImportsOfOneTableAtOnceRunOneAfterTheOtherAndTheSecondFindsTheWorkDone() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try (var node = dataSource.getConnection()) {
            // a third importer (another node) holds the table's import lock in its transaction
            node.setAutoCommit(false);
            try (var lock = node.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, ReferenceService.IMPORT_LOCK + CodeSystem.COUNTRY.name());
                lock.execute();
            }
            Callable<ImportReport> importCountries = () -> {
                try (var in = new ClassPathResource("reference/demo/demo-countries.xml").getInputStream()) {
                    return reference.importFhir(in, "countries.xml", CodeSystem.COUNTRY, Actor.SYSTEM);
                }
            };
            var first = pool.submit(importCountries);
            var second = pool.submit(importCountries);
            // both wait for it: PostgreSQL shows two advisory lock requests not granted
            await().atMost(Duration.ofSeconds(60)).until(() -> waitingAdvisoryLocks() == 2);
            node.rollback();
            var reports = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)).stream()
                    .sorted(Comparator.comparingInt(ImportReport::imported).reversed())
                    .toList();
            long codes = reference.count(CodeSystem.COUNTRY);
            assertThat(codes).isPositive();
            // the first did the work (all new, or all unchanged when an earlier test of this shared database imported
            // them); the second, run after it, finds every code as the first left it
            assertThat(reports.get(0).imported() + reports.get(0).unchanged()).isEqualTo(codes);
            assertThat(reports.get(1).imported()).isZero();
            assertThat(reports.get(1).updated()).isZero();
            assertThat(reports.get(1).unchanged()).isEqualTo(codes);
        } finally {
            pool.shutdownNow();
        }
    }

    private int waitingAdvisoryLocks() throws java.sql.SQLException {
        try (var c = dataSource.getConnection();
                var rs = c.createStatement()
                        .executeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
