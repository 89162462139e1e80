package it.orienta.vacancyfeed;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import on its own, against a stand-in of the regional system: a whole pull, only the changes the next time, a
 * page handed over again after a crash changing nothing, a 429 and a down system survived, a failing sink resumed at
 * the item it failed on, one run at a time.
 */
@OrientaModuleTest
class VacancyfeedModuleTest {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final FakeFeed FEED;

    static {
        try {
            FEED = new FakeFeed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void feed(DynamicPropertyRegistry registry) {
        registry.add("orienta.vacancyfeed.base-url", FEED::baseUrl);
        registry.add("orienta.vacancyfeed.api-key", () -> FakeFeed.KEY);
        registry.add("orienta.vacancyfeed.page-size", () -> "100");
        registry.add("orienta.vacancyfeed.backoff", () -> "5ms");
        registry.add("orienta.vacancyfeed.max-backoff", () -> "20ms");
        registry.add("orienta.vacancyfeed.scheduling.enabled", () -> "false");
    }

    @TestConfiguration
    static class Sink {
        @Bean
        @org.springframework.context.annotation.Primary
        RecordingSink recordingSink() {
            return new RecordingSink();
        }
    }

    @Autowired
    FeedImport imports;

    @Autowired
    RecordingSink sink;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stop() {
        FEED.close();
    }

    @BeforeEach
    void market() {
        FEED.employers.clear();
        FEED.vacancies.clear();
        FEED.failures.clear();
        FEED.alwaysFailWith = 0;
        sink.clear();
        jdbc.update("delete from vacancyfeed_cursor");
        jdbc.update("delete from vacancyfeed_run");
        for (int i = 1; i <= 5; i++) {
            FEED.putEmployer("E%06d".formatted(i), 1, T0.plusSeconds(i));
        }
        // 250 vacancies, several at the same instant (the order is then by id)
        for (int i = 1; i <= 250; i++) {
            FEED.putVacancy("V%07d".formatted(i), 1, T0.plusSeconds(100 + i / 4), "E%06d".formatted(1 + i % 5));
        }
    }

    FeedImport.Run run() {
        return imports.run(FeedImport.Trigger.ADMIN).orElseThrow();
    }

    @Test
    void aWholePullThenOnlyTheChanges() {
        var first = run();
        assertThat(first.status()).isEqualTo("SUCCEEDED");
        assertThat(first.employersSeen()).isEqualTo(5);
        assertThat(first.vacanciesSeen()).isEqualTo(250);
        assertThat(first.created()).isEqualTo(255);
        assertThat(first.pages()).isEqualTo(4); // 1 of employers, 3 of vacancies
        assertThat(sink.vacancies).hasSize(250);
        assertThat(jdbc.queryForObject("select last_id from vacancyfeed_cursor where feed = 'VACANCIES'", String.class))
                .isEqualTo("V0000250");

        var nothing = run();
        assertThat(nothing.vacanciesSeen()).isZero();
        assertThat(nothing.employersSeen()).isZero();
        assertThat(nothing.created() + nothing.updated() + nothing.unchanged()).isZero();

        FEED.putVacancy("V0000007", 2, T0.plusSeconds(10_000), "E000002");
        FEED.putVacancy("V0000251", 1, T0.plusSeconds(10_000), "E000003");
        FEED.putEmployer("E000006", 1, T0.plusSeconds(9_000));
        var changes = run();
        assertThat(changes.employersSeen()).isEqualTo(1);
        assertThat(changes.vacanciesSeen()).isEqualTo(2);
        assertThat(changes.created()).isEqualTo(2);
        assertThat(changes.updated()).isEqualTo(1);
        assertThat(sink.vacancies.get("V0000007").version()).isEqualTo(2);
        assertThat(imports.runs(10)).hasSize(3);
    }

    @Test
    void aPageHandedOverAgainAfterACrashChangesNothingTwice() {
        run();
        // the crash: the sink had everything, but the cursor saved before it is where the next run starts
        jdbc.update(
                "update vacancyfeed_cursor set changed_at = ?, last_id = 'V0000101' where feed = 'VACANCIES'",
                java.sql.Timestamp.from(T0.plusSeconds(100 + 101 / 4)));
        var again = run();
        assertThat(again.status()).isEqualTo("SUCCEEDED");
        assertThat(again.vacanciesSeen()).isEqualTo(149); // V0000102 … V0000250
        assertThat(again.unchanged()).isEqualTo(149);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(sink.vacancies).hasSize(250);
        assertThat(sink.log).filteredOn(l -> l.startsWith("V0000101@")).hasSize(1);
        assertThat(sink.log).filteredOn(l -> l.startsWith("V0000102@")).hasSize(2);
    }

    @Test
    void a429IsWaitedOutAndADownSystemFailsTheRunWhichTheNextOneMakesGood() {
        FEED.failures.add(429);
        FEED.failures.add(429);
        var patient = run();
        assertThat(patient.status()).isEqualTo("SUCCEEDED");
        assertThat(patient.created()).isEqualTo(255);

        FEED.putVacancy("V0000300", 1, T0.plusSeconds(20_000), "E000001");
        FEED.alwaysFailWith = 503;
        var down = run();
        assertThat(down.status()).isEqualTo("FAILED");
        assertThat(down.errorMessage()).contains("HTTP 503");
        assertThat(down.errors()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_id from vacancyfeed_cursor where feed = 'VACANCIES'", String.class))
                .isEqualTo("V0000250");

        FEED.alwaysFailWith = 0;
        var back = run();
        assertThat(back.status()).isEqualTo("SUCCEEDED");
        assertThat(back.created()).isEqualTo(1);
        assertThat(sink.vacancies).containsKey("V0000300");
    }

    @Test
    void aSinkThatFailsStopsTheFeedAtTheItemAndTheNextRunResumesThere() {
        sink.failOn = "V0000150";
        var failed = run();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.errorMessage()).contains("vacancies V0000150").contains("the database went away");
        assertThat(failed.created()).isEqualTo(5 + 149);
        assertThat(jdbc.queryForObject("select last_id from vacancyfeed_cursor where feed = 'VACANCIES'", String.class))
                .isEqualTo("V0000149");

        sink.failOn = null;
        var resumed = run();
        assertThat(resumed.status()).isEqualTo("SUCCEEDED");
        assertThat(resumed.created()).isEqualTo(101);
        assertThat(resumed.unchanged()).isZero();
        assertThat(sink.vacancies).hasSize(250);
    }

    @Test
    void aVacancyTheSinkRejectsIsCountedAndTheImportGoesOn() {
        FEED.putVacancy("V0000260", 1, T0.plusSeconds(5_000), "E999999");
        var run = run();
        assertThat(run.status()).isEqualTo("SUCCEEDED");
        assertThat(run.rejected()).isEqualTo(1);
        assertThat(run.created()).isEqualTo(255);
    }

    @Test
    void oneRunAtATimeAndARunWhoseNodeDiedIsAbandoned() {
        jdbc.update("insert into vacancyfeed_run (id, trigger, status, node, started_at, heartbeat_at) "
                + "values (gen_random_uuid(), 'SCHEDULE', 'RUNNING', 'other', now(), now())");
        assertThat(imports.run(FeedImport.Trigger.ADMIN)).isEmpty();

        jdbc.update("update vacancyfeed_run set heartbeat_at = now() - interval '1 hour'");
        assertThat(run().status()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from vacancyfeed_run where status = 'ABANDONED'", Integer.class))
                .isEqualTo(1);
    }
}
