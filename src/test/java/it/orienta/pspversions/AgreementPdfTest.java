package it.orienta.pspversions;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.agreement.AgreementMother;
import it.orienta.agreement.AgreementView;
import it.orienta.person.PersonFixtures;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The PSP document: tagged, fonts embedded, a plain-Italian first page, fast. */
class AgreementPdfTest {

    static AgreementPdf pdf;

    @BeforeAll
    static void engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        pdf = new AgreementPdf(engine);
    }

    static byte[] render(AgreementView agreement) {
        return pdf.render(
                agreement,
                PersonFixtures.rossi(AgreementMother.PERSON, 1),
                Map.of("A06-SEM", "Seminari e laboratori di gruppo"));
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
}
