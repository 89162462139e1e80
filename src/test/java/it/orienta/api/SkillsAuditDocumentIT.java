package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The skills audit's document (R24) through the REST API on the embedded PostgreSQL: only a skills audit has one;
 * a draft saved with its version; completion refused while a section is blank or the engagement open, saving
 * nothing; completed, then final (service and trigger); the tagged PDF. The meetings are on days of September 2022
 * of this test only, as {@code multicentro} working in Siena.
 */
@OrientaAppTest
class SkillsAuditDocumentIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-SI");
    }

    static Map<String, Object> meeting(String activity, LocalDateTime start, LocalDateTime end) {
        var m = new HashMap<String, Object>();
        m.put("activityId", activity);
        m.put("start", Api.at(start));
        m.put("end", Api.at(end));
        m.put("attendance", "PRESENT");
        m.put("notes", "Bilancio delle competenze");
        return m;
    }

    static Map<String, Object> sections(String gaps) {
        var s = new HashMap<String, Object>();
        s.put("history", "Diploma di perito agrario (2005).\nDieci anni in un’azienda vitivinicola del Chianti.");
        s.put("skills", "Potatura e vendemmia; guida del trattore; accoglienza dei visitatori in cantina.");
        s.put("gaps", gaps);
        s.put("recommendations", "Corso di inglese per il turismo; tirocinio in un agriturismo.");
        return s;
    }

    @Test
    void aSkillsAuditEndsInACompletedDocumentThatNoLongerChanges() throws Exception {
        var created = api().post("/api/v1/persons", Persons.florentine("Bilanciati"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String personId = created.json().path("id").asString();
        String lastName = created.json().path("lastName").asString();

        var first = LocalDateTime.of(2022, 9, 13, 9, 0);
        var second = LocalDateTime.of(2022, 9, 14, 9, 0);
        var other = LocalDateTime.of(2022, 9, 15, 9, 0);
        for (var m : new Object[] {
            meeting("BDC", first, first.plusHours(4)),
            meeting("BDC", second, second.plusHours(5)),
            meeting("A05-BASE", other, other.plusMinutes(60))
        }) {
            var recorded = api().post("/api/v1/persons/" + personId + "/meetings", m);
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        String bdc = null;
        String counselling = null;
        long bdcVersion = -1;
        for (var e : api().get("/api/v1/persons/" + personId + "/engagements").json()) {
            if (e.path("activityId").asString().equals("BDC")) {
                bdc = e.path("id").asString();
                bdcVersion = e.path("version").asLong();
            } else {
                counselling = e.path("id").asString();
            }
        }
        assertThat(bdc).isNotNull();
        String path = "/api/v1/engagements/" + bdc + "/audit-document";

        // only a skills audit has the document
        assertThat(api().get("/api/v1/engagements/" + counselling + "/audit-document")
                        .status())
                .isEqualTo(404);
        var notAudit = api().header("If-Match", "\"0\"")
                .put("/api/v1/engagements/" + counselling + "/audit-document", sections("x"));
        assertThat(notAudit.status()).isEqualTo(422);
        assertThat(notAudit.code()).isEqualTo("guidance.audit.not-skills-audit");

        // an empty draft of version 0 before the first save; saved with the version read
        var empty = api().get(path);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.etag()).isEqualTo("\"0\"");
        assertThat(empty.json().path("status").asString()).isEqualTo("DRAFT");
        assertThat(api().put(path, sections("")).code()).isEqualTo("version.required");
        var saved = api().header("If-Match", "\"0\"").put(path, sections("  "));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.etag()).isEqualTo("\"1\"");
        assertThat(saved.json().path("gaps").asString()).isEmpty();
        assertThat(saved.json().path("createdBy").asString()).isNotBlank();

        // completion refused: a blank section and the engagement still open; nothing changes
        var refused = api().header("If-Match", "\"1\"").post(path + "/complete", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldCode("gaps")).isEqualTo("guidance.audit.section.required");
        assertThat(refused.body()).contains("guidance.audit.engagement-open");
        assertThat(api().get(path).json().path("status").asString()).isEqualTo("DRAFT");

        var closed = api().header("If-Match", "\"" + bdcVersion + "\"")
                .post("/api/v1/engagements/" + bdc + "/close", Map.of());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("compliance").asString()).isEqualTo("WITHIN");
        var stillBlank = api().header("If-Match", "\"1\"").post(path + "/complete", Map.of());
        assertThat(stillBlank.fieldCode("gaps")).isEqualTo("guidance.audit.section.required");
        assertThat(stillBlank.body()).doesNotContain("guidance.audit.engagement-open");

        // a stale version answers 409 with the current document
        var stale = api().header("If-Match", "\"0\"").put(path, sections("Inglese"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("version.stale");
        assertThat(stale.json().path("current").path("version").asLong()).isEqualTo(1);

        var full = api().header("If-Match", "\"1\"")
                .put(path, sections("Inglese per l’accoglienza dei turisti stranieri; patentino per i fitofarmaci."));
        assertThat(full.etag()).isEqualTo("\"2\"");
        var completed = api().header("If-Match", "\"2\"").post(path + "/complete", Map.of());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().path("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.json().path("completedBy").asString()).isNotBlank();
        assertThat(completed.etag()).isEqualTo("\"3\"");

        // final: the API refuses an edit and a second completion, the database refuses an update
        var edit = api().header("If-Match", "\"3\"").put(path, sections("Altro"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.code()).isEqualTo("guidance.audit.completed");
        assertThat(edit.json().path("errors").get(0).path("message").asString()).contains("già completato");
        assertThat(api().header("If-Match", "\"3\"")
                        .post(path + "/complete", Map.of())
                        .status())
                .isEqualTo(409);
        String engagementId = bdc;
        assertThatThrownBy(() -> jdbc.update(
                        "update skills_audit_document set gaps = 'x' where engagement_id = ?::uuid", engagementId))
                .hasMessageContaining("completed and cannot change");

        // the timeline shows the draft and the completion
        var timeline = api().get("/api/v1/persons/" + personId + "/timeline").body();
        assertThat(timeline).contains("skills-audit");

        // the PDF: tagged, in Italian, with the four sections and who completed it
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "/pdf"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("multicentro:Orienta.2026".getBytes(StandardCharsets.UTF_8)))
                .header("X-Orienta-Centre", "CPI-SI")
                .GET()
                .build();
        var pdf = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        // kept for a look by eye, beside the browser tests' screenshots
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/skills-audit-document.pdf"), pdf.body());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("it");
            // lines joined: where the renderer breaks a line depends on the text's length
            String text = new PDFTextStripper().getText(doc).replace("\n", "").replace("\r", "");
            assertThat(text)
                    .contains("Bilancio delle competenze spendibili sul mercato del lavoro")
                    .contains("Regione Toscana", "CPI Siena (SI)", "Via delle Sperandie 47")
                    .contains(lastName)
                    .contains("incontri dal 13/09/2022 al 14/09/2022, 9,0 ore in totale")
                    .contains("Percorso di studi e di lavoro", "Diploma di perito agrario (2005).")
                    .contains("Competenze spendibili sul mercato del lavoro", "guida del trattore")
                    .contains("Competenze da acquisire", "patentino per i fitofarmaci")
                    .contains("Indicazioni e proposte", "tirocinio in un agriturismo")
                    .contains("Documento completato il")
                    .doesNotContain("Bozza");
        }
    }
}
