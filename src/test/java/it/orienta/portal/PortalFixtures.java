package it.orienta.portal;

import it.orienta.Api;
import it.orienta.Persons;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Persons with an intake and a matching consent (through the API) and CV rows in plain SQL (the cv module's table,
 * V21; the cv module is built beside this one), with a real one-page PDF as their content.
 */
public final class PortalFixtures {

    private PortalFixtures() {}

    /** A small, real PDF. */
    public static byte[] pdf(String text) {
        try (var doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers a person through the API; answers id and codice fiscale. */
    public static Map<String, String> person(Api api, String lastName) {
        var body = Persons.florentine(lastName);
        var created = api.post("/api/v1/persons", body);
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        return Map.of("id", created.json().path("id").asString(), "taxCode", (String) body.get("taxCode"));
    }

    /** Takes the person in charge with the matching consent given (or refused). */
    public static void intake(Api api, String personId, String consent) {
        var body = new HashMap<String, Object>();
        body.put("intakeDate", LocalDate.now(Api.ROME).toString());
        body.put(
                "privacyNoticeId",
                api.get("/api/v1/privacy-notices/current").json().path("id").asString());
        body.put("privacyAcknowledged", true);
        body.put("matchingConsent", consent);
        var taken = api.post("/api/v1/persons/" + personId + "/intakes", body);
        if (taken.status() != 201) {
            throw new IllegalStateException(taken.body());
        }
    }

    /** A current CV saved {@code savedAt}, obsolete from {@code obsoleteFrom}. */
    public static UUID cv(JdbcTemplate jdbc, String personId, Instant savedAt, LocalDate obsoleteFrom) {
        UUID id = UUID.randomUUID();
        byte[] pdf = pdf("CV " + personId);
        jdbc.update("update cv set is_current = false where person_id = ? and is_current", UUID.fromString(personId));
        jdbc.update(
                """
                insert into cv (id, person_id, origin, file_name, size_bytes, sha256, content, saved_at, saved_by,
                                centre_code, obsolete_from, is_current)
                values (?, ?, 'UPLOADED', 'cv.pdf', ?, ?, ?, ?, 'Giulia Bianchi', 'CPI-FI', ?, true)""",
                id,
                UUID.fromString(personId),
                pdf.length,
                sha256(pdf),
                pdf,
                Timestamp.from(savedAt),
                Date.valueOf(obsoleteFrom));
        return id;
    }

    /** A valid current CV saved now. */
    public static UUID cv(JdbcTemplate jdbc, String personId) {
        return cv(jdbc, personId, Instant.now(), LocalDate.now().plusMonths(6));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
