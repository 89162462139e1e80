package it.orienta.bench;

import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The coordinator's monitoring dashboard at scale (issue 14, docs/performance.md): {@code --persons} (200,000) persons
 * with {@code --meetings} (2,000,000) meetings and their PSPs as {@link Generator} writes them (SQL into the owners'
 * tables, from the benchmark only), the 13 months of figures computed by a second node's start-up refresh (timed),
 * then over HTTP on loopback, in ten interleaved rounds, 1 client then {@code --clients} (4):
 *
 * <ul>
 *   <li>{@code api-floor}: {@code GET /api/v1/persons} without a query (authentication and framework only);
 *   <li>{@code api-monitoring}: {@code GET /api/v1/monitoring/centre} as the coordinator (target p95 &lt; 300 ms);
 *   <li>{@code page-floor}: {@code GET /login} (a page of the same application, nothing read);
 *   <li>{@code page-monitoring}: {@code GET /monitoring} in a logged-in session (target p95 &lt; 300 ms).
 * </ul>
 *
 * <pre>BENCH_MAIN=it.orienta.bench.MonitoringBench scripts/bench.sh [--persons=200000] [--meetings=2000000]
 *     [--requests=300] [--clients=4] [--per-client=60]</pre>
 */
public final class MonitoringBench {

    private static final String PASSWORD = "Orienta.2026";
    private static final Pattern FIGURES = Pattern.compile("Monitoring: (\\d+) figures for (\\S+) to (\\S+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private MonitoringBench() {}

    /** One kind of request: its path, the session cookie or Basic user, what the answer must hold. */
    record Scenario(String label, String path, String basicUser, String cookie, String expect) {}

    public static void main(String[] args) throws Exception {
        var a = Args.parse(args);
        int persons = a.integer("persons", 200_000);
        int meetings = a.integer("meetings", 10 * persons);
        int requests = a.integer("requests", 300);
        int clients = a.integer("clients", 4);
        int perClient = a.integer("per-client", 60);
        Path project = Path.of(a.get("project", ".")).toAbsolutePath().normalize();
        Path out = project.resolve("target/bench/monitoring-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(out);
        var machine = Benchmark.Machine.describe();
        System.out.println(machine.text());
        var notes = new ArrayList<String>();
        int pgPort = AppProcess.freePort();
        var app = AppProcess.jar(
                Benchmark.findJar(project),
                out.resolve("db"),
                AppProcess.freePort(),
                pgPort,
                out.resolve("app.log"),
                "--orienta.demo.history.enabled=false",
                "--orienta.vacancyfeed.scheduling.enabled=false");
        String jdbc = "jdbc:postgresql://localhost:" + pgPort + "/postgres?user=postgres";
        try {
            app.awaitReady(Duration.ofMinutes(10));
            long g0 = System.nanoTime();
            String line = Benchmark.generate(jdbc, persons, out.resolve("generator.log"), "--meetings=" + meetings);
            notes.add(String.format(Locale.ROOT, "%s (JVM wall %.1f s)", line, (System.nanoTime() - g0) / 1e9));
            try (var c = DriverManager.getConnection(jdbc);
                    var st = c.createStatement()) {
                st.execute("vacuum (analyze)");
                for (var q : List.of(
                        "select count(*) from person",
                        "select count(*) from meeting",
                        "select count(*) from agreement where signed_on is not null",
                        "select count(*) from intake")) {
                    try (var rs = st.executeQuery(q)) {
                        rs.next();
                        notes.add(q + ": " + rs.getLong(1));
                    }
                }
            }
            notes.add(refreshOnASecondNode(project, jdbc, out));
            try (var c = DriverManager.getConnection(jdbc);
                    var st = c.createStatement();
                    var rs = st.executeQuery("select count(*) from monitoring_figure")) {
                rs.next();
                notes.add("monitoring_figure rows: " + rs.getLong(1));
            }
            notes.forEach(System.out::println);
            ScoutingBench.base = app.base();
            String cookie = login(app.base(), "coordinatore");
            var scenarios = List.of(
                    new Scenario("api-floor", "/api/v1/persons", "coordinatore", null, "\"rows\""),
                    new Scenario("api-monitoring", "/api/v1/monitoring/centre", "coordinatore", null, "\"trend\""),
                    new Scenario("page-floor", "/login", null, null, "<form"),
                    new Scenario("page-monitoring", "/monitoring", null, cookie, "id=\"summary\""));
            for (var s : scenarios) phase(app.base(), s, 1, 30);
            var results = new ArrayList<Stats>();
            for (var spec : List.of(new int[] {1, Math.max(1, requests / 10)}, new int[] {clients, perClient / 10})) {
                var parts = new java.util.LinkedHashMap<String, List<Stats>>();
                String name = spec[0] == 1 ? "1-client" : spec[0] + "-clients";
                System.out.println(name + ": " + Benchmark.Machine.loadAverage());
                for (int round = 0; round < 10; round++) {
                    for (var s : scenarios) {
                        var st = phase(app.base(), s, spec[0], spec[1]);
                        parts.computeIfAbsent(s.label(), k -> new ArrayList<>())
                                .add(new Stats(
                                        name,
                                        s.label(),
                                        spec[0],
                                        st.latencies(),
                                        st.errors(),
                                        st.errorSamples(),
                                        st.wallNanos(),
                                        false));
                    }
                }
                for (var p : parts.values()) {
                    var merged = Stats.merge(p);
                    results.add(merged);
                    System.out.println(merged.line());
                    merged.errorSamples().forEach(x -> System.out.println("    error: " + x));
                }
            }
            String report = report(machine, notes, results, a);
            Files.writeString(out.resolve("report.md"), report);
            System.out.println(report);
            System.out.println("\nReport: " + out.resolve("report.md"));
        } finally {
            app.stop(Duration.ofSeconds(90));
            if (!a.flag("keep-db")) Benchmark.deleteTree(out.resolve("db"));
        }
    }

    /** A second node on the loaded database: its start-up refresh of the 13 months, timed from its log. */
    static String refreshOnASecondNode(Path project, String jdbc, Path out) throws Exception {
        Path log = out.resolve("app-refresh.log");
        var node = AppProcess.node(Benchmark.findJar(project), jdbc, AppProcess.freePort(), log);
        try {
            node.awaitReady(Duration.ofMinutes(5));
            long t0 = System.nanoTime();
            long deadline = t0 + Duration.ofMinutes(60).toNanos();
            while (true) {
                var m = FIGURES.matcher(Files.readString(log));
                if (m.find()) {
                    return String.format(
                            Locale.ROOT,
                            "13-month refresh (FigureRefresh, a node's start-up): %s figures for %s to %s, logged %.1f s"
                                    + " after the node answered /login",
                            m.group(1),
                            m.group(2),
                            m.group(3),
                            (System.nanoTime() - t0) / 1e9);
                }
                if (Files.readString(log).contains("Monitoring: refresh of"))
                    throw new IllegalStateException("the refresh failed; see " + log);
                if (System.nanoTime() > deadline || !node.process.isAlive())
                    throw new IllegalStateException("no refresh; see " + log);
                Thread.sleep(1_000);
            }
        } finally {
            node.stop(Duration.ofSeconds(60));
        }
    }

    /** A page session: the login form's CSRF token, then the form posted; returns the session's cookie. */
    static String login(String base, String user) throws Exception {
        var http = HttpClient.newBuilder().build();
        var form = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(form, null);
        var m = CSRF.matcher(form.body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on /login");
        String body = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        var res = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (res.statusCode() != 302) throw new IllegalStateException("login answered " + res.statusCode());
        return cookie(res, cookie);
    }

    private static String cookie(HttpResponse<?> res, String previous) {
        return res.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(previous);
    }

    /** {@code perClient} requests on each of {@code clients} clients at once, closed loop. */
    static Stats phase(String base, Scenario s, int clients, int perClient) throws InterruptedException {
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var errors = Collections.synchronizedList(new ArrayList<String>());
        var go = new CountDownLatch(1);
        long wall;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                var http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                executor.submit(() -> {
                    go.await();
                    for (int i = 0; i < perClient; i++) {
                        var b = HttpRequest.newBuilder(URI.create(base + s.path()))
                                .timeout(Duration.ofSeconds(30));
                        if (s.basicUser() != null)
                            b.header(
                                    "Authorization",
                                    "Basic "
                                            + java.util.Base64.getEncoder()
                                                    .encodeToString((s.basicUser() + ":" + PASSWORD)
                                                            .getBytes(StandardCharsets.UTF_8)));
                        if (s.cookie() != null) b.header("Cookie", s.cookie());
                        long t0 = System.nanoTime();
                        try {
                            var res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                            long t = System.nanoTime() - t0;
                            if (res.statusCode() != 200 || !res.body().contains(s.expect()))
                                errors.add(s.path() + " answered " + res.statusCode());
                            else latencies.add(t);
                        } catch (Exception e) {
                            errors.add(s.path() + ": " + e);
                        }
                    }
                    return null;
                });
            }
            long t0 = System.nanoTime();
            go.countDown();
            executor.shutdown();
            executor.awaitTermination(30, TimeUnit.MINUTES);
            wall = System.nanoTime() - t0;
        }
        return new Stats(
                "",
                s.label(),
                clients,
                latencies.stream().mapToLong(Long::longValue).toArray(),
                errors.size(),
                errors.stream().distinct().limit(5).toList(),
                wall,
                false);
    }

    static String report(Benchmark.Machine machine, List<String> notes, List<Stats> results, Args a) {
        var md = new StringBuilder("# Monitoring dashboard benchmark (issue 14)\n\n```\n")
                .append(machine.text())
                .append("Load average at the end: ")
                .append(Benchmark.Machine.loadAverage())
                .append("\nArguments: ")
                .append(a.values())
                .append("\n```\n\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append("\n| Phase | Scenario | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms | p95 / floor | "
                + "Target p95 | Verdict |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (var s : results) {
            String floorName = s.scenario().startsWith("api") ? "api-floor" : "page-floor";
            var floor = results.stream()
                    .filter(x -> x.phase().equals(s.phase()) && x.scenario().equals(floorName))
                    .findFirst()
                    .orElseThrow();
            boolean target = s.scenario().endsWith("monitoring");
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |%n",
                    s.phase(),
                    s.scenario(),
                    s.requests(),
                    s.errors(),
                    s.percentile(50),
                    s.percentile(95),
                    s.percentile(99),
                    s.max(),
                    s.percentile(95) / floor.percentile(95),
                    target ? "< 300 ms" : "–",
                    target ? (s.percentile(95) < 300 ? "met" : "MISSED") : "–"));
        }
        return md.toString();
    }
}
