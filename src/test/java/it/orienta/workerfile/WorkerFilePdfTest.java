package it.orienta.workerfile;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.intake.IntakeView;
import it.orienta.organisation.CentreView;
import it.orienta.person.PersonFixtures;
import it.orienta.web.PdfTemplates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The worker file as a PDF: the heading, the person, the intakes and the period's timeline in a table whose header
 * repeats on each page, in Italian and English. The pages are written to {@code target/screenshots/344-*}, {@code
 * 345-*}.
 */
class WorkerFilePdfTest {

    static final UUID PERSON = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");
    static final CentreView FIRENZE = new CentreView(
            UUID.randomUUID(), "CPI-FI", "CPI Firenze", "FI", "Viale Guidoni 127, 50127 Firenze", true, 0);

    final WorkerFilePdf pdf = new WorkerFilePdf(PdfTemplates.engine());

    static TimelineEntry entry(Instant at, String key, String... args) {
        return new TimelineEntry(UUID.randomUUID(), at, "person", key, List.of(args), "Giulia Bianchi", "CPI-FI");
    }

    static WorkerFilePdf.Content content(List<TimelineEntry> timeline, LocalDate from, LocalDate to) {
        var intake = new IntakeView(
                UUID.randomUUID(),
                PERSON,
                "CPI-FI",
                "Giulia Bianchi",
                LocalDate.of(2026, 11, 2),
                3,
                Instant.parse("2026-11-02T09:10:00Z"),
                new BigDecimal("0.42"),
                LocalDate.of(2026, 11, 2),
                true,
                null,
                1,
                null,
                null);
        return new WorkerFilePdf.Content(
                PersonFixtures.rossi(PERSON, 3),
                FIRENZE,
                List.of(intake),
                timeline,
                from,
                to,
                Instant.parse("2026-12-07T10:00:00Z"),
                Map.of("048017", "Firenze (FI)", "100", "Italia"));
    }

    @Test
    void theFileForAPeriodShowsTheHeadingThePersonTheIntakeAndThePeriodsEvents() {
        var bytes = pdf.render(
                content(
                        List.of(
                                entry(
                                        Instant.parse("2026-11-02T09:00:00Z"),
                                        "timeline.person.registered",
                                        "Mario Rossi",
                                        PersonFixtures.TAX_CODE),
                                entry(
                                        Instant.parse("2026-11-03T15:30:00Z"),
                                        "timeline.person.work.create",
                                        "Trattoria Da Nello",
                                        "Camerieri")),
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 11, 30)),
                Locale.ITALIAN);
        PdfTemplates.screenshots(bytes, "344-worker-file-period");
        assertThat(PdfTemplates.text(bytes))
                .contains("Regione Toscana", "CPI Firenze (FI)", "Viale Guidoni 127")
                .contains("Fascicolo di Mario Rossi", "Periodo: dal 01/11/2026 al 30/11/2026.")
                .contains(PersonFixtures.TAX_CODE, "14/03/1985, Firenze (FI)", "Italia", "Via Roma 1 Firenze (FI)")
                .contains("Prese in carico", "02/11/2026", "Giulia Bianchi", "in corso")
                .contains("Persona registrata: Mario Rossi (" + PersonFixtures.TAX_CODE + ")")
                .contains("03/11/2026 16:30", "Esperienza di lavoro aggiunta: Trattoria Da Nello, Camerieri")
                .contains("Giulia Bianchi (CPI-FI)");
    }

    @Test
    void aLongTimelineRepeatsItsHeaderOnEachPageInEnglish() {
        var timeline = new ArrayList<TimelineEntry>();
        for (int i = 0; i < 80; i++) {
            timeline.add(entry(Instant.parse("2026-11-02T09:00:00Z").plusSeconds(3600L * i), "timeline.file.exported"));
        }
        var bytes = pdf.render(content(timeline, null, null), Locale.ENGLISH);
        int pages = PdfTemplates.screenshots(bytes, "345-worker-file-whole-en");
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(PdfTemplates.text(bytes, 1, 1)).contains("The whole file.", "File of Mario Rossi");
        for (int page = 2; page <= pages; page++) {
            String text = PdfTemplates.text(bytes, page, page);
            if (!text.contains("File exported")) {
                continue; // the closing paragraph alone
            }
            int header = text.indexOf("When What happened Who");
            assertThat(header).as("page %d repeats the header", page).isNotNegative();
            assertThat(text.substring(header)).as("page %d", page).contains("2026");
        }
    }
}
