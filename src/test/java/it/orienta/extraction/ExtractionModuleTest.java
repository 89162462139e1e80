package it.orienta.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.extraction.ExtractionEvents.ExtractionRun;
import it.orienta.extraction.ExtractionJob.State;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.occupation.OccupationCommand;
import it.orienta.occupation.OccupationService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The extraction module with the modules it reads and those that make its data (occupation, intake), on the
 * embedded PostgreSQL, its worker driven by the test (no schedule): a job is written to the table and its file to
 * the database; a job whose node stopped is resumed, or failed once it was taken as often as allowed; a worker that
 * lost its job writes nothing; expired files go, twice as safely as once.
 */
@OrientaModuleTest(
        extraIncludes = {"database", "system", "web", "home", "person", "audit", "access", "intake", "occupation"})
@TestPropertySource(properties = {"orienta.extraction.scheduling.enabled=false", "orienta.extraction.max-attempts=2"})
class ExtractionModuleTest {

    @Autowired
    Extractions extractions;

    @Autowired
    ExtractionWorker worker;

    @Autowired
    ExtractionJobStore store;

    @Autowired
    OccupationService occupations;

    @Autowired
    PersonService persons;

    @Autowired
    IntakeService intakes;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    @Autowired
    JdbcTemplate jdbc;

    String username;
    ExtractionFilter filter;

    @BeforeEach
    void setUp() throws Exception {
        for (var file : List.of("demo-municipalities.xml", "demo-professions.xml")) {
            var system = file.contains("municipalities") ? CodeSystem.MUNICIPALITY : CodeSystem.PROFESSION;
            if (reference.count(system) == 0) {
                try (var in = new ClassPathResource("reference/demo/" + file).getInputStream()) {
                    reference.importFhir(in, file, system, Actor.SYSTEM);
                }
            }
        }
        String centre = "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        username = "ext" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Module Test",
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of(centre),
                        true),
                "Module.Test.2026");
        if (intakes.currentNotice().isEmpty()) {
            organisation.runAs(username, () -> intakes.publishNotice("Informativa", "Testo"));
        }
        var born = LocalDate.of(1960, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(15_000));
        var person = personInCharge("Estratto", "Modulo", born);
        organisation.runAs(username, () -> occupations.add(person, occupation("5.2.2.3.2")));
        organisation.runAs(username, () -> occupations.add(person, occupation("5.2.2.1.0")));
        filter = new ExtractionFilter("5.2.2", null, null, null, null, null, ExtractionFilter.CvState.NONE);
    }

    private UUID personInCharge(String first, String last, LocalDate born) {
        var person = organisation.runAs(
                username,
                () -> persons.register(new PersonCommand(
                        it.orienta.Persons.taxCode(first, last, born, false, "D612"),
                        first,
                        last,
                        Sex.M,
                        born,
                        "048017",
                        null,
                        null,
                        "048017",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of())));
        var notice = intakes.currentNotice().orElseThrow().id();
        organisation.runAs(
                username,
                () -> intakes.takeInCharge(
                        person.id(), new IntakeCommand(LocalDate.now(), notice, true, ConsentState.GIVEN, null, null)));
        return person.id();
    }

    private static OccupationCommand occupation(String code) {
        return new OccupationCommand(
                code, true, false, false, LocalDate.now().minusDays(1), 23, "", 2, null, false, "", "", "");
    }

    private ExtractionJob awaitFinished(UUID id) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !store.find(id).orElseThrow().state().open());
        return store.find(id).orElseThrow();
    }

    private byte[] file(ExtractionJob job) throws Exception {
        var out = new ByteArrayOutputStream();
        extractions.download(job, out);
        return out.toByteArray();
    }

    private int parts(UUID id) {
        return jdbc.queryForObject("select count(*) from extraction_file where job_id = ?", Integer.class, id);
    }

    @Test
    void aJobIsWrittenToTheDatabaseAndItsFileIsTheSameAsTheStreamedOne(Scenario scenario) throws Exception {
        assertThat(organisation.runAs(username, () -> extractions.count(filter)))
                .isEqualTo(2);
        var started = new java.util.concurrent.atomic.AtomicReference<ExtractionJob>();
        scenario.stimulate(() -> organisation.runAs(
                        username, () -> extractions.start(filter, ExtractionWriter.Format.CSV, Locale.ITALIAN)))
                .andWaitForEventOfType(ExtractionRun.class)
                .toArriveAndVerify((e, job) -> {
                    started.set(job);
                    assertThat(e.extractionId()).isEqualTo(job.id());
                    assertThat(e.rows()).isEqualTo(2);
                });
        var queued = store.find(started.get().id()).orElseThrow();
        assertThat(queued.state()).as("no worker scheduled in this test").isEqualTo(State.QUEUED);
        assertThat(queued.requestedBy()).isEqualTo(username);
        assertThat(queued.filter()).isEqualTo(filter);

        assertThat(worker.poll()).isGreaterThanOrEqualTo(1);
        var done = awaitFinished(started.get().id());
        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(done.written()).isEqualTo(2);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.claimedBy()).isNull();
        assertThat(organisation
                        .runAs(username, () -> extractions.job(done.id()))
                        .downloadable())
                .isTrue();

        var streamed = new ByteArrayOutputStream();
        organisation.runAs(
                username, () -> extractions.write(filter, ExtractionWriter.Format.CSV, streamed, Locale.ITALIAN));
        byte[] saved = file(done);
        assertThat(saved).isEqualTo(streamed.toByteArray());
        assertThat(done.fileSize()).isEqualTo(saved.length);
        assertThat(new String(saved, StandardCharsets.UTF_8)).startsWith("\uFEFFCodice fiscale;");
    }

    @Test
    void aJobWhoseNodeStoppedIsResumedByAnotherThenFailedWithItsReasonOnceAttemptsAreSpent() {
        var job = organisation.runAs(
                username, () -> extractions.start(filter, ExtractionWriter.Format.XLSX, Locale.ENGLISH));
        // a node took it and died: no heartbeat since, the lease expired
        jdbc.update(
                "update extraction_job set state = 'RUNNING', claimed_by = 'dead/1', attempts = 1, written = 1,"
                        + " lease_until = now() - interval '1 second' where id = ?",
                job.id());
        worker.poll();
        var resumed = awaitFinished(job.id());
        assertThat(resumed.state()).isEqualTo(State.DONE);
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(resumed.written()).isEqualTo(2);
        assertThat(parts(job.id())).isEqualTo(1);

        var again = organisation.runAs(
                username, () -> extractions.start(filter, ExtractionWriter.Format.CSV, Locale.ITALIAN));
        // taken twice (max-attempts=2), its node died each time
        jdbc.update(
                "update extraction_job set state = 'RUNNING', claimed_by = 'dead/2', attempts = 2,"
                        + " lease_until = now() - interval '1 second' where id = ?",
                again.id());
        worker.poll();
        var failed = store.find(again.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.failureReason()).isEqualTo(ExtractionJob.INTERRUPTED);
        assertThat(failed.claimedBy()).isNull();
        assertThat(parts(again.id())).isZero();
    }

    @Test
    void aWorkerThatLostItsJobToAnotherNodeWritesNothing() {
        var job = organisation.runAs(
                username, () -> extractions.start(filter, ExtractionWriter.Format.CSV, Locale.ITALIAN));
        var now = java.time.Instant.now();
        var mine = store.claim(worker.node(), now, now.plusSeconds(60), 2).orElseThrow();
        assertThat(mine.id()).isEqualTo(job.id());
        // this node was paused past its lease; another node took the job meanwhile
        jdbc.update("update extraction_job set claimed_by = 'other/9', attempts = attempts + 1 where id = ?", job.id());
        worker.run(mine);
        var after = store.find(job.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(State.RUNNING);
        assertThat(after.claimedBy()).isEqualTo("other/9");
        assertThat(parts(job.id())).isZero();
        assertThat(store.heartbeat(job.id(), worker.node(), mine.attempts(), 1, now.plusSeconds(60)))
                .as("its heartbeat no longer holds the job")
                .isFalse();
    }

    @Test
    void aJobGivenBackByAStoppingNodeIsQueuedAgainWithoutSpendingAnAttempt() {
        var job = organisation.runAs(
                username, () -> extractions.start(filter, ExtractionWriter.Format.CSV, Locale.ITALIAN));
        var now = java.time.Instant.now();
        var mine = store.claim(worker.node(), now, now.plusSeconds(60), 2).orElseThrow();
        assertThat(mine.attempts()).isEqualTo(1);
        assertThat(store.release(job.id(), "other/9", 1))
                .as("only its holder gives it back")
                .isFalse();
        assertThat(store.release(job.id(), worker.node(), 1)).isTrue();
        var back = store.find(job.id()).orElseThrow();
        assertThat(back.state()).isEqualTo(State.QUEUED);
        assertThat(back.attempts()).isZero();
        assertThat(back.claimedBy()).isNull();
        worker.poll();
        var done = awaitFinished(job.id());
        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(done.attempts()).isEqualTo(1);
    }

    @Test
    void expiredFilesAreDeletedAndTheJobsMarkedExpiredOnceWhoeverRunsTheCleanUp() {
        var job = organisation.runAs(
                username, () -> extractions.start(filter, ExtractionWriter.Format.CSV, Locale.ITALIAN));
        worker.poll();
        assertThat(awaitFinished(job.id()).state()).isEqualTo(State.DONE);
        assertThat(parts(job.id())).isEqualTo(1);
        jdbc.update("update extraction_job set expires_at = now() - interval '1 second' where id = ?", job.id());
        assertThat(worker.cleanUp()).isGreaterThanOrEqualTo(1);
        var expired = store.find(job.id()).orElseThrow();
        assertThat(expired.state()).isEqualTo(State.EXPIRED);
        assertThat(parts(job.id())).isZero();
        assertThat(worker.cleanUp()).as("a second run finds nothing left").isZero();
        assertThat(store.find(job.id()).orElseThrow().state()).isEqualTo(State.EXPIRED);
        // the row stays listed for orienta.extraction.history (90 days), then goes
        jdbc.update("update extraction_job set expires_at = now() - interval '89 days' where id = ?", job.id());
        worker.cleanUp();
        assertThat(store.find(job.id())).as("an expired job within its history").isPresent();
        jdbc.update("update extraction_job set expires_at = now() - interval '91 days' where id = ?", job.id());
        worker.cleanUp();
        assertThat(store.find(job.id())).as("an expired job past its history").isEmpty();
    }
}
