package it.orienta.bench;

import it.orienta.bench.LoadDriver.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The rerunnable benchmark (docs/performance.md). Each run: start the packaged application on a fresh data
 * directory, load the synthetic persons with {@link Generator} (a separate JVM, timed), sample what to ask for,
 * warm up, then measure every scenario with one client (latency) and with 20 clients at once (concurrency), then
 * a sustained mixed phase of 20 clients, then (unless {@code --one-node}) the same mix against two nodes of the jar on
 * the same PostgreSQL, each client's requests to one and the other in turn (issue 12: {@code sustained-2-nodes}, then
 * the cheapest page with a session on a node keeping sessions in PostgreSQL and on one keeping them in memory; the
 * CPU column is the first node's); record memory and CPU, stop the application, delete the data. Then, unless
 * skipped, time the default run ({@code ./mvnw spring-boot:run}) starting on an empty and on an existing data
 * directory. Writes {@code target/bench/<time>/report.md} and {@code results.csv}.
 *
 * <p>Every loop is bounded in count and in time; only loopback addresses are used.
 */
final class Benchmark {

    /** What one run measured. */
    record Run(
            int number,
            AppProcess startup,
            AppProcess.Memory afterStart,
            String generatorLine,
            double generatorWallSeconds,
            List<Stats> stats,
            Map<String, String> loadAverage,
            Map<String, Double> cpuMillisPerRequest,
            Map<String, Double> otherCores,
            AppProcess.Memory afterLoad,
            Duration shutdown) {}

    record StartupRun(String kind, int number, AppProcess app, AppProcess.Memory memory, Duration shutdown) {}

    public static void main(String[] args) throws Exception {
        var a = Args.parse(args);
        boolean quick = a.flag("quick");
        int runs = a.integer("runs", quick ? 1 : 3);
        int persons = a.integer("persons", quick ? 20_000 : 200_000);
        int clients = a.integer("clients", 20);
        int sequential = a.integer("sequential", quick ? 100 : 500);
        int perClient = a.integer("per-client", quick ? 10 : 50);
        int mixedSeconds = a.integer("mixed-seconds", quick ? 15 : 60);
        int warmup = a.integer("warmup", quick ? 50 : 200);
        int startupRuns = a.integer("startup-runs", quick ? 1 : 3);
        Duration limit = Duration.ofSeconds(a.integer("phase-limit-seconds", 180));
        Path project = Path.of(a.get("project", ".")).toAbsolutePath().normalize();
        Path jar = findJar(project);
        Path out = project.resolve(
                "target/bench/" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(out);
        var machine = Machine.describe();
        System.out.println(machine.text());

        var results = new ArrayList<Run>();
        for (int run = 1; run <= runs; run++) {
            results.add(run(
                    run,
                    project,
                    jar,
                    out,
                    persons,
                    clients,
                    sequential,
                    perClient,
                    mixedSeconds,
                    warmup,
                    limit,
                    a.flag("keep-db"),
                    !a.flag("one-node")));
            writeReport(out, machine, results, List.of(), a);
        }
        var startups = new ArrayList<StartupRun>();
        if (startupRuns > 0 && !a.flag("skip-startup")) {
            startups.addAll(startup(project, out, startupRuns, !a.flag("online")));
        }
        writeReport(out, machine, results, startups, a);
        System.out.println("\nReport: " + out.resolve("report.md"));
    }

    static Run run(
            int number,
            Path project,
            Path jar,
            Path out,
            int persons,
            int clients,
            int sequential,
            int perClient,
            int mixedSeconds,
            int warmup,
            Duration limit,
            boolean keepDb,
            boolean twoNodes)
            throws Exception {
        System.out.printf("%n=== run %d: %s%n", number, Machine.loadAverage());
        Path dir = out.resolve("run-" + number);
        Files.createDirectories(dir);
        int pgPort = AppProcess.freePort();
        var app = AppProcess.jar(jar, dir.resolve("db"), AppProcess.freePort(), pgPort, dir.resolve("app.log"));
        try {
            app.awaitReady(Duration.ofMinutes(3));
            System.out.printf(
                    "started in %.1fs (log), first 200 on /login after %d ms, demo data after %d ms%n",
                    app.startedSeconds, app.firstOkMillis, app.demoReadyMillis);
            var afterStart = app.memory();
            System.out.println("memory after start: " + afterStart);

            String jdbc = "jdbc:postgresql://localhost:" + pgPort + "/postgres?user=postgres";
            long g0 = System.nanoTime();
            String generatorLine = generate(jdbc, persons, dir.resolve("generator.log"));
            double generatorWall = (System.nanoTime() - g0) / 1e9;
            System.out.printf("%s (JVM wall %.1fs)%n", generatorLine, generatorWall);

            var sample = LoadDriver.Sample.of(jdbc, 5_000, 42 + number);
            var pool = LoadDriver.clients(app.base(), clients);
            var stats = new ArrayList<Stats>();
            var load = new LinkedHashMap<String, String>();
            var cpu = new LinkedHashMap<String, Double>();
            var others = new LinkedHashMap<String, Double>();

            // warm-up: JIT, connection pools, PostgreSQL's buffers; not reported
            for (var s : List.of(
                    Scenario.API_CF,
                    Scenario.API_SURNAME,
                    Scenario.PAGE_FILE,
                    Scenario.PAGE_SURNAME,
                    Scenario.PAGE_FILE_HEAVY,
                    Scenario.PAGE_HOME,
                    Scenario.API_COMPLIANCE,
                    Scenario.PAGE_PSP_PDF)) {
                LoadDriver.phase("warmup", List.of(s), pool.subList(0, 1), sample, warmup, limit, 1);
                LoadDriver.phase("warmup", List.of(s), pool, sample, Math.max(1, warmup / 20), limit, 2);
            }
            System.out.println("warmed up: " + Machine.loadAverage());

            var single = pool.subList(0, 1);
            for (var s : List.of(
                    Scenario.API_CF,
                    Scenario.API_SURNAME,
                    Scenario.PAGE_FILE,
                    Scenario.API_NOOP,
                    Scenario.PAGE_CF,
                    Scenario.PAGE_SURNAME,
                    Scenario.PAGE_FILE_HEAVY,
                    Scenario.PAGE_HOME,
                    Scenario.API_COMPLIANCE,
                    Scenario.PAGE_PSP_PDF)) {
                measure(
                        "1-client",
                        List.of(s),
                        single,
                        sample,
                        sequential,
                        limit,
                        10 + number,
                        app,
                        stats,
                        load,
                        cpu,
                        others);
            }
            for (var s : List.of(Scenario.API_CF, Scenario.API_SURNAME, Scenario.PAGE_FILE)) {
                measure(
                        "20-clients",
                        List.of(s),
                        pool,
                        sample,
                        perClient,
                        limit,
                        20 + number,
                        app,
                        stats,
                        load,
                        cpu,
                        others);
            }
            measure(
                    "sustained",
                    List.of(Scenario.API_CF, Scenario.API_SURNAME, Scenario.PAGE_FILE),
                    pool,
                    sample,
                    100_000,
                    Duration.ofSeconds(mixedSeconds),
                    30 + number,
                    app,
                    stats,
                    load,
                    cpu,
                    others);
            if (twoNodes) {
                // issue 12: the same sustained mix on two nodes of the same jar on this PostgreSQL, each client's
                // requests to one node and the other in turn (a round-robin balancer; the session is in the database)
                var second = AppProcess.node(jar, jdbc, AppProcess.freePort(), dir.resolve("app-2.log"));
                try {
                    second.awaitReady(Duration.ofMinutes(3));
                    var both = LoadDriver.clients(List.of(app.base(), second.base()), clients);
                    var mix = List.of(Scenario.API_CF, Scenario.API_SURNAME, Scenario.PAGE_FILE);
                    LoadDriver.phase("warmup", mix, both, sample, Math.max(1, warmup / 10), limit, 3);
                    measure(
                            "sustained-2-nodes",
                            mix,
                            both,
                            sample,
                            100_000,
                            Duration.ofSeconds(mixedSeconds),
                            40 + number,
                            app,
                            stats,
                            load,
                            cpu,
                            others);
                } finally {
                    if (second.process.isAlive()) {
                        second.stop(Duration.ofSeconds(60));
                    }
                }
                // issue 12: what a session in PostgreSQL adds to a page (one select and one update by primary key,
                // ADR 0022): the cheapest page with a session, one client, on this node and on a node of the same jar
                // that keeps its sessions in memory (Spring Session's JDBC store left out), one after the other
                var memory = AppProcess.node(
                        jar,
                        jdbc,
                        AppProcess.freePort(),
                        dir.resolve("app-memory-sessions.log"),
                        "--spring.autoconfigure.exclude="
                                + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration");
                try {
                    memory.awaitReady(Duration.ofMinutes(3));
                    var inMemory = LoadDriver.clients(memory.base(), 1);
                    for (var s : List.of(Scenario.PAGE_CF, Scenario.PAGE_FILE)) {
                        // the fresh node warmed as long as the first one was, then the two in turn, ten rounds each,
                        // so that what the machine does meanwhile weighs on both alike
                        LoadDriver.phase("warmup", List.of(s), inMemory, sample, warmup * 4, limit, 5);
                        LoadDriver.phase("warmup", List.of(s), single, sample, warmup, limit, 5);
                        var rounds = new LinkedHashMap<String, List<Stats>>();
                        for (int round = 0; round < 10; round++) {
                            for (var side : List.of("sessions-in-postgresql", "sessions-in-memory")) {
                                var who = side.equals("sessions-in-memory") ? inMemory : single;
                                rounds.computeIfAbsent(side, k -> new ArrayList<>())
                                        .addAll(LoadDriver.phase(
                                                side,
                                                List.of(s),
                                                who,
                                                sample,
                                                Math.max(10, sequential / 10),
                                                limit,
                                                50 + number * 10 + round));
                            }
                        }
                        rounds.values().forEach(parts -> {
                            var merged = Stats.merge(parts);
                            System.out.println(merged.line());
                            stats.add(merged);
                        });
                    }
                } finally {
                    if (memory.process.isAlive()) {
                        memory.stop(Duration.ofSeconds(60));
                    }
                }
            }
            var afterLoad = app.memory();
            System.out.println("memory after load: " + afterLoad);
            var shutdown = app.stop(Duration.ofSeconds(90));
            System.out.printf("stopped in %.1fs%n", shutdown.toMillis() / 1000.0);
            if (!keepDb) {
                deleteTree(dir.resolve("db"));
            }
            return new Run(
                    number,
                    app,
                    afterStart,
                    generatorLine,
                    generatorWall,
                    stats,
                    load,
                    cpu,
                    others,
                    afterLoad,
                    shutdown);
        } finally {
            if (app.process.isAlive()) {
                app.stop(Duration.ofSeconds(60));
            }
        }
    }

    private static void measure(
            String phase,
            List<Scenario> scenarios,
            List<LoadDriver.Client> clients,
            LoadDriver.Sample sample,
            int perClient,
            Duration limit,
            long seed,
            AppProcess app,
            List<Stats> into,
            Map<String, String> load,
            Map<String, Double> cpu,
            Map<String, Double> otherCores)
            throws InterruptedException {
        String before = Machine.loadAverage();
        double cpu0 = app.cpuSeconds();
        double own0 = app.ownCpuSeconds();
        double[] machine0 = AppProcess.machineCpuSeconds();
        long t0 = System.nanoTime();
        var stats = LoadDriver.phase(phase, scenarios, clients, sample, perClient, limit, seed);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu1 = app.cpuSeconds();
        double own1 = app.ownCpuSeconds();
        double[] machine1 = AppProcess.machineCpuSeconds();
        String key = phase + " " + stats.getFirst().scenario();
        // the load average counts the benchmark's own runnable threads too; what other processes used is the
        // machine's busy time less the benchmark's (application, PostgreSQL, driver), in cores
        double others = Math.max(0, (machine1[0] - machine0[0]) - (own1 - own0)) / wall;
        double steal = (machine1[1] - machine0[1]) / wall;
        load.put(
                key,
                String.format(
                        Locale.ROOT,
                        "load average %s → %s; other processes used %.2f cores, steal %.2f",
                        before,
                        Machine.loadAverage(),
                        others,
                        steal));
        otherCores.put(key, others);
        cpu.put(key, (cpu1 - cpu0) * 1000 / Math.max(1, stats.getFirst().latencies().length));
        for (var s : stats) {
            System.out.println(s.line());
            s.errorSamples().forEach(e -> System.out.println("    error: " + e));
        }
        into.addAll(stats);
    }

    /** Runs the generator in a JVM of its own, as a user would, and returns its summary line. */
    static String generate(String jdbc, int persons, Path log, String... options)
            throws IOException, InterruptedException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "it.orienta.bench.Generator",
                "--jdbc=" + jdbc,
                "--persons=" + persons));
        command.addAll(List.of(options)); // e.g. --meetings=0 (ScoutingBench)
        var p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) { // about 4 min on a quiet machine; far longer on a busy one
            p.destroyForcibly();
            throw new IOException("the generator did not finish in 30 minutes; see " + log);
        }
        var lines = Files.readAllLines(log);
        if (p.exitValue() != 0) {
            throw new IOException("the generator failed; see " + log + "\n" + String.join("\n", lines));
        }
        return lines.stream()
                .filter(l -> l.startsWith("GENERATOR persons="))
                .findFirst()
                .orElseThrow(() -> new IOException("no summary from the generator; see " + log));
    }

    /** The default run: first start on an empty data directory, then a restart on the same data. */
    static List<StartupRun> startup(Path project, Path out, int runs, boolean offline) throws Exception {
        var list = new ArrayList<StartupRun>();
        for (int i = 1; i <= runs; i++) {
            Path dir = out.resolve("startup-" + i);
            Files.createDirectories(dir);
            for (String kind : List.of("empty data directory", "existing data")) {
                System.out.printf("%n=== default run %d, %s: %s%n", i, kind, Machine.loadAverage());
                var app = AppProcess.mavenRun(
                        project,
                        dir.resolve("db"),
                        AppProcess.freePort(),
                        dir.resolve(kind.startsWith("empty") ? "first.log" : "restart.log"),
                        offline);
                try {
                    app.awaitReady(Duration.ofMinutes(4));
                    // settle a little, as a user would not click in the first millisecond
                    Thread.sleep(2_000);
                    var memory = app.memory();
                    var shutdown = app.stop(Duration.ofSeconds(90));
                    System.out.printf(
                            "Started OrientaApplication in %.1fs (process running for %.1fs); first 200 on /login "
                                    + "%d ms after ./mvnw; demo data %d ms; %s; stopped in %.1fs%n",
                            app.startedSeconds,
                            app.processRunningForSeconds,
                            app.firstOkMillis,
                            app.demoReadyMillis,
                            memory,
                            shutdown.toMillis() / 1000.0);
                    list.add(new StartupRun(kind, i, app, memory, shutdown));
                } finally {
                    if (app.process.isAlive()) {
                        app.stop(Duration.ofSeconds(60));
                    }
                }
            }
            deleteTree(dir.resolve("db"));
        }
        return list;
    }

    // --- report ---------------------------------------------------------------------------------------------

    static void writeReport(Path out, Machine machine, List<Run> runs, List<StartupRun> startups, Args args)
            throws IOException {
        var md = new StringBuilder();
        md.append("# Orienta benchmark report\n\n");
        md.append("Arguments: `").append(args.values()).append("`\n\n");
        md.append("```\n").append(machine.text()).append("```\n\n");
        if (!runs.isEmpty()) {
            md.append("## Targets (median over ").append(runs.size()).append(" runs; min–max in brackets)\n\n");
            md.append("| Target | Measured | Ratio to target | Verdict |\n|---|---|---|---|\n");
            target(md, runs, "1-client", "api-cf", 95, 10, "Search by codice fiscale, API, p95 < 10 ms (1 client)");
            target(
                    md,
                    runs,
                    "1-client",
                    "api-surname",
                    95,
                    30,
                    "Search by surname prefix, API, p95 < 30 ms (1 client)");
            target(md, runs, "1-client", "page-file", 95, 50, "Worker-file page p95 < 50 ms (1 client)");
            target(
                    md,
                    runs,
                    "1-client",
                    "page-file-heavy",
                    95,
                    80,
                    "Worker file of a person with 200 meetings p95 < 80 ms (1 client)");
            target(md, runs, "1-client", "page-home", 95, 100, "Operator's home page p95 < 100 ms (1 client)");
            target(md, runs, "1-client", "page-psp-pdf", 95, 1000, "A PSP PDF in < 1 s (p95, 1 client)");
            target(
                    md,
                    runs,
                    "1-client",
                    "api-compliance",
                    95,
                    200,
                    "Centre's compliance list for a month p95 < 200 ms (1 client)");
            target(md, runs, "20-clients", "api-cf", 95, 10, "Search by codice fiscale, API, p95 < 10 ms (20 clients)");
            target(
                    md,
                    runs,
                    "20-clients",
                    "api-surname",
                    95,
                    30,
                    "Search by surname prefix, API, p95 < 30 ms (20 clients)");
            target(md, runs, "20-clients", "page-file", 95, 50, "Worker-file page p95 < 50 ms (20 clients)");
            long errors = runs.stream()
                    .flatMap(r -> r.stats().stream())
                    .filter(s -> !s.scenario().startsWith("mixed:"))
                    .filter(s -> s.clients() > 1)
                    .mapToLong(Stats::errors)
                    .sum();
            long requests = runs.stream()
                    .flatMap(r -> r.stats().stream())
                    .filter(s -> !s.scenario().startsWith("mixed:"))
                    .filter(s -> s.clients() > 1)
                    .mapToLong(Stats::requests)
                    .sum();
            md.append(String.format(
                    Locale.ROOT,
                    "| 20 concurrent clients without errors | %d errors in %d requests | – | %s |%n",
                    errors,
                    requests,
                    errors == 0 ? "met" : "MISSED"));
            double gen = median(runs, Benchmark::generatorSeconds);
            md.append(String.format(
                    Locale.ROOT,
                    "| Generator loads the persons in < 120 s | %.1f s [%.1f–%.1f] | %.2f | %s |%n%n",
                    gen,
                    min(runs, Benchmark::generatorSeconds),
                    max(runs, Benchmark::generatorSeconds),
                    gen / 120,
                    gen < 120 ? "met" : "MISSED"));

            md.append("## All phases (median over runs of each figure; latencies in ms)\n\n");
            md.append("| Phase | Scenario | Clients | Requests/run | Errors (all runs) | p50 | p95 | p99 | max | "
                    + "Throughput/s | App CPU ms/request | Other processes (cores) |\n"
                    + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (String key : keys(runs)) {
                var all = runs.stream()
                        .flatMap(r -> r.stats().stream())
                        .filter(s -> key(s).equals(key))
                        .toList();
                var first = all.getFirst();
                var cpu = runs.stream()
                        .map(r -> r.cpuMillisPerRequest().get(key))
                        .filter(v -> v != null)
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                var other = runs.stream()
                        .map(r -> r.otherCores().get(key))
                        .filter(v -> v != null)
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |%n",
                        first.phase(),
                        first.scenario(),
                        first.clients(),
                        (int) medianOf(all.stream().mapToDouble(Stats::requests).toArray()),
                        all.stream().mapToLong(Stats::errors).sum(),
                        medianOf(all.stream().mapToDouble(s -> s.percentile(50)).toArray()),
                        medianOf(all.stream().mapToDouble(s -> s.percentile(95)).toArray()),
                        medianOf(all.stream().mapToDouble(s -> s.percentile(99)).toArray()),
                        medianOf(all.stream().mapToDouble(Stats::max).toArray()),
                        medianOf(all.stream().mapToDouble(Stats::throughput).toArray()),
                        cpu.length == 0 ? "" : String.format(Locale.ROOT, "%.1f", medianOf(cpu)),
                        other.length == 0
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        "%.2f [%.2f–%.2f]",
                                        medianOf(other),
                                        other[0],
                                        other[other.length - 1])));
            }
            md.append("\n## Each run\n\n");
            for (var r : runs) {
                md.append("### Run ").append(r.number()).append("\n\n");
                md.append(String.format(
                        Locale.ROOT,
                        "- Jar start on an empty data directory: Started OrientaApplication in %.1f s; first 200 on "
                                + "/login %d ms after launch; demo data ready %d ms after launch%n",
                        r.startup().startedSeconds,
                        r.startup().firstOkMillis,
                        r.startup().demoReadyMillis));
                md.append("- Memory after start: ")
                        .append(memory(r.afterStart()))
                        .append('\n');
                md.append("- Generator: `")
                        .append(r.generatorLine())
                        .append(String.format(
                                Locale.ROOT, "` (generator JVM wall %.1f s)%n", r.generatorWallSeconds()));
                md.append("- Memory after the load phases: ")
                        .append(memory(r.afterLoad()))
                        .append('\n');
                md.append(String.format(
                        Locale.ROOT,
                        "- Shutdown (SIGTERM to exit): %.1f s%n%n",
                        r.shutdown().toMillis() / 1000.0));
                md.append("```\n");
                for (var s : r.stats()) {
                    md.append(s.line()).append('\n');
                    s.errorSamples()
                            .forEach(e -> md.append("    error: ").append(e).append('\n'));
                }
                md.append("```\n\nLoad on the machine during each phase (the load average includes the benchmark's own "
                        + "threads; \"other processes\" is the machine's busy CPU less the application's, PostgreSQL's "
                        + "and the driver's):\n\n");
                r.loadAverage()
                        .forEach((k, v) ->
                                md.append("- ").append(k).append(": ").append(v).append('\n'));
                md.append('\n');
            }
        }
        if (!startups.isEmpty()) {
            md.append("## Default run (`./mvnw spring-boot:run`)\n\n");
            md.append("| Run | Data directory | Started OrientaApplication in (s) | Process running for (s) | "
                    + "First 200 on /login after ./mvnw (s) | Demo data ready (s) | Java RSS (MB) | Heap used (MB) | "
                    + "Heap live after GC (MB) | Heap committed (MB) | PostgreSQL PSS (MB) | "
                    + "Shutdown (s) |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (var s : startups) {
                var m = s.memory();
                md.append(String.format(
                        Locale.ROOT,
                        "| %d | %s | %.1f | %.1f | %.1f | %.1f | %d | %d | %d | %d | %d | %.1f |%n",
                        s.number(),
                        s.kind(),
                        s.app().startedSeconds,
                        s.app().processRunningForSeconds,
                        s.app().firstOkMillis / 1000.0,
                        s.app().demoReadyMillis / 1000.0,
                        m.rssKb() / 1024,
                        m.heapUsedKb() / 1024,
                        m.heapLiveKb() / 1024,
                        m.heapCommittedKb() / 1024,
                        m.pgPssKb() / 1024,
                        s.shutdown().toMillis() / 1000.0));
            }
            md.append('\n');
        }
        Files.writeString(out.resolve("report.md"), md);
        var csv = new StringBuilder("run,phase,scenario,clients,requests,errors,p50_ms,p95_ms,p99_ms,max_ms,mean_ms,"
                + "throughput_per_s,truncated\n");
        for (var r : runs) {
            for (var s : r.stats()) {
                csv.append(String.format(
                        Locale.ROOT,
                        "%d,%s,%s,%d,%d,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%b%n",
                        r.number(),
                        s.phase(),
                        s.scenario(),
                        s.clients(),
                        s.requests(),
                        s.errors(),
                        s.percentile(50),
                        s.percentile(95),
                        s.percentile(99),
                        s.max(),
                        s.mean(),
                        s.throughput(),
                        s.truncated()));
            }
        }
        Files.writeString(out.resolve("results.csv"), csv);
    }

    private static void target(
            StringBuilder md, List<Run> runs, String phase, String scenario, double p, double limit, String label) {
        var values = runs.stream()
                .flatMap(r -> r.stats().stream())
                .filter(s -> s.phase().equals(phase) && s.scenario().equals(scenario))
                .mapToDouble(s -> s.percentile(p))
                .sorted()
                .toArray();
        if (values.length == 0) {
            return;
        }
        double median = medianOf(values);
        md.append(String.format(
                Locale.ROOT,
                "| %s | %.1f ms [%.1f–%.1f] | %.2f | %s |%n",
                label,
                median,
                values[0],
                values[values.length - 1],
                median / limit,
                median < limit ? "met" : "MISSED"));
    }

    private static String memory(AppProcess.Memory m) {
        return String.format(
                Locale.ROOT,
                "java RSS %d MB, heap used %d MB (live after GC %d MB, committed %d MB); PostgreSQL PSS %d MB",
                m.rssKb() / 1024,
                m.heapUsedKb() / 1024,
                m.heapLiveKb() / 1024,
                m.heapCommittedKb() / 1024,
                m.pgPssKb() / 1024);
    }

    private static List<String> keys(List<Run> runs) {
        var keys = new ArrayList<String>();
        for (var r : runs) {
            for (var s : r.stats()) {
                if (!keys.contains(key(s))) {
                    keys.add(key(s));
                }
            }
        }
        return keys;
    }

    private static String key(Stats s) {
        return s.phase() + " " + s.scenario();
    }

    private static double generatorSeconds(Run r) {
        var m = java.util.regex.Pattern.compile("total=([0-9.]+)s").matcher(r.generatorLine());
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        return medianOf(runs.stream().mapToDouble(f).sorted().toArray());
    }

    private static double min(List<Run> runs, ToDoubleFunction<Run> f) {
        return runs.stream().mapToDouble(f).min().orElse(Double.NaN);
    }

    private static double max(List<Run> runs, ToDoubleFunction<Run> f) {
        return runs.stream().mapToDouble(f).max().orElse(Double.NaN);
    }

    static double medianOf(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        var v = values.clone();
        java.util.Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static Path findJar(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("orienta-.*\\.jar"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IOException("no target/orienta-*.jar: build with scripts/bench.sh"));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (var p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The machine the figures come from. */
    record Machine(String text) {
        static Machine describe() throws IOException, InterruptedException {
            var sb = new StringBuilder();
            sb.append("nproc: ")
                    .append(Runtime.getRuntime().availableProcessors())
                    .append('\n');
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("?");
            sb.append("CPU: ").append(cpu).append('\n');
            String mem = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .orElse("?");
            sb.append(mem.replaceAll("\\s+", " ")).append('\n');
            sb.append("JDK: ")
                    .append(System.getProperty("java.vm.name"))
                    .append(' ')
                    .append(System.getProperty("java.runtime.version"))
                    .append(" (")
                    .append(System.getProperty("java.vendor"))
                    .append(")\n");
            sb.append("Kernel: ")
                    .append(Files.readString(Path.of("/proc/version")).strip())
                    .append('\n');
            sb.append("Load average at start: ").append(loadAverage()).append('\n');
            sb.append("Date: ").append(LocalDateTime.now()).append('\n');
            return new Machine(sb.toString());
        }

        static String loadAverage() {
            try {
                String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return f[0] + " " + f[1] + " " + f[2];
            } catch (IOException e) {
                return "?";
            }
        }
    }
}
