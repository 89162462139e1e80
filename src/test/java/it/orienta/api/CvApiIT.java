package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CV end to end over real HTTP on the embedded PostgreSQL: preconditions (R15), the file's checks (R16), the
 * current CV and its history, generation, validity and the obsolete label (R20), the expiring list and the reminder
 * sent once, the purge after the retention, deletion (R21) with its event on the timeline, and a 50 MB upload
 * answered with the clear message. Desired occupations are inserted with plain SQL (the occupation module is built
 * in parallel). The user is {@code multicentro} in Pisa, with persons of this test only.
 */
@OrientaAppTest
class CvApiIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    it.orienta.cv.CvService cvs;

    Api api() {
        return Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-PI");
    }

    String person(String lastName, boolean title, boolean occupation) {
        String id = api().post("/api/v1/persons", Persons.florentine(lastName))
                .json()
                .path("id")
                .asString();
        if (title) {
            var code = api().get("/api/v1/reference/education-titles?q=licenza%20media")
                    .json()
                    .get(0)
                    .path("code")
                    .asString();
            var added = api().post(
                            "/api/v1/persons/" + id + "/education-titles",
                            Map.of("titleCode", code, "year", 2001, "institution", "Scuola media Fibonacci"));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
        if (occupation) {
            desiredOccupation(UUID.fromString(id), "5.2.2.3.2");
        }
        return id;
    }

    /** A desired occupation as the occupation module stores it (V20's columns), by plain SQL. */
    void desiredOccupation(UUID personId, String profession) {
        var now = Timestamp.from(Instant.now());
        jdbc.sql("insert into desired_occupation (id, person_id, profession_code, from_work, from_education,"
                        + " from_training, interview_date, centre_code, created_at, created_by, updated_at,"
                        + " updated_by, specific_skills, experience_years)"
                        + " values (?, ?, ?, true, false, false, ?, 'CPI-PI', ?, 'test', ?, 'test', ?, 4)")
                .params(
                        UUID.randomUUID(),
                        personId,
                        profession,
                        LocalDate.now(),
                        now,
                        now,
                        "Servizio ai tavoli\nGestione delle comande")
                .update();
    }

    static byte[] pdf(String text) {
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A multipart upload of {@code content} as the part "file" named {@code fileName}. */
    Api.Response upload(String personId, String fileName, byte[] content) {
        String boundary = "orienta" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/persons/" + personId + "/cv"))
                .header("Authorization", basic())
                .header("X-Orienta-Centre", "CPI-PI")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    byte[] bytes(String path) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic())
                .header("X-Orienta-Centre", "CPI-PI")
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String basic() {
        return "Basic "
                + Base64.getEncoder().encodeToString("multicentro:Orienta.2026".getBytes(StandardCharsets.UTF_8));
    }

    int rows(String personId) {
        return jdbc.sql("select count(*) from cv where person_id = ?")
                .param(UUID.fromString(personId))
                .query(Integer.class)
                .single();
    }

    @Test
    void thePreconditionsAreCheckedOnTheServerBothAtOnceAndNothingIsSaved() {
        String none = person("Senzacv", false, false);
        var refused = upload(none, "cv.pdf", pdf("Curriculum"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("cv.education-title.missing");
        assertThat(refused.json().path("errors").get(1).path("code").asString()).isEqualTo("cv.occupation.missing");
        assertThat(api().get("/api/v1/persons/" + none + "/cv/checklist")
                        .json()
                        .path("satisfied")
                        .asBoolean())
                .isFalse();

        String onlyTitle = person("Solotitolo", true, false);
        var noOccupation = upload(onlyTitle, "cv.pdf", pdf("Curriculum"));
        assertThat(noOccupation.code()).isEqualTo("cv.occupation.missing");
        var generated = api().post("/api/v1/persons/" + onlyTitle + "/cv/generate", Map.of("language", "it"));
        assertThat(generated.status()).isEqualTo(422);
        assertThat(generated.code()).isEqualTo("cv.occupation.missing");
        assertThat(rows(none) + rows(onlyTitle)).isZero();
    }

    @Test
    void everyBadFileIsRefusedWithItsOwnCodeAndNothingIsStored() throws IOException {
        String id = person("Filecattivi", true, true);
        byte[] good = pdf("Curriculum di Filecattivi");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        byte[] html = "<!DOCTYPE html><html><body>CV</body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] js;
        try (var document = Loader.loadPDF(good)) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
            var out = new ByteArrayOutputStream();
            document.save(out);
            js = out.toByteArray();
        }
        var cases = Map.of(
                "cv.file.not-pdf", List.of(png, html),
                "cv.file.damaged", List.of(Arrays.copyOf(good, good.length / 2)),
                "cv.file.empty", List.of(new byte[0]),
                "cv.file.javascript", List.of(js),
                "cv.file.too-large", List.of(Arrays.copyOf(good, 5 * 1024 * 1024 + 1)));
        cases.forEach((code, files) -> files.forEach(bytes -> {
            var refused = upload(id, "cv.pdf", bytes);
            assertThat(refused.status()).as(code + " " + refused.body()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.fieldCode("file")).isEqualTo(code);
        }));
        assertThat(rows(id)).isZero();
    }

    @Test
    void aFiftyMegabyteUploadGetsTheClearMessageNotAResetOrA500() {
        String id = person("Grandefile", true, true);
        var refused = upload(id, "cv.pdf", new byte[50 * 1024 * 1024]);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("cv.file.too-large");
        assertThat(refused.json().path("detail").asString()).contains("5 MB");
        assertThat(rows(id)).isZero();
        // the connection is still usable afterwards
        assertThat(api().get("/api/v1/persons/" + id + "/cv/checklist").status())
                .isEqualTo(200);
    }

    @Test
    void aNewCvReplacesTheCurrentOneWhichStaysInTheHistoryWithItsFile() {
        String id = person("Storico", true, true);
        byte[] first = pdf("Primo CV");
        var saved = upload(id, "C:\\Documenti\\primo.pdf", first);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().path("fileName").asString()).isEqualTo("primo.pdf");
        assertThat(saved.json().path("obsolete").asBoolean()).isFalse();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        assertThat(saved.json().path("validThrough").asString())
                .isEqualTo(today.plusMonths(6).toString());
        assertThat(saved.json().path("savedBy").asString()).isNotBlank();

        var second = upload(id, "secondo.pdf", pdf("Secondo CV"));
        assertThat(second.status()).isEqualTo(201);
        var current = api().get("/api/v1/persons/" + id + "/cv");
        assertThat(current.json().path("fileName").asString()).isEqualTo("secondo.pdf");
        var history = api().get("/api/v1/persons/" + id + "/cv/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).path("current").asBoolean()).isFalse();
        assertThat(history.get(1).path("replacedAt").isNull()).isFalse();
        String firstId = history.get(1).path("id").asString();
        assertThat(bytes("/api/v1/persons/" + id + "/cv/history/" + firstId + "/file"))
                .isEqualTo(first);

        // after the retention the replaced file is purged, the row (who, when) stays
        jdbc.sql("update cv set replaced_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(800))), UUID.fromString(firstId))
                .update();
        assertThat(cvs.purgeReplaced()).isGreaterThanOrEqualTo(1);
        var purged = api().get("/api/v1/persons/" + id + "/cv/history").json().get(1);
        assertThat(purged.path("fileAvailable").asBoolean()).isFalse();
        assertThat(purged.path("purgedAt").isNull()).isFalse();
        assertThat(api().get("/api/v1/persons/" + id + "/cv/history/" + firstId + "/file")
                        .code())
                .isEqualTo("cv.not-found");
        assertThat(api().get("/api/v1/persons/" + id + "/cv/file").status()).isEqualTo(200);
    }

    @Test
    void twoUploadsAtOnceLeaveExactlyOneCurrentCv() throws Exception {
        String id = person("Concorrenti", true, true);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var tasks = new ArrayList<Callable<Api.Response>>();
            for (int i = 0; i < 2; i++) {
                byte[] file = pdf("CV " + i);
                tasks.add(() -> upload(id, "cv.pdf", file));
            }
            for (var f : pool.invokeAll(tasks)) {
                assertThat(f.get().status()).isEqualTo(201);
            }
        }
        assertThat(jdbc.sql("select count(*) from cv where person_id = ? and is_current")
                        .param(UUID.fromString(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(rows(id)).isEqualTo(2);
    }

    @Test
    void aGeneratedCvIsPreviewedAsATaggedPdfThenSavedInItsLanguage() throws IOException {
        String id = person("Generato", true, true);
        byte[] preview = bytes("/api/v1/persons/" + id + "/cv/preview?language=en");
        try (var document = Loader.loadPDF(preview)) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            // a picture of the first page beside the journey's screenshots, to look at the layout
            var image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            javax.imageio.ImageIO.write(image, "png", new java.io.File("target/screenshots/cv-generated-en.png"));
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Generato", "DESIRED OCCUPATIONS", "Cameriere di ristorante", "Servizio ai tavoli")
                    .contains("Years of experience: 4", "EDUCATION AND TRAINING", "Scuola media Fibonacci");
        }
        assertThat(rows(id)).isZero();

        var saved = api().post("/api/v1/persons/" + id + "/cv/generate", Map.of("language", "it"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().path("origin").asString()).isEqualTo("GENERATED");
        assertThat(saved.json().path("language").asString()).isEqualTo("it");
        try (var document = Loader.loadPDF(bytes("/api/v1/persons/" + id + "/cv/file"))) {
            assertThat(new PDFTextStripper().getText(document)).contains("PROFESSIONI DESIDERATE");
        }
    }

    @Test
    void thePersonsOwnJobTitlesTravelThroughTheApiAndHeadTheCvWithTheUnitInTheSingularBelow() throws IOException {
        String id = person("Titoli", false, false);
        var work = new java.util.HashMap<String, Object>();
        work.put("employer", "Osteria del Porto");
        work.put("professionCode", "5.2.2.3.2");
        work.put("fromDate", "2021-04-01");
        work.put("jobTitle", "Chef de rang");
        var added = api().post("/api/v1/persons/" + id + "/work-experiences", work);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("jobTitle").asString()).isEqualTo("Chef de rang");
        assertThat(api().get("/api/v1/persons/" + id)
                        .json()
                        .path("workExperiences")
                        .get(0)
                        .path("jobTitle")
                        .asString())
                .isEqualTo("Chef de rang");
        work.put("jobTitle", "x".repeat(201));
        var refused = api().post("/api/v1/persons/" + id + "/work-experiences", work);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldCode("jobTitle")).as(refused.body()).isEqualTo("validation.Size");

        var occupation = new java.util.HashMap<String, Object>();
        occupation.put("professionCode", "5.2.2.3.2");
        occupation.put("fromWork", true);
        occupation.put("interviewDate", LocalDate.now().minusDays(1).toString());
        occupation.put("jobTitle", "Responsabile di sala");
        var desired = api().post("/api/v1/persons/" + id + "/occupations", occupation);
        assertThat(desired.status()).as(desired.body()).isEqualTo(201);
        assertThat(desired.json().path("occupation").path("jobTitle").asString())
                .isEqualTo("Responsabile di sala");
        String occupationId = desired.json().path("occupation").path("id").asString();
        occupation.put("jobTitle", "y".repeat(201));
        var tooLong = api().header("If-Match", desired.etag())
                .put("/api/v1/persons/" + id + "/occupations/" + occupationId, occupation);
        assertThat(tooLong.fieldCode("jobTitle")).as(tooLong.body()).isEqualTo("occupation.text.too-long");

        try (var document = Loader.loadPDF(bytes("/api/v1/persons/" + id + "/cv/preview?language=it"))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Responsabile di sala Professione (classificazione ISTAT): Cameriere di ristorante")
                    .contains(
                            "Chef de rang Osteria del Porto Professione (classificazione ISTAT): Cameriere di ristorante")
                    .doesNotContain("5.2.2.3.2", "Camerieri di ristorante");
        }
    }

    @Test
    void afterSixMonthsTheCvIsObsoleteEverywhereAndBeforeItIsOnTheExpiringListWithOneReminder() {
        String id = person("Scadente", true, true);
        assertThat(upload(id, "cv.pdf", pdf("In scadenza")).status()).isEqualTo(201);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        jdbc.sql("update cv set obsolete_from = ? where person_id = ?")
                .params(today.plusDays(10), UUID.fromString(id))
                .update();
        var expiring = api().get("/api/v1/cv/expiring").json();
        var mine = new ArrayList<String>();
        expiring.forEach(e -> mine.add(e.path("personId").asString()));
        assertThat(mine).contains(id);
        // other centres do not see it
        var florence = Api.as(port, "operatore").get("/api/v1/cv/expiring").body();
        assertThat(florence).doesNotContain(id);

        cvs.remindExpiring();
        cvs.remindExpiring();
        var cvId = api().get("/api/v1/persons/" + id + "/cv").json().path("id").asString();
        assertThat(jdbc.sql("select count(*) from notification_message where dedup_key = ?")
                        .param("cv:" + cvId + ":expiring")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        jdbc.sql("update cv set obsolete_from = ? where person_id = ?")
                .params(today, UUID.fromString(id))
                .update();
        var obsolete = api().get("/api/v1/persons/" + id + "/cv").json();
        assertThat(obsolete.path("obsolete").asBoolean()).isTrue();
        assertThat(obsolete.path("obsoleteLabel").asString())
                .isEqualTo("CV obsoleto (con data aggiornamento oltre i 6 mesi)");
        var english = api().header("Accept-Language", "en")
                .get("/api/v1/persons/" + id + "/cv")
                .json();
        assertThat(english.path("obsoleteLabel").asString())
                .isEqualTo("CV obsolete (last updated more than 6 months ago)");
        assertThat(api().get("/api/v1/cv/expiring").body()).doesNotContain(id);
    }

    @Test
    void deletingRemovesTheFileKeepsTheRowPublishesTheEventAndSaysWhatToDoOnThePortal() {
        String id = person("Eliminato", true, true);
        var saved = upload(id, "cv.pdf", pdf("Da eliminare"));
        String cvId = saved.json().path("id").asString();
        var noVersion = api().delete("/api/v1/persons/" + id + "/cv");
        assertThat(noVersion.code()).isEqualTo("version.required");
        var stale = api().header("If-Match", "\"0\"").delete("/api/v1/persons/" + id + "/cv");
        assertThat(stale.status()).isEqualTo(409);

        var deleted = api().header("If-Match", saved.etag()).delete("/api/v1/persons/" + id + "/cv");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().path("notice").asString()).contains("Toscana Lavoro", "area personale");
        assertThat(deleted.json().path("cv").path("deletedAt").isNull()).isFalse();
        assertThat(jdbc.sql("select content is null and deleted_at is not null and not is_current from cv where id = ?")
                        .param(UUID.fromString(cvId))
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(api().get("/api/v1/persons/" + id + "/cv").code()).isEqualTo("cv.not-found");
        var again = api().header("If-Match", "\"2\"").delete("/api/v1/persons/" + id + "/cv");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.code()).isEqualTo("cv.not-found");

        var timeline = api().get("/api/v1/persons/" + id + "/timeline").body();
        assertThat(timeline).contains("timeline.cv.uploaded", "timeline.cv.deleted");
    }
}
