package it.orienta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each cron job, scheduled on two nodes at the same moment, runs once per moment (issue 12, ADR 0023). The crons
 * are set to every 10 s on both nodes (same machine, same clock: both fire together); ShedLock's own log says which
 * node took each run ({@code Locked '<job>'}) and which found it taken ({@code Not executing '<job>'}), and the
 * jobs' effects are counted in the database.
 */
class ScheduledJobsOnceIT {

    private static final String EVERY_10S = "*/10 * * * * *";
    private static final List<String> JOBS = List.of("cv-reminders", "cv-purge", "appointment-reminders");

    @Test
    void eachCronJobTriggeredOnBothNodesAtTheSameMomentRunsOnce() throws Exception {
        try (var cluster = ClusterNodes.database("ScheduledJobsOnceIT")
                .with("orienta.cv.scheduling.reminder-cron", EVERY_10S)
                .with("orienta.cv.scheduling.purge-cron", EVERY_10S)
                .with("orienta.notification.scheduling.reminder-cron", EVERY_10S)
                // long enough to cover two nodes firing the same moment, short enough that a run started late on a
                // loaded machine still lets go before the next moment (8 s left 2 s: both nodes skipped a moment)
                .with("orienta.cluster.lock-at-least-for", "PT5S")
                .with("logging.level.net.javacrumbs.shedlock.core", "DEBUG")) {
            var a = cluster.launch("node-a");
            var b = cluster.launch("node-b");
            a.awaitReady(Duration.ofSeconds(180));
            b.awaitReady(Duration.ofSeconds(180));
            var seeded = seed(cluster);

            // three moments at which both nodes were up and each job was taken after the seed
            var deadline = Instant.now().plusSeconds(90);
            while (Instant.now().isBefore(deadline)
                    && JOBS.stream()
                            .anyMatch(
                                    job -> runs(List.of(a, b), job, "Locked '").size() < 3)) {
                Thread.sleep(1_000);
            }
            for (var job : JOBS) {
                var taken = runs(List.of(a, b), job, "Locked '");
                var skipped = runs(List.of(a, b), job, "Not executing '");
                assertThat(taken.size()).as("moments at which %s ran", job).isGreaterThanOrEqualTo(3);
                assertThat(taken.values())
                        .as("%s: the nodes that ran it, per 10 s moment", job)
                        .allSatisfy(nodes -> assertThat(nodes).hasSize(1));
                assertThat(skipped)
                        .as("%s: the other node fired too and skipped", job)
                        .isNotEmpty();
                skipped.forEach((moment, nodes) -> assertThat(taken.get(moment))
                        .as("%s at %s: skipped by %s because the other ran it", job, moment, nodes)
                        .isNotNull()
                        .doesNotContainAnyElementsOf(nodes));
            }
            // the jobs' own lines: one run per moment, across both nodes
            assertThat(lines(List.of(a, b), "Scheduled job cv-reminders ran").size())
                    .isEqualTo(runs(List.of(a, b), "cv-reminders", "Locked '").size());
            assertThat(lines(List.of(a, b), "Scheduled job cv-purge ran: 1 files purged"))
                    .as("the replaced CV's file purged by one run")
                    .hasSize(1);

            var jdbc = cluster.jdbc();
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification_message where dedup_key = ?",
                            Long.class,
                            "cv:" + seeded.get("expiring") + ":expiring"))
                    .as("one reminder for the expiring CV")
                    .isEqualTo(1L);
            assertThat(jdbc.queryForObject(
                            "select count(*) from cv where id = ? and content is null and purged_at is not null",
                            Long.class,
                            seeded.get("replaced")))
                    .isEqualTo(1L);
            var locks = jdbc.queryForList("select name, locked_by from shedlock order by name");
            assertThat(locks).extracting(row -> row.get("name")).containsExactlyInAnyOrderElementsOf(JOBS);
            assertThat(locks)
                    .extracting(row -> row.get("locked_by"))
                    .allMatch(by -> List.of("node-a", "node-b").contains(by));
        }
    }

    /** A person with a current CV expiring in 10 days and a CV replaced longer ago than the retention. */
    private static Map<String, UUID> seed(ClusterNodes cluster) {
        var jdbc = cluster.jdbc();
        var person = UUID.randomUUID();
        var now = Instant.now();
        jdbc.update(
                "insert into person (id, tax_code, tax_code_canonical, tax_code_temporary, first_name, last_name,"
                        + " search_name, search_name_reversed, sex, birth_date, created_at, version)"
                        + " values (?, 'RSSMRA80A01H501U', 'RSSMRA80A01H501U', false, 'Mario', 'Rossi',"
                        + " 'mario rossi', 'rossi mario', 'M', date '1980-01-01', ?, 0)",
                person,
                Timestamp.from(now));
        var expiring = UUID.randomUUID();
        var replaced = UUID.randomUUID();
        var today = LocalDate.now(ZoneId.of("Europe/Rome"));
        String insert = "insert into cv (id, person_id, origin, file_name, size_bytes, sha256, content, saved_at,"
                + " saved_by, centre_code, obsolete_from, is_current, replaced_at, version)"
                + " values (?, ?, 'UPLOADED', 'cv.pdf', 4, 'x', ?, ?, 'test', 'CPI-FI', ?, ?, ?, 0)";
        jdbc.update(
                insert,
                replaced,
                person,
                new byte[] {1, 2, 3, 4},
                Timestamp.from(now.minus(Duration.ofDays(900))),
                java.sql.Date.valueOf(today.minusDays(300)),
                false,
                Timestamp.from(now.minus(Duration.ofDays(800))));
        jdbc.update(
                insert,
                expiring,
                person,
                new byte[] {1, 2, 3, 4},
                Timestamp.from(now),
                java.sql.Date.valueOf(today.plusDays(10)),
                true,
                null);
        return Map.of("expiring", expiring, "replaced", replaced);
    }

    /** For each 10 s moment, the nodes whose log has {@code what<job>'} in it. */
    private static Map<Long, List<String>> runs(List<ClusterNodes.Node> nodes, String job, String what) {
        var byMoment = new TreeMap<Long, List<String>>();
        for (var node : nodes) {
            for (var line : lines(List.of(node), what + job + "'")) {
                long moment =
                        Instant.parse(line.substring(0, line.indexOf(' '))).getEpochSecond() / 10;
                byMoment.computeIfAbsent(moment, m -> new ArrayList<>()).add(node.name());
            }
        }
        return byMoment;
    }

    private static List<String> lines(List<ClusterNodes.Node> nodes, String containing) {
        var found = new ArrayList<String>();
        for (var node : nodes) {
            try {
                Files.readAllLines(Path.of("target", "cluster", "ScheduledJobsOnceIT", node.name() + ".log")).stream()
                        .filter(l -> l.contains(containing))
                        .forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }
}
