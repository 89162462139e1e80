package it.orienta.vacancyfeed;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaAppTest;
import it.orienta.vacancysim.VacancySimulator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The client pulls the whole simulated market through real HTTP (the simulator on the application's own port) into a
 * recording sink, then a simulated day, then only its changes; a re-delivered feed changes nothing; a 429 and a down
 * simulator are survived. Logs how long the whole pull took (docs/performance.md).
 */
@OrientaAppTest
@Import(RecordingSinkConfig.class)
@TestPropertySource(properties = {"orienta.vacancyfeed.max-backoff=100ms", "orienta.vacancyfeed.backoff=10ms"})
class VacancyFeedIT {

    private static final Logger log = LoggerFactory.getLogger(VacancyFeedIT.class);

    @Autowired
    FeedImport imports;

    @Autowired
    VacancySimulator simulator;

    @Autowired
    RecordingSink sink;

    @Autowired
    JdbcTemplate jdbc;

    FeedImport.Run run() {
        return imports.run(FeedImport.Trigger.ADMIN).orElseThrow();
    }

    @Test
    void theWholeMarketThenADaysChangesThenNothingTwiceThrough429AndDowntime() {
        simulator.generateIfEmpty();
        simulator.failWith(VacancySimulator.Mode.NORMAL, 0, 0);
        jdbc.update("delete from vacancyfeed_cursor");
        sink.clear();
        var market = simulator.summary().counts();
        assertThat(market.vacancies()).isGreaterThanOrEqualTo(1000);

        long started = System.nanoTime();
        var whole = run();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        log.info(
                "Vacancy feed figure: pulled {} employers and {} vacancies in {} pages in {} ms",
                whole.employersSeen(),
                whole.vacanciesSeen(),
                whole.pages(),
                millis);
        assertThat(whole.status()).isEqualTo("SUCCEEDED");
        assertThat(whole.employersSeen()).isEqualTo(market.employers());
        assertThat(whole.vacanciesSeen()).isEqualTo(market.vacancies());
        assertThat(whole.created()).isEqualTo(market.employers() + market.vacancies());
        assertThat(sink.vacancies).hasSize((int) market.vacancies());
        assertThat(sink.vacancies.values())
                .filteredOn(v -> v.status().equals("OPEN"))
                .hasSize((int) market.open());
        assertThat(sink.vacancies.values()).allSatisfy(v -> {
            assertThat(v.professionCode()).matches("\\d\\.\\d\\.\\d\\.\\d\\.\\d");
            assertThat(v.municipalityCode()).matches("\\d{6}");
            assertThat(sink.employers).containsKey(v.employerExternalId());
        });

        var day = simulator.simulateDay();
        var changes = run();
        assertThat(changes.status()).isEqualTo("SUCCEEDED");
        assertThat(changes.employersSeen()).isEqualTo(day.newEmployers() + 1); // one changed its contact
        assertThat(changes.created()).isEqualTo(day.newEmployers() + day.newVacancies());
        assertThat(changes.updated()).isEqualTo(1 + day.changes() - day.newEmployers() - day.newVacancies());
        assertThat(changes.unchanged()).isZero();

        // a crash before the cursor was saved: everything handed over again, nothing changes twice
        jdbc.update("delete from vacancyfeed_cursor");
        var again = run();
        assertThat(again.created() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(again.employersSeen() + again.vacanciesSeen());

        simulator.failWith(VacancySimulator.Mode.TOO_MANY_REQUESTS, 0, 2);
        var day2 = simulator.simulateDay();
        var patient = run();
        assertThat(patient.status()).isEqualTo("SUCCEEDED");
        assertThat(patient.created()).isEqualTo(day2.newEmployers() + day2.newVacancies());

        simulator.failWith(VacancySimulator.Mode.UNREACHABLE, 0, 0);
        var day3 = simulator.simulateDay();
        var down = run();
        assertThat(down.status()).isEqualTo("FAILED");
        assertThat(down.errorMessage()).contains("503");
        simulator.failWith(VacancySimulator.Mode.NORMAL, 0, 0);
        var back = run();
        assertThat(back.status()).isEqualTo("SUCCEEDED");
        assertThat(back.created()).isEqualTo(day3.newEmployers() + day3.newVacancies());
        assertThat(sink.vacancies).hasSize((int) simulator.summary().counts().vacancies());
    }
}
