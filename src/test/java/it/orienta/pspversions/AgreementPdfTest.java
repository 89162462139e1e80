package it.orienta.pspversions;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.agreement.AgreementMother;
import it.orienta.agreement.AgreementView;
import it.orienta.occupation.DesiredOccupationView;
import it.orienta.organisation.CentreView;
import it.orienta.person.PersonFixtures;
import it.orienta.web.PdfTemplates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PSP document: tagged, fonts embedded, a plain-Italian first page under the region's and the centre's heading,
 * the desired occupations, a plan table whose header never stays alone at a page's foot, dates never wrapped,
 * signature lines. The pages are written to {@code target/screenshots/340-*} and {@code 341-*} to look at.
 */
class AgreementPdfTest {

    static AgreementPdf pdf;

    @BeforeAll
    static void engine() {
        pdf = new AgreementPdf(PdfTemplates.engine());
    }

    static final CentreView FIRENZE = new CentreView(
            UUID.randomUUID(), "CPI-FI", "CPI Firenze", "FI", "Viale Guidoni 127, 50127 Firenze", true, 0);

    static DesiredOccupationView occupation(String code, String title) {
        return new DesiredOccupationView(
                UUID.randomUUID(),
                AgreementMother.PERSON,
                code,
                title,
                true,
                false,
                false,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                0);
    }

    static byte[] render(AgreementView agreement) {
        return pdf.render(
                agreement,
                PersonFixtures.rossi(AgreementMother.PERSON, 1),
                Map.of("A06-SEM", "Seminari e laboratori di gruppo"),
                FIRENZE,
                List.of(
                        occupation("5.2.2.3.0", "Camerieri e professioni assimilate"),
                        occupation("5.2.2.1.0", "Cuochi in alberghi e ristoranti")));
    }

    @Test
    void theFirstPageSaysInPlainItalianWhoDoesWhatAndWhen() throws Exception {
        var bytes = render(AgreementMother.draft(1, AgreementMother.plan()));
        try (var doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            var first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            // lines joined: the renderer may break a long line after a slash
            assertThat(first.getText(doc).replace("\n", ""))
                    .contains("Bozza: questo patto non è ancora firmato.")
                    .contains("Mario Rossi, questo è il tuo patto di servizio")
                    .contains("Il tuo obiettivo", "Trovare lavoro come aiuto cuoco")
                    .contains("Cosa fa per te il centro per l’impiego")
                    .contains("Seminario sulla ricerca attiva (Seminari e laboratori di gruppo) — entro il 01/12/2026")
                    .contains("Cosa fanno per te altri servizi", "Agenzia Lavoro Rapido: Colloquio in agenzia")
                    .contains("Cosa fai tu", "Invia tre candidature — ogni settimana")
                    .contains("Ci vediamo il 04/12/2026 alle 10:00.")
                    .contains("La persona che ti segue al centro per l’impiego è Giulia Bianchi.")
                    .doesNotContain("Ambiti di indagine", "Profilo professionale");
            var all = new PDFTextStripper().getText(doc).replace("\n", "");
            assertThat(all)
                    .contains("Il patto completo (versione 1)")
                    .contains("7. Definizione e chiarezza dell’obiettivo professionale", "2 — da rafforzare")
                    .contains("Classe di profilazione: Media difficoltà di inserimento")
                    .contains("c) Accompagnamento al lavoro: Colloqui")
                    .contains("Firma della persona");
        }
    }

    @Test
    void theDocumentIsTaggedForAccessibilityWithItsFontsEmbedded() throws Exception {
        var signature =
                new AgreementView.Signature(LocalDate.of(2026, 11, 20), null, "Giulia Bianchi", "PAPER", null, null);
        var bytes =
                render(AgreementMother.agreement(2, AgreementView.Status.SIGNED, AgreementMother.plan(), signature));
        try (var doc = Loader.loadPDF(bytes)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("it");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Patto di servizio personalizzato di Mario Rossi, versione 2");
            var page = doc.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Firmato dalla persona il 20/11/2026.")
                    .doesNotContain("Bozza");
        }
    }

    @Test
    void theFirstPageCarriesTheRegionsAndTheCentresHeadingAndTheDesiredOccupations() {
        var bytes = render(AgreementMother.draft(1, AgreementMother.plan()));
        PdfTemplates.screenshots(bytes, "340-psp-draft");
        assertThat(PdfTemplates.text(bytes, 1, 1))
                .contains("Regione Toscana", "ARTI – Agenzia regionale toscana per l’impiego")
                .contains("CPI Firenze (FI)", "Viale Guidoni 127, 50127 Firenze")
                .contains(
                        "Il lavoro che cerchi",
                        "Camerieri e professioni assimilate",
                        "Cuochi in alberghi e ristoranti");
        assertThat(PdfTemplates.text(bytes))
                .contains("Professioni desiderate", "5.2.2.3.0")
                .contains("Firma della persona (Mario Rossi)", "Firma dell’operatore (Giulia Bianchi)", "Luogo e data");
    }

    @Test
    void aLongPlanKeepsItsHeaderWithItsRowsOnEveryPageAndNeverWrapsADate() throws Exception {
        var items = new ArrayList<AgreementView.PlanItem>();
        for (int i = 1; i <= 40; i++) {
            items.add(AgreementMother.item(
                    AgreementView.PlanItem.Kind.PERSON,
                    "Impegno numero " + i + " da svolgere con cura, descritto con parole semplici e abbastanza lunghe",
                    LocalDate.of(2026, 12, 20),
                    null,
                    AgreementView.PlanItem.Status.PLANNED));
        }
        var signature =
                new AgreementView.Signature(LocalDate.of(2026, 11, 20), null, "Giulia Bianchi", "PAPER", null, null);
        var bytes = render(AgreementMother.agreement(3, AgreementView.Status.SIGNED, items, signature));
        int pages = PdfTemplates.screenshots(bytes, "341-psp-signed-long-plan");
        int pagesWithTheHeader = 0;
        try (var doc = Loader.loadPDF(bytes)) {
            for (int page = 1; page <= pages; page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                // every date is one unbroken word ("20 /12/2026" or "20/\n12/2026" would not be)
                var dates = java.util.regex.Pattern.compile("\\d{2}\\s*/\\s*\\d{2}\\s*/\\s*\\d{4}")
                        .matcher(text);
                while (dates.find()) {
                    assertThat(dates.group()).as("page %d", page).matches("\\d{2}/\\d{2}/\\d{4}");
                }
                int header = text.lastIndexOf("Cosa si fa");
                if (header >= 0) {
                    pagesWithTheHeader++;
                    assertThat(text.substring(header))
                            .as("page %d: the plan's header is followed by a row", page)
                            .contains("Impegno numero");
                }
            }
        }
        assertThat(pagesWithTheHeader)
                .as("the header repeats on each page of the plan")
                .isGreaterThanOrEqualTo(2);
        assertThat(PdfTemplates.text(bytes))
                .contains("entro il 20/12/2026")
                .contains("Firmato dalla persona il 20/11/2026.")
                .contains("Firma della persona (Mario Rossi)");
    }
}
