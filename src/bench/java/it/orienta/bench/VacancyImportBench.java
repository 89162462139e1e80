package it.orienta.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The import's speed target (issue 13, docs/performance.md): 30,000 vacancies imported from the regional system in
 * less than 60 s on the embedded PostgreSQL. Starts the jar as the default run does (the simulator on, the start-up
 * import on) with a simulated market of {@code --employers} and {@code --vacancies}, waits for the simulator to
 * generate it, then times the start-up import through the real feed (HTTP, pages of 200) and the real sink, as the
 * run's own record says (vacancyfeed_run); the API floor ({@code GET /api/v1/ateco}, one client) is measured side by
 * side, while the import runs and after it. Checks that every vacancy arrived once.
 *
 * <pre>BENCH_MAIN=it.orienta.bench.VacancyImportBench scripts/bench.sh --vacancies=30000 --employers=3000
 * BENCH_MAIN=it.orienta.bench.VacancyImportBench scripts/bench.sh --page-wide=false   # a page a transaction, item by item
 * BENCH_MAIN=it.orienta.bench.VacancyImportBench scripts/bench.sh --page-transaction=false   # one item a transaction</pre>
 */
public final class VacancyImportBench {

    private VacancyImportBench() {}

    public static void main(String[] args) throws Exception {
        var a = Args.parse(args);
        int vacancies = a.integer("vacancies", 30_000);
        int employers = a.integer("employers", Math.max(300, vacancies / 10));
        String pageTransaction = a.get("page-transaction", "true");
        String pageSize = a.get("page-size", "200");
        String pageWide = a.get("page-wide", "true");
        Path project = Path.of(a.get("project", ".")).toAbsolutePath().normalize();
        Path out = project.resolve("target/bench/vacancy-import");
        Files.createDirectories(out);
        Benchmark.deleteTree(out.resolve("db"));
        int pgPort = AppProcess.freePort();
        var app = AppProcess.jar(
                Benchmark.findJar(project),
                out.resolve("db"),
                AppProcess.freePort(),
                pgPort,
                out.resolve("app.log"),
                "--orienta.vacancysim.employers=" + employers,
                "--orienta.vacancysim.vacancies=" + vacancies,
                "--orienta.vacancyfeed.page-transaction=" + pageTransaction,
                "--orienta.vacancyfeed.page-size=" + pageSize,
                "--orienta.vacancyfeed.page-wide=" + pageWide);
        var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var during = Collections.synchronizedList(new ArrayList<Double>());
        var importing = new AtomicBoolean(true);
        try {
            app.awaitReady(Duration.ofMinutes(10));
            String jdbc = "jdbc:postgresql://localhost:" + pgPort + "/postgres?user=postgres";
            try (var c = DriverManager.getConnection(jdbc)) {
                var floor = Thread.ofPlatform().start(() -> {
                    while (importing.get()) {
                        try {
                            during.add(ateco(http, app));
                            Thread.sleep(50);
                        } catch (Exception e) {
                            return;
                        }
                    }
                });
                long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
                String status = "";
                while (!status.equals("SUCCEEDED") && !status.equals("FAILED") && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    status = text(c, "select coalesce(max(status), '') from vacancyfeed_run where trigger = 'STARTUP'");
                }
                importing.set(false);
                floor.join();
                long ms = number(c, "select duration_ms from vacancyfeed_run where trigger = 'STARTUP'");
                long seen = number(c, "select vacancies_seen from vacancyfeed_run where trigger = 'STARTUP'");
                long seenEmployers = number(c, "select employers_seen from vacancyfeed_run where trigger = 'STARTUP'");
                long rejected = number(c, "select rejected from vacancyfeed_run where trigger = 'STARTUP'");
                long pages = number(c, "select pages from vacancyfeed_run where trigger = 'STARTUP'");
                long stored = number(c, "select count(*) from vacancy where source = 'REGIONAL_FEED'");
                long distinct =
                        number(c, "select count(distinct external_id) from vacancy where source = 'REGIONAL_FEED'");
                long market = number(c, "select count(*) from vacancysim_vacancy");
                // the employers' feed runs first: its last write splits the run's time between the two feeds
                long employersMs = number(
                        c,
                        "select (extract(epoch from (select max(updated_at) from employer) - started_at) * 1000)::bigint"
                                + " from vacancyfeed_run where trigger = 'STARTUP'");
                var after = new ArrayList<Double>();
                for (int i = 0; i < 200; i++) {
                    after.add(ateco(http, app));
                }
                Collections.sort(after);
                var sortedDuring = new ArrayList<>(during);
                Collections.sort(sortedDuring);
                String line = String.format(
                        "import %s: %d employers and %d vacancies (market %d) in %d pages, %.1f s (%.0f vacancies/s;"
                                + " employers %.1f s, vacancies %.1f s), %d rejected, %d stored once each (%d distinct);"
                                + " page transaction %s, page-wide %s, page size %s",
                        status,
                        seenEmployers,
                        seen,
                        market,
                        pages,
                        ms / 1000.0,
                        seen / (ms / 1000.0),
                        employersMs / 1000.0,
                        (ms - employersMs) / 1000.0,
                        rejected,
                        stored,
                        distinct,
                        pageTransaction,
                        pageWide,
                        pageSize);
                String floorLine = String.format(
                        "API floor GET /api/v1/ateco: during the import %s; after it %s",
                        summary(sortedDuring), summary(after));
                System.out.println(line);
                System.out.println(floorLine);
                var report = "# Vacancy import benchmark\n\n"
                        + Benchmark.Machine.describe().text() + "\n\n- " + line + " (target < 60 s for 30,000)\n- "
                        + floorLine + "\n";
                Files.writeString(out.resolve("report.md"), report);
                System.out.println("\nReport: " + out.resolve("report.md"));
                if (!status.equals("SUCCEEDED") || stored != distinct || stored != market) {
                    throw new IllegalStateException(
                            "the import failed or lost or repeated vacancies: see " + out.resolve("app.log"));
                }
            }
        } finally {
            importing.set(false);
            app.stop(Duration.ofSeconds(60));
        }
    }

    static double ateco(HttpClient http, AppProcess app) throws Exception {
        long s = System.nanoTime();
        var res = http.send(
                OccupationBench.get(app.base() + "/api/v1/ateco", "operatore"), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("/api/v1/ateco: " + res.statusCode());
        }
        return (System.nanoTime() - s) / 1e6;
    }

    static String summary(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return "no requests";
        }
        return String.format(
                "%d requests, p50 %.1f ms, p95 %.1f ms",
                sorted.size(), OccupationBench.pct(sorted, 50), OccupationBench.pct(sorted, 95));
    }

    static long number(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
