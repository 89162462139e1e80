package it.orienta.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Scouting's speed (issue 13, docs/performance.md): at {@code --persons} (200,000) persons as {@link Generator} makes
 * them, with desired occupations and availability ({@link ScoutingData#persons}), their matching profiles built by
 * the application's own projector, and {@code --open} (30,000) open vacancies of the simulator's market
 * ({@link ScoutingData#market}), measures over HTTP on loopback, side by side with the API floor in the same run:
 *
 * <ul>
 *   <li>{@code api-floor}: {@code GET /api/v1/persons} without a query (authentication and framework only);
 *   <li>{@code api-opportunities}: {@code GET /api/v1/persons/{id}/opportunities} for persons in charge at the
 *       operator's centre with the matching consent and at least one profession (target p95 &lt; 50 ms);
 *   <li>{@code api-candidates}: {@code GET /api/v1/vacancies/{id}/candidates?limit=50} for open vacancies, as the
 *       pre-selection operator (target p95 &lt; 150 ms).
 * </ul>
 *
 * <p>Each phase runs the three scenarios in ten interleaved rounds (so that what else the machine does weighs on all
 * three alike), first with 1 client, then with {@code --clients} (4) at once; p50/p95/p99, the ratios to the floor
 * and the application's and PostgreSQL's CPU per request go to {@code target/bench/scouting-<time>/report.md}.
 *
 * <pre>BENCH_MAIN=it.orienta.bench.ScoutingBench scripts/bench.sh [--persons=200000] [--open=30000]
 *     [--requests=500] [--clients=4] [--per-client=100] [--data=target/bench/scouting-data] [--keep-db]</pre>
 *
 * With {@code --data=DIR} the loaded database is kept in DIR and reused by the next run with the same DIR (the new
 * jar migrates it): what lets a change of query or index be measured again on the same data in minutes.
 */
public final class ScoutingBench {

    private static final String PASSWORD = "Orienta.2026";
    private static final Pattern WIDENING = Pattern.compile("\"widening\":\"?([A-Z_a-z]+)");

    private ScoutingBench() {}

    /** One kind of request: who asks, what, and what the answer must hold. */
    record Scenario(String label, String user, List<String> paths, String expect) {}

    public static void main(String[] args) throws Exception {
        var a = Args.parse(args);
        int persons = a.integer("persons", 200_000);
        int open = a.integer("open", 30_000);
        int market = a.integer("market", open * 4 / 3);
        int requests = a.integer("requests", 500);
        int clients = a.integer("clients", 4);
        int perClient = a.integer("per-client", 100);
        int warmup = a.integer("warmup", 200);
        Path project = Path.of(a.get("project", ".")).toAbsolutePath().normalize();
        Path out = project.resolve(
                "target/bench/scouting-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(out);
        Path data = a.values().containsKey("data") ? project.resolve(a.get("data", "")) : out.resolve("db");
        boolean reuse = Files.exists(data.resolve("scouting-loaded.txt"));
        var machine = Benchmark.Machine.describe();
        System.out.println(machine.text());
        var notes = new ArrayList<String>();

        int pgPort = AppProcess.freePort();
        var app = AppProcess.jar(
                Benchmark.findJar(project),
                data,
                AppProcess.freePort(),
                pgPort,
                out.resolve("app.log"),
                "--orienta.vacancysim.vacancies=" + market,
                "--orienta.vacancysim.employers=" + Math.max(300, market / 10),
                // the market is copied in SQL below; the feed's import of it is VacancyImportBench's to measure
                "--orienta.vacancyfeed.scheduling.enabled=false");
        String jdbc = "jdbc:postgresql://localhost:" + pgPort + "/postgres?user=postgres";
        base = app.base();
        try {
            app.awaitReady(Duration.ofMinutes(10));
            if (reuse) {
                notes.add("data reused from " + data + ": " + Files.readString(data.resolve("scouting-loaded.txt")));
            } else {
                notes.addAll(load(app, jdbc, project, out, persons, open, market));
                Files.writeString(data.resolve("scouting-loaded.txt"), String.join("; ", notes));
            }
            try (var c = DriverManager.getConnection(jdbc)) {
                notes.addAll(ScoutingData.describe(c));
            }
            notes.forEach(System.out::println);

            var sample = sample(jdbc, 2_000);
            var scenarios = List.of(
                    new Scenario("api-floor", "operatore", List.of("/api/v1/persons"), "\"rows\""),
                    new Scenario(
                            "api-opportunities",
                            "operatore",
                            sample.get("persons").stream()
                                    .map(id -> "/api/v1/persons/" + id + "/opportunities")
                                    .toList(),
                            "\"opportunities\""),
                    new Scenario(
                            "api-candidates",
                            "preselezione",
                            sample.get("vacancies").stream()
                                    .map(id -> "/api/v1/vacancies/" + id + "/candidates?limit=50")
                                    .toList(),
                            "\"candidates\""));
            var widenings = new java.util.concurrent.ConcurrentHashMap<String, Integer>();
            System.out.println("warming up: " + Benchmark.Machine.loadAverage());
            for (var s : scenarios) {
                phase(s, 1, warmup, 1, null);
                phase(s, clients, Math.max(1, warmup / 10), 2, null);
            }
            var results = new ArrayList<Result>();
            results.addAll(rounds("1-client", scenarios, 1, Math.max(1, requests / 10), app, widenings));
            results.addAll(rounds(clients + "-clients", scenarios, clients, Math.max(1, perClient / 10), app, null));
            var memory = app.memory();
            String report = report(machine, notes, results, widenings, memory, a);
            Files.writeString(out.resolve("report.md"), report);
            System.out.println(report);
            System.out.println("\nReport: " + out.resolve("report.md"));
        } finally {
            app.stop(Duration.ofSeconds(90));
            if (!a.values().containsKey("data") && !a.flag("keep-db")) {
                Benchmark.deleteTree(out.resolve("db"));
            }
        }
    }

    /** The market, the persons, their occupations, the profiles (built by a second node's start-up rebuild). */
    static List<String> load(AppProcess app, String jdbc, Path project, Path out, int persons, int open, int market)
            throws Exception {
        var notes = new ArrayList<String>();
        try (var c = DriverManager.getConnection(jdbc)) {
            long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
            while (VacancyImportBench.number(c, "select count(*) from vacancysim_vacancy") < market) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("the simulator's market is late");
                Thread.sleep(500);
            }
            long t0 = System.nanoTime();
            var counts = ScoutingData.market(c, open);
            notes.add(
                    String.format(Locale.ROOT, "market copied in %.1f s: %s", (System.nanoTime() - t0) / 1e9, counts));
        }
        long g0 = System.nanoTime();
        String line = Benchmark.generate(jdbc, persons, out.resolve("generator.log"), "--meetings=0", "--agreements=0");
        notes.add(String.format(Locale.ROOT, "%s (JVM wall %.1f s)", line, (System.nanoTime() - g0) / 1e9));
        try (var c = DriverManager.getConnection(jdbc)) {
            long t0 = System.nanoTime();
            var counts = ScoutingData.persons(c, 13);
            notes.add(String.format(
                    Locale.ROOT, "occupations and availability in %.1f s: %s", (System.nanoTime() - t0) / 1e9, counts));
            try (var st = c.createStatement()) {
                st.execute("truncate match_profile");
            }
        }
        // the profiles as the application builds them: a node that finds the table empty rebuilds every one at start
        Path log = out.resolve("app-rebuild.log");
        var node = AppProcess.node(Benchmark.findJar(project), jdbc, AppProcess.freePort(), log);
        try {
            node.awaitReady(Duration.ofMinutes(5));
            long t0 = System.nanoTime();
            long deadline = t0 + Duration.ofMinutes(60).toNanos();
            var rebuilt = Pattern.compile("Matching profiles rebuilt: (\\d+) persons");
            while (true) {
                var m = rebuilt.matcher(Files.readString(log));
                if (m.find()) {
                    notes.add(String.format(
                            Locale.ROOT,
                            "profiles rebuilt by the application (ProfileProjector#rebuildAll): %s persons, %.1f s after"
                                    + " the node was ready",
                            m.group(1),
                            (System.nanoTime() - t0) / 1e9));
                    break;
                }
                if (System.nanoTime() > deadline || !node.process.isAlive()) {
                    throw new IllegalStateException("no profile rebuild; see " + log);
                }
                Thread.sleep(1_000);
            }
        } finally {
            node.stop(Duration.ofSeconds(60));
        }
        try (var c = DriverManager.getConnection(jdbc);
                var st = c.createStatement()) {
            st.execute("vacuum (analyze) match_profile");
        }
        return notes;
    }

    /** Persons the operator (CPI-FI) may open, in charge with consent and a profession; open vacancies. */
    static Map<String, List<UUID>> sample(String jdbc, int size) throws Exception {
        var result = new LinkedHashMap<String, List<UUID>>();
        try (var c = DriverManager.getConnection(jdbc);
                var st = c.createStatement()) {
            st.execute("select setseed(0.42)");
            for (var e : Map.of(
                            "persons",
                            "select person_id from match_profile where consent_given and centre_code = 'CPI-FI'"
                                    + " and cardinality(professions) > 0 order by random() limit " + size,
                            "vacancies",
                            "select id from vacancy where status = 'OPEN' and expiry_date >= current_date"
                                    + " order by random() limit " + size)
                    .entrySet()) {
                var ids = new ArrayList<UUID>();
                try (var rs = st.executeQuery(e.getValue())) {
                    while (rs.next()) ids.add(rs.getObject(1, UUID.class));
                }
                if (ids.isEmpty()) throw new IllegalStateException("nothing to ask for: " + e.getKey());
                result.put(e.getKey(), ids);
            }
        }
        return result;
    }

    /** One scenario's measured requests with the CPU they took. */
    record Result(String phase, Stats stats, double appCpuMs, double pgCpuMs) {}

    /** Ten rounds, each scenario in turn; each scenario's rounds merged. */
    static List<Result> rounds(
            String phase,
            List<Scenario> scenarios,
            int clients,
            int perClientPerRound,
            AppProcess app,
            Map<String, Integer> widenings)
            throws Exception {
        var parts = new LinkedHashMap<String, List<Stats>>();
        var app0 = new LinkedHashMap<String, Double>();
        var pg0 = new LinkedHashMap<String, Double>();
        System.out.println(phase + ": " + Benchmark.Machine.loadAverage());
        for (int round = 0; round < 10; round++) {
            for (var s : scenarios) {
                double a0 = app.cpuSeconds();
                double p0 = pgCpu(app);
                var stats = phase(s, clients, perClientPerRound, 100 + round, widenings);
                app0.merge(s.label(), app.cpuSeconds() - a0, Double::sum);
                pg0.merge(s.label(), pgCpu(app) - p0, Double::sum);
                parts.computeIfAbsent(s.label(), k -> new ArrayList<>())
                        .add(new Stats(
                                phase,
                                s.label(),
                                clients,
                                stats.latencies(),
                                stats.errors(),
                                stats.errorSamples(),
                                stats.wallNanos(),
                                false));
            }
        }
        var results = new ArrayList<Result>();
        for (var e : parts.entrySet()) {
            var merged = Stats.merge(e.getValue());
            int n = Math.max(1, merged.latencies().length);
            results.add(new Result(phase, merged, app0.get(e.getKey()) * 1000 / n, pg0.get(e.getKey()) * 1000 / n));
            System.out.println(merged.line());
            merged.errorSamples().forEach(x -> System.out.println("    error: " + x));
        }
        System.out.println(phase + " done: " + Benchmark.Machine.loadAverage());
        return results;
    }

    /** CPU seconds of the application's PostgreSQL (postmaster and backends, those that exited included). */
    static double pgCpu(AppProcess app) {
        double self = ProcessHandle.current()
                        .info()
                        .totalCpuDuration()
                        .map(Duration::toMillis)
                        .orElse(0L)
                / 1000.0;
        return app.ownCpuSeconds() - app.cpuSeconds() - self;
    }

    /** {@code perClient} requests on each of {@code clients} clients at once, closed loop. */
    static Stats phase(Scenario s, int clients, int perClient, long seed, Map<String, Integer> widenings)
            throws InterruptedException {
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var errors = Collections.synchronizedList(new ArrayList<String>());
        var go = new CountDownLatch(1);
        long[] wall = new long[1];
        String auth = "Basic "
                + Base64.getEncoder().encodeToString((s.user() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                var r = new SplittableRandom(seed * 31 + c);
                var http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                executor.submit(() -> {
                    go.await();
                    for (int i = 0; i < perClient; i++) {
                        String path = s.paths().get(r.nextInt(s.paths().size()));
                        var request = HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", auth)
                                .build();
                        long t0 = System.nanoTime();
                        try {
                            var res = http.send(request, HttpResponse.BodyHandlers.ofString());
                            long t = System.nanoTime() - t0;
                            if (res.statusCode() != 200 || !res.body().contains(s.expect())) {
                                errors.add(path + " answered " + res.statusCode() + ": "
                                        + res.body()
                                                .substring(
                                                        0,
                                                        Math.min(200, res.body().length())));
                            } else {
                                latencies.add(t);
                                if (widenings != null) {
                                    var m = WIDENING.matcher(res.body());
                                    widenings.merge(
                                            s.label() + " widening " + (m.find() ? m.group(1) : "none"),
                                            1,
                                            Integer::sum);
                                }
                            }
                        } catch (Exception e) {
                            errors.add(path + ": " + e);
                        }
                    }
                    return null;
                });
            }
            long t0 = System.nanoTime();
            go.countDown();
            executor.shutdown();
            executor.awaitTermination(30, TimeUnit.MINUTES);
            wall[0] = System.nanoTime() - t0;
        }
        return new Stats(
                "",
                s.label(),
                clients,
                latencies.stream().mapToLong(Long::longValue).toArray(),
                errors.size(),
                errors.stream().distinct().limit(5).toList(),
                wall[0],
                false);
    }

    /** Set by main before any phase: the application's address. */
    static String base;

    static String report(
            Benchmark.Machine machine,
            List<String> notes,
            List<Result> results,
            Map<String, Integer> widenings,
            AppProcess.Memory memory,
            Args a) {
        var md = new StringBuilder("# Scouting benchmark (issue 13)\n\n```\n")
                .append(machine.text())
                .append("Load average at the end: ")
                .append(Benchmark.Machine.loadAverage())
                .append("\nArguments: ")
                .append(a.values())
                .append("\n```\n\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append("\n| Phase | Scenario | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms | p50 / floor | "
                + "p95 / floor | App CPU ms/req | PostgreSQL CPU ms/req | Target p95 | Verdict |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (var r : results) {
            var floor = results.stream()
                    .filter(x ->
                            x.phase().equals(r.phase()) && x.stats().scenario().equals("api-floor"))
                    .findFirst()
                    .orElseThrow()
                    .stats();
            var s = r.stats();
            double target = switch (s.scenario()) {
                case "api-opportunities" -> 50;
                case "api-candidates" -> 150;
                default -> Double.NaN;
            };
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |%n",
                    r.phase(),
                    s.scenario(),
                    s.requests(),
                    s.errors(),
                    s.percentile(50),
                    s.percentile(95),
                    s.percentile(99),
                    s.max(),
                    s.percentile(50) / floor.percentile(50),
                    s.percentile(95) / floor.percentile(95),
                    r.appCpuMs(),
                    r.pgCpuMs(),
                    Double.isNaN(target) ? "–" : String.format(Locale.ROOT, "< %.0f ms", target),
                    Double.isNaN(target) ? "–" : s.percentile(95) < target ? "met" : "MISSED"));
            s.errorSamples()
                    .forEach(e -> md.append("|  | error: ")
                            .append(e.replace("|", "/"))
                            .append(" |||||||||||||\n"));
        }
        md.append("\nHow far the searches widened (1-client phase): ")
                .append(new java.util.TreeMap<>(widenings))
                .append("\n\nMemory at the end: java RSS ")
                .append(memory.rssKb() / 1024)
                .append(" MB, heap used ")
                .append(memory.heapUsedKb() / 1024)
                .append(" MB, PostgreSQL PSS ")
                .append(memory.pgPssKb() / 1024)
                .append(" MB\n");
        return md.toString();
    }
}
