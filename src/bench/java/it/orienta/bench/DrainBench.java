package it.orienta.bench;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The transfer's speed target (issue 4, docs/performance.md): 1,000 queued CV transfers drained against the
 * in-app simulator over real HTTP, each accepted by the simulator's notice, in less than 60 s. Runs the application
 * jar on a fresh embedded database with its scheduled drain on (as in production), queues the transfers in one
 * batch, and measures from the queueing to the last acceptance; checks that no CV was delivered twice.
 * (The time budget lived in an integration test until issue 11; {@code PortalDrainIT} keeps the correctness.)
 *
 * <pre>BENCH_MAIN=it.orienta.bench.DrainBench scripts/bench.sh --transfers=1000 --runs=3</pre>
 */
public final class DrainBench {

    private DrainBench() {}

    public static void main(String[] args) throws Exception {
        var a = Args.parse(args);
        int transfers = a.integer("transfers", 1_000);
        int persons = a.integer("persons", 20);
        int runs = a.integer("runs", 3);
        Path project = Path.of(a.get("project", ".")).toAbsolutePath().normalize();
        Path out = project.resolve("target/bench/drain");
        Files.createDirectories(out);
        Benchmark.deleteTree(out.resolve("db"));
        int pgPort = AppProcess.freePort();
        var app = AppProcess.jar(
                Benchmark.findJar(project), out.resolve("db"), AppProcess.freePort(), pgPort, out.resolve("app.log"));
        try {
            app.awaitReady(Duration.ofMinutes(3));
            System.out.println("started; " + Benchmark.Machine.loadAverage());
            var http = HttpClient.newHttpClient();
            String auth = "Basic "
                    + Base64.getEncoder().encodeToString("coordinatore:Orienta.2026".getBytes(StandardCharsets.UTF_8));
            byte[] pdf = pdf();
            var seconds = new ArrayList<Double>();
            try (var c =
                    DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres?user=postgres")) {
                for (int run = 1; run <= runs; run++) {
                    String lastName = "Coda" + (char) ('a' + run - 1) + "drenaggio";
                    var ids = new ArrayList<UUID>();
                    for (int i = 0; i < persons; i++) {
                        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(run * 1000L + i * 37L);
                        String taxCode = TaxCodes.of("Mario", lastName, born, false, "D612");
                        String created = CvBench.json(http, app.base(), auth, "POST", "/api/v1/persons", """
                                {"taxCode": "%s", "firstName": "Mario", "lastName": "%s", "sex": "M",
                                 "birthDate": "%s", "birthMunicipalityCode": "048017", "citizenshipCode": "100",
                                 "residenceMunicipalityCode": "048017", "residenceAddress": "Via Roma 1",
                                 "email": "mario@example.it"}""".formatted(
                                        taxCode, lastName, born));
                        ids.add(UUID.fromString(
                                created.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1")));
                        try (var st = c.prepareStatement("""
                                insert into portalsim_person (tax_code, first_name, last_name, channel, status,
                                                              created_at, confirmed_at)
                                values (?, 'Mario', ?, 'EMAIL', 'CONFIRMED', now(), now())""")) {
                            st.setString(1, taxCode);
                            st.setString(2, lastName);
                            st.executeUpdate();
                        }
                    }
                    var now = Timestamp.from(Instant.now());
                    c.setAutoCommit(false);
                    try (var cv = c.prepareStatement("""
                                    insert into cv (id, person_id, origin, file_name, size_bytes, sha256, content,
                                                    saved_at, saved_by, centre_code, obsolete_from, is_current)
                                    values (?, ?, 'UPLOADED', 'cv.pdf', ?, ?, ?, ?, 'Bench', 'CPI-FI',
                                            current_date + 180, false)""");
                            var transfer = c.prepareStatement("""
                                    insert into portal_transfer (id, person_id, cv_id, kind, state, idempotency_key,
                                                                 next_attempt_at, centre_code, requested_at,
                                                                 requested_by, updated_at)
                                    values (?, ?, ?, 'UPLOAD', 'REQUESTED', ?, ?, 'CPI-FI', ?, ?, ?)""")) {
                        for (int i = 0; i < transfers; i++) {
                            UUID person = ids.get(i % persons);
                            UUID cvId = UUID.randomUUID();
                            cv.setObject(1, cvId);
                            cv.setObject(2, person);
                            cv.setInt(3, pdf.length);
                            cv.setString(4, "0".repeat(64));
                            cv.setBytes(5, pdf);
                            cv.setTimestamp(6, now);
                            cv.addBatch();
                            transfer.setObject(1, UUID.randomUUID());
                            transfer.setObject(2, person);
                            transfer.setObject(3, cvId);
                            transfer.setString(4, cvId.toString());
                            transfer.setTimestamp(5, now);
                            transfer.setTimestamp(6, now);
                            transfer.setString(7, "Bench " + run);
                            transfer.setTimestamp(8, now);
                            transfer.addBatch();
                        }
                        cv.executeBatch();
                        transfer.executeBatch();
                    }
                    long t0 = System.nanoTime();
                    c.commit();
                    c.setAutoCommit(true);
                    int accepted = 0;
                    while (accepted < transfers
                            && System.nanoTime() - t0 < Duration.ofMinutes(5).toNanos()) {
                        Thread.sleep(100);
                        try (var st = c.prepareStatement(
                                "select count(*) from portal_transfer where requested_by = ? and state = 'ACCEPTED'")) {
                            st.setString(1, "Bench " + run);
                            try (var rs = st.executeQuery()) {
                                rs.next();
                                accepted = rs.getInt(1);
                            }
                        }
                    }
                    double s = (System.nanoTime() - t0) / 1e9;
                    int twice;
                    try (var st = c.prepareStatement("""
                            select count(*) from portalsim_cv where deliveries > 1
                               and tax_code in (select tax_code from portalsim_person where last_name = ?)""")) {
                        st.setString(1, lastName);
                        try (var rs = st.executeQuery()) {
                            rs.next();
                            twice = rs.getInt(1);
                        }
                    }
                    System.out.printf(
                            "run %d: %d of %d transfers accepted in %.1f s (%.0f/s); delivered twice: %d; %s%n",
                            run, accepted, transfers, s, accepted / s, twice, Benchmark.Machine.loadAverage());
                    if (accepted < transfers || twice > 0) {
                        throw new IllegalStateException(
                                "the drain lost or repeated transfers: see " + out.resolve("app.log"));
                    }
                    seconds.add(s);
                }
            }
            var sorted = seconds.stream().sorted().toList();
            double median = sorted.get(sorted.size() / 2);
            var report = "# Transfer drain benchmark\n\n"
                    + Benchmark.Machine.describe().text() + "\n"
                    + "| Runs | %d transfers accepted, median | each run | target |\n|---|---|---|---|\n"
                            .formatted(transfers)
                    + "| %d | %.1f s (%.0f/s) | %s | < 60 s |\n"
                            .formatted(runs, median, transfers / median, list(seconds));
            Files.writeString(out.resolve("report.md"), report);
            System.out.println(report);
        } finally {
            app.stop(Duration.ofSeconds(60));
        }
    }

    static String list(List<Double> values) {
        return String.join(", ", values.stream().map(v -> "%.1f s".formatted(v)).toList());
    }

    static byte[] pdf() throws java.io.IOException {
        try (var doc = new PDDocument();
                var bytes = new ByteArrayOutputStream()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("CV in coda");
                content.endText();
            }
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
