package it.orienta.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Orienta started by the benchmark: from the packaged jar, or as the default run ({@code ./mvnw
 * spring-boot:run}). Knows when it became ready, how much memory it and its PostgreSQL use, how much CPU it spent,
 * and how to stop it (SIGTERM to the application's JVM, as a service manager would) — only the processes it
 * started.
 */
final class AppProcess {

    private static final Pattern STARTED =
            Pattern.compile("Started OrientaApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Path JAVA =
            Path.of(ProcessHandle.current().info().command().orElse("java"));

    final Process process;
    final Path log;
    final Path dataDir;
    final int httpPort;
    final long launchedAt;
    private final boolean maven;

    /** Milliseconds from launch to the first 200 on /login, and to the demo data being ready. */
    long firstOkMillis = -1;

    long demoReadyMillis = -1;
    double startedSeconds = Double.NaN;
    double processRunningForSeconds = Double.NaN;

    private AppProcess(Process process, Path log, Path dataDir, int httpPort, long launchedAt, boolean maven) {
        this.process = process;
        this.log = log;
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.launchedAt = launchedAt;
        this.maven = maven;
    }

    /** {@code java -jar target/orienta-*.jar} on its own data directory and ports. */
    static AppProcess jar(Path jar, Path dataDir, int httpPort, int pgPort, Path log, String... arguments)
            throws IOException {
        var cmd = new ArrayList<>(List.of(JAVA.toString()));
        // e.g. BENCH_APP_JVM_OPTS=-XX:StartFlightRecording=filename=app.jfr to profile the application under the load
        String jvmOptions = System.getenv("BENCH_APP_JVM_OPTS");
        if (jvmOptions != null && !jvmOptions.isBlank()) {
            cmd.addAll(List.of(jvmOptions.strip().split("\\s+")));
        }
        cmd.addAll(List.of(
                "-jar",
                jar.toString(),
                "--orienta.embedded-db.data-directory=" + dataDir,
                "--orienta.embedded-db.port=" + pgPort,
                "--server.port=" + httpPort));
        cmd.addAll(List.of(arguments));
        var pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        return new AppProcess(pb.start(), log, dataDir, httpPort, t0, false);
    }

    /**
     * A second node of the same jar on the first one's PostgreSQL ({@code jdbc}), as a region runs two nodes on one
     * database (issue 12): no embedded database, no demo data of its own; ready when /login answers.
     */
    static AppProcess node(Path jar, String jdbc, int httpPort, Path log, String... arguments) throws IOException {
        var cmd = new ArrayList<>(List.of(
                JAVA.toString(),
                "-jar",
                jar.toString(),
                "--spring.datasource.url=" + jdbc,
                "--server.port=" + httpPort));
        cmd.addAll(List.of(arguments));
        var pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        var node = new AppProcess(pb.start(), log, null, httpPort, t0, false);
        node.demoReadyMillis = 0; // the first node wrote it
        return node;
    }

    /**
     * The default run exactly as documented, {@code ./mvnw spring-boot:run}, with the port and data directory
     * given by environment ({@code PORT}, {@code ORIENTA_EMBEDDEDDB_DATADIRECTORY}) so that nobody's ./data or
     * port 8080 is touched.
     */
    static AppProcess mavenRun(Path project, Path dataDir, int httpPort, Path log, boolean offline) throws IOException {
        var cmd = new ArrayList<>(List.of("./mvnw", "-B", "-q"));
        if (offline) {
            cmd.add("-o");
        }
        cmd.add("spring-boot:run");
        var pb = new ProcessBuilder(cmd)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("PORT", Integer.toString(httpPort));
        pb.environment().put("ORIENTA_EMBEDDEDDB_DATADIRECTORY", dataDir.toString());
        pb.environment().putIfAbsent("JAVA_HOME", JAVA.getParent().getParent().toString());
        long t0 = System.nanoTime();
        return new AppProcess(pb.start(), log, dataDir, httpPort, t0, true);
    }

    static int freePort() throws IOException {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String base() {
        return "http://localhost:" + httpPort;
    }

    /** Waits for the first 200 on /login, then for the demo data; reads the start-up time from the log. */
    void awaitReady(Duration limit) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = launchedAt + limit.toNanos();
        var login = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (firstOkMillis < 0) {
            if (!process.isAlive()) {
                throw new IOException("the application stopped while starting; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the application did not answer /login in " + limit + "; see " + log);
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    firstOkMillis = (System.nanoTime() - launchedAt) / 1_000_000;
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        while (demoReadyMillis < 0) {
            String text = Files.readString(log);
            if (text.contains("Demo data ready")) {
                demoReadyMillis = (System.nanoTime() - launchedAt) / 1_000_000;
                Matcher m = STARTED.matcher(text);
                if (m.find()) {
                    startedSeconds = Double.parseDouble(m.group(1));
                    processRunningForSeconds = Double.parseDouble(m.group(2));
                }
                break;
            }
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IOException("no 'Demo data ready' in " + log);
            }
            Thread.sleep(50);
        }
    }

    /** The application's JVM: the launched process itself, or the one spring-boot:run forked. */
    ProcessHandle jvm() {
        if (!maven) {
            return process.toHandle();
        }
        return process.toHandle()
                .descendants()
                .filter(p -> cmdline(p.pid()).contains("it.orienta.OrientaApplication"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no forked application JVM under " + process.pid()));
    }

    private static String cmdline(long pid) {
        try {
            return Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The embedded PostgreSQL's postmaster, from the data directory. */
    Optional<ProcessHandle> postmaster() {
        try {
            var pidFile = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Memory of the application JVM and of its PostgreSQL (all its processes, proportional set size). */
    record Memory(long rssKb, long heapUsedKb, long heapCommittedKb, long heapLiveKb, long pgPssKb) {}

    /** The heap in use now, without a GC (OccupationBench samples it while an extraction streams). */
    long heapUsedKb() throws IOException, InterruptedException {
        return kb(jcmd(jvm().pid(), "GC.heap_info"), "heap[^\\n]*?used (\\d+)K");
    }

    Memory memory() throws IOException, InterruptedException {
        var jvm = jvm();
        long rss = procStatus(jvm.pid(), "VmRSS");
        String info = jcmd(jvm.pid(), "GC.heap_info");
        long used = kb(info, "heap[^\\n]*?used (\\d+)K");
        long committed = kb(info, "heap[^\\n]*?committed (\\d+)K");
        if (committed < 0) {
            committed = kb(info, "heap[^\\n]*?total (\\d+)K");
        }
        jcmd(jvm.pid(), "GC.run");
        long live = kb(jcmd(jvm.pid(), "GC.heap_info"), "heap[^\\n]*?used (\\d+)K");
        long pg = postmaster()
                .map(pm -> Stream.concat(Stream.of(pm), pm.descendants())
                        .mapToLong(p -> smapsPss(p.pid()))
                        .sum())
                .orElse(-1L);
        return new Memory(rss, used, committed, live, pg);
    }

    /** CPU seconds (user + system) the application JVM has used so far. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/" + jvm().pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * CPU seconds used so far by everything the benchmark runs: the application JVM, its PostgreSQL (the
     * postmaster with its backends, including those that have exited) and the benchmark's own JVM.
     */
    double ownCpuSeconds() {
        double total = cpuSeconds() + stat(ProcessHandle.current().pid(), false);
        var pm = postmaster();
        if (pm.isPresent()) {
            total += stat(pm.get().pid(), true);
            total += pm.get()
                    .descendants()
                    .mapToDouble(p -> stat(p.pid(), false))
                    .sum();
        }
        return total;
    }

    /** Busy CPU seconds of the whole machine so far (user, nice, system, irq, softirq; all cores), and steal. */
    static double[] machineCpuSeconds() {
        try {
            String[] f =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            double busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7}) {
                busy += Long.parseLong(f[i]);
            }
            return new double[] {busy / 100.0, Long.parseLong(f[8]) / 100.0};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    private static double stat(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withChildren) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * SIGTERM to the application's JVM (graceful shutdown, which stops its PostgreSQL), waiting up to
     * {@code limit}; then SIGKILL, and the orphaned PostgreSQL is asked to stop. Returns how long it took.
     */
    Duration stop(Duration limit) throws InterruptedException {
        long t0 = System.nanoTime();
        ProcessHandle app;
        try {
            app = jvm();
        } catch (IllegalStateException e) {
            app = process.toHandle();
        }
        var pm = postmaster();
        app.destroy();
        try {
            app.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            app.destroyForcibly();
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        pm.filter(ProcessHandle::isAlive).ifPresent(p -> {
            p.destroy();
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        var jcmd = JAVA.resolveSibling("jcmd");
        var p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static long kb(String text, String regex) {
        var m = Pattern.compile(regex).matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static long procStatus(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    private static long smapsPss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }
}
