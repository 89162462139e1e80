package it.orienta.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * The CV's speed targets (issue 4, docs/performance.md): uploading and validating a 5 MB PDF (&lt; 500 ms) and
 * generating a CV PDF (&lt; 1 s), each over HTTP against the application jar on a fresh embedded database, one
 * client, measured after a warm-up; medians and p95 of the wall time at the client.
 *
 * <pre>BENCH_MAIN=it.orienta.bench.CvBench scripts/bench.sh --iterations=30 --warmup=10</pre>
 */
public final class CvBench {

    private CvBench() {}

    public static void main(String[] args) throws Exception {
        var a = Args.parse(args);
        int iterations = a.integer("iterations", 30);
        int warmup = a.integer("warmup", 10);
        Path project = Path.of(a.get("project", ".")).toAbsolutePath().normalize();
        Path out = project.resolve("target/bench/cv");
        Files.createDirectories(out);
        if (Files.exists(out.resolve("db"))) {
            // a fresh database each time: the person below is registered anew
            try (var files = Files.walk(out.resolve("db"))) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
        int pgPort = AppProcess.freePort();
        var app = AppProcess.jar(
                Benchmark.findJar(project), out.resolve("db"), AppProcess.freePort(), pgPort, out.resolve("app.log"));
        try {
            app.awaitReady(Duration.ofMinutes(3));
            System.out.println("started; " + Benchmark.Machine.loadAverage());
            var http = HttpClient.newHttpClient();
            String auth = "Basic "
                    + Base64.getEncoder().encodeToString("operatore:Orienta.2026".getBytes(StandardCharsets.UTF_8));

            // a person with an education title (the API) and a desired occupation (SQL, as the occupation module)
            String person = json(http, app.base(), auth, "POST", "/api/v1/persons", """
                    {"taxCode": "%s", "firstName": "Mario", "lastName": "Curriculi", "sex": "M",
                     "birthDate": "1985-03-14", "birthMunicipalityCode": "048017", "citizenshipCode": "100",
                     "residenceMunicipalityCode": "048017", "residenceAddress": "Via Roma 1",
                     "email": "mario@example.it", "licences": ["B"],
                     "languages": [{"language": "en", "level": "B1"}]}""".formatted(
                            TaxCodes.of("Mario", "Curriculi", LocalDate.of(1985, 3, 14), false, "D612")));
            String id = person.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
            String title = json(http, app.base(), auth, "GET", "/api/v1/reference/education-titles?q=diploma", null)
                    .replaceAll("(?s).*?\"code\"\\s*:\\s*\"(\\d{8})\".*", "$1");
            json(http, app.base(), auth, "POST", "/api/v1/persons/" + id + "/education-titles", """
                    {"titleCode": "%s", "year": 2004, "institution": "Istituto Buontalenti"}""".formatted(title));
            try (var c = DriverManager.getConnection(
                            "jdbc:postgresql://localhost:" + pgPort + "/postgres?user=postgres");
                    var st = c.prepareStatement("insert into desired_occupation (id, person_id, profession_code,"
                            + " from_work, interview_date, centre_code, created_at, created_by, updated_at, updated_by,"
                            + " specific_skills, experience_years) values (?, ?, '5.2.2.3.2', true, ?, 'CPI-FI', ?,"
                            + " 'bench', ?, 'bench', 'Servizio ai tavoli\nGestione delle comande', 6)")) {
                var now = Timestamp.from(Instant.now());
                st.setObject(1, UUID.randomUUID());
                st.setObject(2, UUID.fromString(id));
                st.setObject(3, LocalDate.now());
                st.setTimestamp(4, now);
                st.setTimestamp(5, now);
                st.executeUpdate();
            }

            byte[] pdf = fiveMegabytePdf();
            System.out.printf("the PDF: %,d bytes%n", pdf.length);
            var upload = new ArrayList<Double>();
            var generate = new ArrayList<Double>();
            var preview = new ArrayList<Double>();
            for (int i = 0; i < warmup + iterations; i++) {
                double u = timed(() -> multipart(http, app.base(), auth, "/api/v1/persons/" + id + "/cv", pdf));
                double g = timed(() -> json(
                        http,
                        app.base(),
                        auth,
                        "POST",
                        "/api/v1/persons/" + id + "/cv/generate",
                        "{\"language\":\"it\"}"));
                double p = timed(() ->
                        json(http, app.base(), auth, "GET", "/api/v1/persons/" + id + "/cv/preview?language=en", null));
                if (i >= warmup) {
                    upload.add(u);
                    generate.add(g);
                    preview.add(p);
                }
            }
            var report = new StringBuilder("# CV benchmark\n\n")
                    .append(Benchmark.Machine.loadAverage())
                    .append("\n\n| scenario | n | median ms | p95 ms | max ms | target |\n|---|---|---|---|---|---|\n");
            row(report, "upload and validate a 5 MB PDF (POST multipart, saved)", upload, "< 500 ms");
            row(report, "generate a CV PDF and save it (POST generate)", generate, "< 1 s");
            row(report, "generate a CV PDF, preview only (GET preview)", preview, "< 1 s");
            Files.writeString(out.resolve("report.md"), report);
            System.out.println(report);
        } finally {
            app.stop(Duration.ofSeconds(60));
        }
    }

    interface Call {
        void run() throws Exception;
    }

    static double timed(Call call) throws Exception {
        long t0 = System.nanoTime();
        call.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    static void row(StringBuilder md, String label, List<Double> ms, String target) {
        var sorted = ms.stream().sorted().toList();
        md.append("| ")
                .append(label)
                .append(" | ")
                .append(sorted.size())
                .append(" | ")
                .append("%.0f".formatted(sorted.get(sorted.size() / 2)))
                .append(" | ")
                .append("%.0f"
                        .formatted(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1))))
                .append(" | ")
                .append("%.0f".formatted(sorted.getLast()))
                .append(" | ")
                .append(target)
                .append(" |\n");
    }

    /** A one-page PDF just under 5 MB: text and an incompressible picture (as a scanned CV is). */
    static byte[] fiveMegabytePdf() throws IOException {
        var random = new Random(42);
        var image = new BufferedImage(1270, 1300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            var xobject = LosslessFactory.createFromImage(document, image);
            try (var content = new PDPageContentStream(document, page)) {
                content.drawImage(xobject, 50, 200, 500, 500);
            }
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    static String json(HttpClient http, String base, String auth, String method, String path, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static void multipart(HttpClient http, String base, String auth, String path, byte[] pdf)
            throws IOException, InterruptedException {
        String boundary = "bench" + UUID.randomUUID();
        var body = new ByteArrayOutputStream(pdf.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("upload answered " + response.statusCode() + ": " + response.body());
        }
    }
}
