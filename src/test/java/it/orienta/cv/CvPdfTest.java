package it.orienta.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import it.orienta.occupation.DesiredOccupationView;
import it.orienta.occupation.OccupationDirectory;
import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.person.PersonView;
import it.orienta.person.Sex;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.web.PdfTemplates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The generated CV as a PDF, from the person's record through {@link CvDocuments} and {@link CvPdf}: no empty page,
 * the person's own job title as the entry's title (the ISTAT unit's name in the singular when none), the employer and
 * the ISTAT unit, singular and without its code, on secondary lines, languages by name and level, the tasks,
 * the data-processing authorisation. The pages are written to {@code target/screenshots/342-*} and {@code 343-*}.
 */
class CvPdfTest {

    static final UUID PERSON = UUID.fromString("4d2f3c1e-8a51-4b8e-9c4a-0f6a7b1d2e31");

    final ReferenceService reference = mock(ReferenceService.class);
    final OccupationDirectory occupations = mock(OccupationDirectory.class);
    final CvDocuments documents = new CvDocuments(reference, occupations, PdfTemplates.messages());
    final CvPdf pdf = new CvPdf(PdfTemplates.engine());

    PersonView anna() {
        when(reference.labels(eq(CodeSystem.MUNICIPALITY), any())).thenReturn(Map.of("048017", "Firenze (FI)"));
        when(reference.labels(eq(CodeSystem.COUNTRY), any())).thenReturn(Map.of("100", "Italia"));
        when(reference.labels(eq(CodeSystem.PROFESSION), any()))
                .thenReturn(Map.of("4.1.1.2.0", "Addetti alla contabilità"));
        when(reference.labels(eq(CodeSystem.EDUCATION_TITLE), any()))
                .thenReturn(Map.of("40000000", "Diploma di ragioneria"));
        when(occupations.current(PERSON))
                .thenReturn(List.of(new DesiredOccupationView(
                        UUID.randomUUID(),
                        PERSON,
                        "4.1.1.2.0",
                        "Addetti alla contabilità",
                        true,
                        false,
                        false,
                        null,
                        null,
                        "Prima nota Riconciliazioni bancarie",
                        6,
                        2025,
                        false,
                        null,
                        null,
                        null,
                        Instant.parse("2026-11-02T09:00:00Z"),
                        0,
                        "Impiegata contabile")));
        return new PersonView(
                PERSON,
                "BNCNNA90A41D612X",
                false,
                "Anna",
                "Bianchi",
                Sex.F,
                LocalDate.of(1990, 1, 1),
                "048017",
                null,
                "100",
                "048017",
                "Via dei Servi 3",
                null,
                null,
                "anna.bianchi@example.it",
                "+39 333 7654321",
                null,
                List.of(DrivingLicence.B),
                List.of(
                        new PersonView.LanguageView("it", CefrLevel.NATIVE),
                        new PersonView.LanguageView("en", CefrLevel.B2)),
                List.of(new PersonView.EducationTitleView(
                        UUID.randomUUID(), "40000000", 2009, "ITC Duca d’Aosta", "100", null)),
                List.of(
                        new PersonView.WorkExperienceView(
                                UUID.randomUUID(),
                                "Studio Conti & Associati",
                                "4.1.1.2.0",
                                LocalDate.of(2019, 3, 1),
                                LocalDate.of(2025, 6, 30),
                                null,
                                "Registrazione delle fatture, prima nota, liquidazioni IVA mensili.",
                                "Contabile"),
                        new PersonView.WorkExperienceView(
                                UUID.randomUUID(),
                                "Ferramenta Rossi Srl",
                                "4.1.1.2.0",
                                LocalDate.of(2012, 9, 1),
                                LocalDate.of(2019, 2, 28),
                                null,
                                null)),
                Instant.parse("2026-11-02T09:00:00Z"),
                "CPI-FI",
                0);
    }

    @Test
    void theItalianCvNamesTheOwnTitleTheEmployerTheUnitTheTasksAndTheLanguagesAndEndsWithTheAuthorisation() {
        var bytes = pdf.render(documents.document(anna(), "it", LocalDate.of(2026, 12, 7)));
        int pages = PdfTemplates.screenshots(bytes, "342-cv-it");
        String text = PdfTemplates.text(bytes);
        assertThat(text)
                .contains(
                        "Contabile Studio Conti & Associati Professione (classificazione ISTAT): Addetto alla contabilità")
                .contains("Impiegata contabile Professione (classificazione ISTAT): Addetto alla contabilità")
                // the job without an own title is named by the unit alone, once
                .contains("Addetto alla contabilità Ferramenta Rossi Srl")
                .doesNotContain("Addetti alla contabilità")
                .contains("Mansioni: Registrazione delle fatture, prima nota, liquidazioni IVA mensili.")
                .contains("Italiano — madrelingua", "Inglese — B2 (autonomo)")
                .contains("Autorizzo il trattamento dei miei dati personali")
                .contains("D.lgs. 30 giugno 2003, n. 196", "Regolamento (UE) 2016/679")
                .contains("Luogo e data", "Firma (Anna Bianchi)")
                .doesNotContain("4.1.1.2.0", "en — B2");
        assertThat(pages).isEqualTo(1);
        // every page has something on it besides its number
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfTemplates.text(bytes, page, page)
                            .replaceAll("\\d+ / \\d+", "")
                            .strip())
                    .as("page %d of %d", page, pages)
                    .isNotEmpty();
        }
    }

    @Test
    void theEnglishCvSaysTheSameInEnglishOnOnePage() {
        var bytes = pdf.render(documents.document(anna(), "en", LocalDate.of(2026, 12, 7)));
        int pages = PdfTemplates.screenshots(bytes, "343-cv-en");
        assertThat(pages).isEqualTo(1);
        assertThat(PdfTemplates.text(bytes))
                .contains("Occupation (ISTAT classification): Addetto alla contabilità", "Tasks: Registrazione")
                .contains("Italian — mother tongue", "English — B2")
                .contains("I authorise the processing of the personal data");
    }

    @Test
    void aLanguageIsNamedInTheCvsLanguageWhateverWasTyped() {
        assertThat(CvDocuments.languageName("en", Locale.ITALIAN)).isEqualTo("Inglese");
        assertThat(CvDocuments.languageName("fr", Locale.ENGLISH)).isEqualTo("French");
        assertThat(CvDocuments.languageName("rumeno", Locale.ITALIAN)).isEqualTo("Rumeno");
    }

    @Test
    void anIstatUnitsNameIsPutInTheSingularUpToItsFirstPreposition() {
        assertThat(CvDocuments.singular("Addetti alla contabilità")).isEqualTo("Addetto alla contabilità");
        assertThat(CvDocuments.singular("Cuochi in alberghi e ristoranti")).isEqualTo("Cuoco in alberghi e ristoranti");
        assertThat(CvDocuments.singular("Camerieri di ristorante")).isEqualTo("Cameriere di ristorante");
        assertThat(CvDocuments.singular("Commessi delle vendite al minuto"))
                .isEqualTo("Commesso delle vendite al minuto");
        assertThat(CvDocuments.singular("Conduttori di mezzi pesanti e camion"))
                .isEqualTo("Conduttore di mezzi pesanti e camion");
        assertThat(CvDocuments.singular("Operai addetti all'assemblaggio"))
                .isEqualTo("Operaio addetto all'assemblaggio");
        assertThat(CvDocuments.singular("Tecnici esperti in applicazioni"))
                .isEqualTo("Tecnico esperto in applicazioni");
        assertThat(CvDocuments.singular("Baristi e professioni assimilate"))
                .isEqualTo("Barista e professioni assimilate");
        assertThat(CvDocuments.singular("Insegnanti di scuola primaria")).isEqualTo("Insegnante di scuola primaria");
        assertThat(CvDocuments.singular("Impiegati addetti alla segreteria e agli affari generali"))
                .isEqualTo("Impiegato addetto alla segreteria e agli affari generali");
        assertThat(CvDocuments.singular("Psicologi clinici")).isEqualTo("Psicologo clinico");
        assertThat(CvDocuments.singular("Contabili")).isEqualTo("Contabile");
        assertThat(CvDocuments.singular("Segretari amministrativi")).isEqualTo("Segretario amministrativo");
        assertThat(CvDocuments.singular("Guide turistiche")).isEqualTo("Guida turistica");
        assertThat(CvDocuments.singular("Guardie giurate")).isEqualTo("Guardia giurata");
        assertThat(CvDocuments.singular("Personale non qualificato addetto ai servizi"))
                .isEqualTo("Personale non qualificato addetto ai servizi");
        assertThat(CvDocuments.singular("Geometri")).isEqualTo("Geometra");
        assertThat(CvDocuments.singular("")).isEmpty();
    }
}
