package it.orienta.bench;

import java.io.InputStream;
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
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/**
 * The occupation module's speed targets (issue 4), on the packaged application with its own embedded PostgreSQL:
 * the profession search while typing over the full ISTAT classification (p95 < 30 ms, one client, over HTTP on
 * loopback) and the extraction of 100,000 person–occupation rows streamed as CSV and as XLSX (< 10 s each, the
 * application's heap flat: live heap after a full GC before and after, and the heap in use sampled while it runs).
 *
 * <pre>scripts/bench.sh is the main benchmark; this one runs on its own after the same build:
 *   ./mvnw -B -o -Pbench -DskipTests package
 *   java -cp "target/classes:target/test-classes:$(cat target/bench/classpath.txt)" it.orienta.bench.OccupationBench \
 *       [--occupations=100000] [--searches=500]      (--occupations=0: the search only)</pre>
 */
final class OccupationBench {

    private OccupationBench() {}

    static final List<String> TYPED = List.of(
            "ca",
            "cam",
            "came",
            "camer",
            "cameri",
            "cameriere",
            "sa",
            "sal",
            "sald",
            "saldat",
            "saldatore",
            "ba",
            "bad",
            "bada",
            "badan",
            "badante",
            "pr",
            "pro",
            "prog",
            "progr",
            "programm",
            "programmatore",
            "cuoco",
            "magazziniere",
            "infermiere",
            "autista",
            "commessa",
            "muratore",
            "idraulico",
            "5.2.2",
            "addetto pulizie",
            "operaio",
            "elettricista",
            "parrucchiera",
            "estetista",
            "insegnante",
            "impiegato",
            "contabile");

    public static void main(String[] args) throws Exception {
        var a = Args.parse(args);
        int occupations = a.integer("occupations", 100_000);
        int searches = a.integer("searches", 500);
        int persons = (occupations + 2) / 3 + 1;
        Path project = Path.of(a.get("project", ".")).toAbsolutePath().normalize();
        Path jar = Benchmark.findJar(project);
        Path out = project.resolve("target/bench/occupation-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(out);
        int pgPort = AppProcess.freePort();
        var app = AppProcess.jar(jar, out.resolve("db"), AppProcess.freePort(), pgPort, out.resolve("app.log"));
        var report = new StringBuilder(
                "# Occupation benchmark\n\n" + Benchmark.Machine.describe().text() + "\n\n");
        try {
            app.awaitReady(Duration.ofMinutes(3));
            String jdbc = "jdbc:postgresql://localhost:" + pgPort + "/postgres?user=postgres";
            if (occupations > 0) {
                System.out.println(Benchmark.generate(jdbc, persons, out.resolve("generator.log")));
            }
            long t0 = System.nanoTime();
            long written = load(jdbc, project.resolve("../shared/data/istat-cp2011-professioni.fhir.xml"), occupations);
            System.out.printf(
                    "professions and %d occupations loaded in %.1f s%n", written, (System.nanoTime() - t0) / 1e9);

            var http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            // the search while typing
            var times = new ArrayList<Double>();
            for (int i = 0; i < 100 + searches; i++) {
                String q = TYPED.get(i % TYPED.size());
                long s = System.nanoTime();
                var res = http.send(
                        get(app.base() + "/api/v1/professions?limit=12&q=" + LoadDriver.enc(q), "operatore"),
                        HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - s) / 1e6;
                if (res.statusCode() != 200) {
                    throw new IllegalStateException("search " + q + ": " + res.statusCode());
                }
                if (i >= 100) {
                    times.add(ms);
                }
            }
            Collections.sort(times);
            String search = String.format(
                    "profession search, %d requests, 1 client: p50 %.1f ms, p95 %.1f ms, max %.1f ms (target p95 < 30 ms)",
                    searches, pct(times, 50), pct(times, 95), times.getLast());
            System.out.println(search);
            report.append("- ").append(search).append('\n');

            for (String format : occupations > 0 ? List.of("CSV", "XLSX") : List.<String>of()) {
                var before = app.memory();
                var sampler = new HeapSampler(app);
                sampler.start();
                long s = System.nanoTime();
                var res = http.send(
                        get(app.base() + "/api/v1/occupation-extraction?format=" + format, "amministratore"),
                        HttpResponse.BodyHandlers.ofInputStream());
                long bytes = 0;
                long lines = 0;
                try (InputStream in = res.body()) {
                    byte[] buf = new byte[64 * 1024];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        bytes += n;
                        for (int i = 0; i < n; i++) {
                            if (buf[i] == '\n') lines++;
                        }
                    }
                }
                double seconds = (System.nanoTime() - s) / 1e9;
                sampler.stop();
                var after = app.memory();
                String line = String.format(
                        "extraction %s, %s rows, %.1f MB: %.2f s (target < 10 s); heap live before %d MB, after %d MB;"
                                + " heap in use while streaming max %d MB (sampled %d times); status %d",
                        format,
                        format.equals("CSV") ? String.valueOf(lines - 1) : String.valueOf(written),
                        bytes / 1e6,
                        seconds,
                        before.heapLiveKb() / 1024,
                        after.heapLiveKb() / 1024,
                        sampler.maxKb / 1024,
                        sampler.samples,
                        res.statusCode());
                System.out.println(line);
                report.append("- ").append(line).append('\n');
            }
        } finally {
            app.stop(Duration.ofSeconds(30));
        }
        Files.writeString(out.resolve("report.md"), report);
        System.out.println("\nReport: " + out.resolve("report.md"));
    }

    static HttpRequest get(String url, String user) {
        return HttpRequest.newBuilder(URI.create(url))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":Orienta.2026").getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(2))
                .build();
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /**
     * The full classification into reference_code (as the start-up import would), the glossary refreshed, then two
     * or three desired occupations per generated person (all at CPI-FI) and an availability each.
     */
    static long load(String jdbc, Path professions, int occupations) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(professions.toFile());
        var concepts = doc.getElementsByTagName("concept");
        try (var c = DriverManager.getConnection(jdbc)) {
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("insert into reference_code (code_system, code, display, definition,"
                    + " parent_code, level, search_text, updated_at) values ('PROFESSION', ?, ?, ?, ?, ?, lower(?), now())"
                    + " on conflict (code_system, code) do update set display = excluded.display,"
                    + " definition = excluded.definition, parent_code = excluded.parent_code, level = excluded.level,"
                    + " retired = false")) {
                for (int i = 0; i < concepts.getLength(); i++) {
                    var e = (Element) concepts.item(i);
                    String code = value(e, "code");
                    String display = value(e, "display").strip();
                    int dot = code.lastIndexOf('.');
                    ps.setString(1, code);
                    ps.setString(2, display);
                    ps.setString(3, value(e, "definition"));
                    ps.setString(4, dot < 0 ? null : code.substring(0, dot));
                    ps.setInt(5, code.split("\\.").length);
                    ps.setString(6, display);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (var st = c.createStatement()) {
                st.execute("select profession_search_refresh()");
                st.execute("create temp table bench_codes as select row_number() over (order by code) - 1 as i, code"
                        + " from profession_search");
                st.execute("create temp table bench_person as select id, row_number() over (order by id) - 1 as pn"
                        + " from person");
                int n = st.executeUpdate("insert into desired_occupation (id, person_id, profession_code, from_work,"
                        + " from_education, from_training, interview_date, sep_sector, specific_skills,"
                        + " experience_years, last_year_worked, formal_learning, formal_learning_detail, licences_tools,"
                        + " other_info, centre_code, created_at, created_by, updated_at, updated_by, version)"
                        + " select gen_random_uuid(), p.id, c.code, g <> 2, g = 2, g = 3, date '2026-01-01' + (p.pn % 300)::int,"
                        + " 1 + (p.pn + g) % 24, 'Competenze specifiche del profilo, strumenti e procedure', (p.pn % 20),"
                        + " 2000 + (p.pn % 26), g = 2, case when g = 2 then 'Corso regionale' else '' end, 'Patente B',"
                        + " '', 'CPI-FI', now(), 'bench', now(), 'bench', 1"
                        + " from bench_person p cross join generate_series(1, 3) g"
                        + " join bench_codes c on c.i = (p.pn * 7 + g * 131) % (select count(*) from bench_codes)"
                        + " order by p.pn, g limit " + occupations);
                st.executeUpdate("insert into person_availability (person_id, hours, willing_to_travel, transport,"
                        + " updated_at, updated_by, version) select id, 'FULL_TIME', 'PROVINCE', '{PUBLIC,OWN_CAR}',"
                        + " now(), 'bench', 1 from bench_person on conflict do nothing");
                c.commit();
                st.execute("analyze desired_occupation");
                st.execute("analyze person_availability");
                return n;
            }
        }
    }

    private static String value(Element concept, String tag) {
        var list = concept.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : ((Element) list.item(0)).getAttribute("value");
    }

    /** Samples the application's heap in use (jcmd GC.heap_info) while an extraction runs. */
    static final class HeapSampler {
        private final AppProcess app;
        private volatile boolean running = true;
        private Thread thread;
        volatile long maxKb;
        volatile int samples;

        HeapSampler(AppProcess app) {
            this.app = app;
        }

        void start() {
            thread = Thread.ofPlatform().daemon(true).start(() -> {
                while (running) {
                    try {
                        long used = app.heapUsedKb();
                        maxKb = Math.max(maxKb, used);
                        samples++;
                        Thread.sleep(250);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
