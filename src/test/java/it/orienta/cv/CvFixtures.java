package it.orienta.cv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Shared data of the CV module's slice tests, and the configuration the slice adds (the upload filter). */
final class CvFixtures {

    static final UUID PERSON = UUID.fromString("4d2f3c1e-8a51-4b8e-9c4a-0f6a7b1d2e31");
    static final UUID CV = UUID.fromString("7b1c2d3e-4f50-4a61-8b72-9c83d4e5f601");

    private CvFixtures() {}

    /** The module's web configuration (the upload size filter) with its properties at their defaults. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import(CvUploadLimitFilter.Registration.class)
    @EnableConfigurationProperties(CvProperties.class)
    static class Web {}

    static CvView cv(boolean obsolete, String transferState) {
        return new CvView(
                CV,
                PERSON,
                "UPLOADED",
                null,
                "cv-rossi.pdf",
                120 * 1024,
                "ab12",
                Instant.parse("2026-05-15T08:00:00Z"),
                "Giulia Bianchi",
                "CPI-FI",
                LocalDate.of(2026, 11, 15),
                LocalDate.of(2026, 11, 16),
                obsolete,
                obsolete ? "CV obsoleto (con data aggiornamento oltre i 6 mesi)" : null,
                true,
                null,
                null,
                null,
                null,
                true,
                transferState,
                null,
                transferState == null ? null : Instant.parse("2026-05-16T08:00:00Z"),
                3);
    }

    static CvView replaced() {
        return new CvView(
                UUID.randomUUID(),
                PERSON,
                "GENERATED",
                "it",
                "cv-vecchio.pdf",
                50_000,
                "cd34",
                Instant.parse("2026-01-10T08:00:00Z"),
                "Marco Neri",
                "CPI-FI",
                LocalDate.of(2026, 7, 10),
                LocalDate.of(2026, 7, 11),
                true,
                null,
                false,
                Instant.parse("2026-05-15T08:00:00Z"),
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                2);
    }

    static CvDocument document(String language) {
        return new CvDocument(
                language,
                Map.ofEntries(
                        Map.entry("birth", "Data e luogo di nascita"),
                        Map.entry("citizenship", "Cittadinanza"),
                        Map.entry("address", "Indirizzo"),
                        Map.entry("email", "E-mail"),
                        Map.entry("phone", "Telefono"),
                        Map.entry("occupations", "Professioni desiderate"),
                        Map.entry("work", "Esperienza lavorativa"),
                        Map.entry("education", "Istruzione e formazione"),
                        Map.entry("languages", "Lingue"),
                        Map.entry("licences", "Patenti e abilitazioni"),
                        Map.entry("none", "—")),
                "Mario Rossi",
                "14/03/1985, Firenze (FI)",
                "Italia",
                "Via Roma 1, Firenze (FI)",
                "mario.rossi@example.it",
                "+39 333 1234567",
                List.of(new CvDocument.Occupation(
                        "Camerieri di ristorante",
                        "5.2.2.3.0",
                        List.of("Servizio ai tavoli", "Anni di esperienza: 4"),
                        "")),
                List.of(new CvDocument.Work("01/01/2020 – oggi", "Cameriere", "Trattoria Da Mario", "", "")),
                List.of(new CvDocument.Education("Diploma alberghiero", "2004", "IPSSAR Buontalenti")),
                List.of("inglese — B1 (autonomo)"),
                List.of("Patente B"),
                "26/11/2026");
    }
}
