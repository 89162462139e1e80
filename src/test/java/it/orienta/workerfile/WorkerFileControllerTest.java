package it.orienta.workerfile;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.intake.ConsentState;
import it.orienta.intake.ConsentView;
import it.orienta.intake.IntakeService;
import it.orienta.intake.IntakeView;
import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.web.WebSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(WorkerFileController.class)
@org.springframework.context.annotation.Import(WorkerFilePages.class)
class WorkerFileControllerTest {

    static final UUID ID = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");

    static final TimelineEntry EXPORTED = new TimelineEntry(
            UUID.randomUUID(),
            Instant.parse("2026-11-21T10:15:00Z"),
            "file",
            "timeline.file.exported",
            List.of(),
            "Giulia Bianchi",
            "CPI-FI");

    static final TimelineEntry TAKEN_IN_CHARGE = new TimelineEntry(
            UUID.randomUUID(),
            Instant.parse("2026-11-20T09:30:00Z"),
            "intake",
            "timeline.intake.taken-in-charge",
            List.of("CPI-FI", "3"),
            "Giulia Bianchi",
            "CPI-FI");

    static final IntakeView INTAKE = new IntakeView(
            UUID.randomUUID(),
            ID,
            "CPI-FI",
            "Giulia Bianchi",
            LocalDate.of(2026, 11, 20),
            3,
            Instant.parse("2026-11-20T09:30:00Z"),
            null,
            null,
            true,
            null,
            0);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    WorkerFileService files;

    @MockitoBean
    IntakeService intakes;

    @MockitoBean
    PersonService persons;

    @MockitoBean
    ReferenceService reference;

    @MockitoBean
    it.orienta.guidance.GuidanceService guidance;

    @MockitoBean
    it.orienta.pathway.PathwayService pathways;

    @MockitoBean
    it.orienta.charter.CharterService charter;

    @MockitoBean
    it.orienta.agreement.AgreementService agreements;

    @MockitoBean
    it.orienta.cv.CvFiles cvFiles;

    @org.junit.jupiter.api.BeforeEach
    void noGuidanceYet() {
        given(pathways.pathway(any()))
                .willAnswer(call -> new it.orienta.pathway.PathwayView(call.getArgument(0), List.of()));
    }

    void rossiInCharge(ConsentState consent) {
        given(files.open(ID))
                .willReturn(new WorkerFileService.Header(PersonFixtures.rossi(ID, 2), Optional.of(INTAKE), consent));
        given(intakes.consentHistory(ID))
                .willReturn(List.of(new ConsentView(
                        UUID.randomUUID(),
                        consent,
                        Instant.parse("2026-11-20T09:30:00Z"),
                        "Giulia Bianchi",
                        "CPI-FI",
                        INTAKE.id())));
        given(files.timelineOfKnownPerson(ID, List.of(), 0, WorkerFilePages.TIMELINE_PAGE))
                .willReturn(new WorkerFileService.TimelinePage(
                        List.of(EXPORTED, TAKEN_IN_CHARGE), 0, false, List.of("file", "intake")));
        given(reference.labels(org.mockito.ArgumentMatchers.<Map<CodeSystem, List<String>>>any()))
                .willAnswer(call -> {
                    Map<CodeSystem, List<String>> asked = call.getArgument(0);
                    assertThat(asked.get(CodeSystem.MUNICIPALITY)).containsExactly("048017", "048017", null);
                    return Map.of(
                            CodeSystem.MUNICIPALITY, Map.of("048017", "Firenze (FI)"),
                            CodeSystem.COUNTRY, Map.of(),
                            CodeSystem.EDUCATION_TITLE, Map.of(),
                            CodeSystem.PROFESSION, Map.of());
                });
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        assertThat(mvc.get().uri("/persons/{id}", ID)).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/persons/{id}/timeline", ID).header("HX-Request", "true"))
                .hasStatus(302)
                .hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/persons/{id}/export", ID)).hasStatus(302).hasRedirectedUrl("/login");
        then(files).shouldHaveNoInteractions();
    }

    @Test
    void showsTheAgreementInForceAndADraftWithThePathwayAsGuidanceStatesIt() {
        rossiInCharge(ConsentState.GIVEN);
        var pathway = new it.orienta.pathway.PathwayView(
                ID,
                List.of(new it.orienta.pathway.PathwayView.StageView(
                        it.orienta.charter.Stage.AGREEMENT, it.orienta.pathway.PathwayView.StageState.DONE, 0, null)));
        given(pathways.pathway(ID)).willReturn(pathway);
        // the page shows guidance's pathway as it is, the one "Incontri e appuntamenti" shows: nothing overlaid
        given(agreements.stageState(ID)).willReturn(Optional.of(it.orienta.pathway.PathwayView.StageState.IN_PROGRESS));
        var signed = UUID.randomUUID();
        given(agreements.versions(ID))
                .willReturn(List.of(
                        new it.orienta.agreement.AgreementSummary(
                                UUID.randomUUID(),
                                ID,
                                2,
                                it.orienta.agreement.AgreementView.Status.DRAFT,
                                "Giulia Bianchi",
                                Instant.now(),
                                Instant.now(),
                                null,
                                3),
                        new it.orienta.agreement.AgreementSummary(
                                signed,
                                ID,
                                1,
                                it.orienta.agreement.AgreementView.Status.SIGNED,
                                "Giulia Bianchi",
                                Instant.now(),
                                Instant.now(),
                                LocalDate.of(2026, 11, 20),
                                1)));

        var result = mvc.get().uri("/persons/{id}", ID).with(operator()).exchange();

        assertThat(result)
                .bodyText()
                .contains("Patto in vigore: versione 1, firmata il 20/11/2026.")
                .contains("href=\"/agreements/" + signed + "\"")
                .contains("Stai scrivendo la versione 2 del patto")
                .contains("href=\"/persons/" + ID + "/agreement\"");
        assertThat(result).model().containsEntry("pathway", pathway);
    }

    @Test
    void aPersonWithOnlyTheRequiredDataShowsDashesWhereDataIsMissing() {
        var p = PersonFixtures.rossi(ID, 1);
        var bare = new it.orienta.person.PersonView(
                ID,
                p.taxCode(),
                false,
                p.firstName(),
                p.lastName(),
                p.sex(),
                p.birthDate(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                p.createdAt(),
                "CPI-FI",
                1);
        given(files.open(ID)).willReturn(new WorkerFileService.Header(bare, Optional.of(INTAKE), ConsentState.NONE));
        given(files.timelineOfKnownPerson(ID, List.of(), 0, WorkerFilePages.TIMELINE_PAGE))
                .willReturn(new WorkerFileService.TimelinePage(List.of(), 0, false, List.of()));
        // no code to look up: the reference answers immutable empty maps, which refuse a missing key
        given(reference.labels(org.mockito.ArgumentMatchers.<Map<CodeSystem, List<String>>>any()))
                .willReturn(Map.of(
                        CodeSystem.MUNICIPALITY, Map.of(),
                        CodeSystem.COUNTRY, Map.of(),
                        CodeSystem.EDUCATION_TITLE, Map.of(),
                        CodeSystem.PROFESSION, Map.of()));

        var result = mvc.get().uri("/persons/{id}", ID).with(operator()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Fascicolo di Mario Rossi")
                .containsPattern("Cittadinanza</dt><dd>—</dd>")
                .contains("Modifica i dati");
    }

    @Test
    void showsTheFileWithItsFirstTimelinePage() {
        rossiInCharge(ConsentState.REFUSED);
        given(persons.maySeeSpecialCategoryData()).willReturn(true);

        var result = mvc.get().uri("/persons/{id}", ID).with(operator()).exchange();

        assertThat(result).hasStatusOk().hasViewName("workerfile/file");
        assertThat(result).model().containsEntry("maySeeSpecial", true).containsEntry("kind", "");
        assertThat(result)
                .bodyText()
                .contains("Fascicolo di Mario Rossi", PersonFixtures.TAX_CODE, "Firenze (FI)")
                .contains("In carico al CPI-FI dal 20/11/2026, operatore Giulia Bianchi")
                .contains("Fascicolo esportato", "Presa in carico al centro CPI-FI (informativa versione 3)")
                .contains("hx-get=\"/persons/" + ID + "/special\"");
        then(files).should().open(ID);
        then(files).should().timelineOfKnownPerson(ID, List.of(), 0, 20);
        then(intakes).should().consentHistory(ID);
    }

    @Test
    void theConsentButtonsArePostFormsWithACsrfToken() {
        rossiInCharge(ConsentState.REFUSED);

        assertThat(mvc.get().uri("/persons/{id}", ID).with(operator()))
                .hasStatusOk()
                .bodyText()
                .containsPattern("(?s)<form action=\"/persons/" + ID
                        + "/consent\" method=\"post\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"")
                .contains("name=\"state\" value=\"GIVEN\"")
                .doesNotContain("name=\"state\" value=\"WITHDRAWN\"");
    }

    @Test
    void aGivenConsentCanOnlyBeWithdrawn() {
        rossiInCharge(ConsentState.GIVEN);

        assertThat(mvc.get().uri("/persons/{id}", ID).with(operator()))
                .bodyText()
                .contains("name=\"state\" value=\"WITHDRAWN\"")
                .doesNotContain("name=\"state\" value=\"GIVEN\"");
    }

    @Test
    void aRefusedConsentIsExplainedOnTheFile() {
        rossiInCharge(ConsentState.REFUSED);

        assertThat(mvc.get()
                        .uri("/persons/{id}", ID)
                        .flashAttr("consentErrors", List.of(Violation.of("consent.no-intake", "state")))
                        .with(operator()))
                .hasStatusOk()
                .bodyText()
                .contains("La persona non è in carico: prima prendila in carico.");
    }

    /**
     * PRODUCTION BUG: {@code workerfile/file.html} passes the arguments as one array to
     * {@code #messages.msgOrNull(key, param)}, so the page shows {@code [Ljava.lang.Object;@…} instead of them.
     */
    @Test
    void aRefusedEducationTitleIsExplainedWithItsArguments() {
        rossiInCharge(ConsentState.REFUSED);

        assertThat(mvc.get()
                        .uri("/persons/{id}", ID)
                        .flashAttr(
                                "educationErrors",
                                List.of(Violation.of("reference.unknown-code", "titleCode", "99999999")))
                        .with(operator()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"education-errors\"")
                .contains("Codice 99999999 sconosciuto: scegli un valore dall’elenco.");
    }

    @Test
    void aRefusedWorkExperienceIsExplained() {
        rossiInCharge(ConsentState.REFUSED);

        assertThat(mvc.get()
                        .uri("/persons/{id}", ID)
                        .flashAttr("workErrors", List.of(Violation.of("person.work.period-reversed", "toDate")))
                        .with(operator()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"work-errors\"")
                .contains("La fine del lavoro viene prima dell’inizio.");
    }

    @Test
    void aRefusedWorkExperienceKeepsWhatWasTypedAndLinksTheFieldFromTheSummary() {
        rossiInCharge(ConsentState.REFUSED);

        assertThat(mvc.get()
                        .uri("/persons/{id}", ID)
                        .flashAttr("workErrors", List.of(Violation.of("person.work.period-reversed", "toDate")))
                        .flashAttr(
                                "workInput",
                                java.util.Map.of(
                                        "employer", "Trattoria Da Nello",
                                        "professionCode", "Camerieri · 5.2.2.3.1",
                                        "fromDate", "2019-05-01",
                                        "toDate", "2018-05-01"))
                        .with(operator()))
                .hasStatusOk()
                .bodyText()
                .contains("Correggi 1 campo")
                .contains("href=\"#toDate\">Al: La fine del lavoro viene prima dell’inizio.</a>")
                .containsPattern("<details open[^>]*>\\s*<summary>Aggiungi esperienza di lavoro")
                .containsPattern("id=\"employer\"[^>]*value=\"Trattoria Da Nello\"")
                .containsPattern("id=\"professionCode\"[^>]*value=\"Camerieri · 5.2.2.3.1\"")
                .containsPattern("id=\"fromDate\"[^>]*value=\"2019-05-01\"")
                .containsPattern("id=\"toDate\"[^>]*value=\"2018-05-01\"[^>]*aria-invalid=\"true\"")
                .contains("id=\"toDate-error\" class=\"invalid-feedback d-block\">La fine del lavoro viene prima");
    }

    @Test
    void whoMayNotSeeSpecialDataGetsNoButtonForIt() {
        rossiInCharge(ConsentState.REFUSED);
        given(persons.maySeeSpecialCategoryData()).willReturn(false);

        assertThat(mvc.get().uri("/persons/{id}", ID).with(admin()))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("/persons/" + ID + "/special");
    }

    @Test
    void anUnknownPersonShowsTheNotFoundPage() {
        given(files.open(ID)).willThrow(new NotFoundException("Person", ID));

        var result = mvc.get().uri("/persons/{id}", ID).with(operator()).exchange();

        assertThat(result).hasStatus(404).hasViewName("error");
        assertThat(result).bodyText().contains("La pagina o la scheda che cerchi non esiste.");
    }

    @Test
    void htmxGetsTheTimelineFragmentOfTheAskedPage() {
        given(files.timeline(ID, List.of("intake"), 1, 20))
                .willReturn(new WorkerFileService.TimelinePage(
                        List.of(TAKEN_IN_CHARGE), 1, true, List.of("file", "intake")));

        var result = mvc.get()
                .uri("/persons/{id}/timeline?kind=intake&page=1", ID)
                .header("HX-Request", "true")
                .with(operator())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("workerfile/file :: timeline");
        assertThat(result)
                .bodyText()
                .startsWith("<div id=\"timeline-body\">")
                .contains("Presa in carico al centro CPI-FI (informativa versione 3)")
                .contains("<option value=\"intake\" selected=\"selected\">Presa in carico</option>")
                .contains("hx-get=\"/persons/" + ID + "/timeline?kind=intake&amp;page=0\"")
                .contains("hx-get=\"/persons/" + ID + "/timeline?kind=intake&amp;page=2\"")
                .doesNotContain("<html", "Fascicolo di");
        then(files).should().timeline(ID, List.of("intake"), 1, 20);
    }

    @Test
    void htmxWithoutAFilterAsksForEveryKind() {
        given(files.timeline(ID, List.of(), 0, 20))
                .willReturn(new WorkerFileService.TimelinePage(List.of(), 0, false, List.of()));

        assertThat(mvc.get()
                        .uri("/persons/{id}/timeline", ID)
                        .header("HX-Request", "true")
                        .with(operator()))
                .hasStatusOk()
                .bodyText()
                .contains("Nessun evento.");
        then(files).should().timeline(ID, List.of(), 0, 20);
    }

    @Test
    void withoutHtmxTheTimelineLinkGoesBackToTheFile() {
        given(files.timeline(any(), anyList(), anyInt(), anyInt()))
                .willReturn(new WorkerFileService.TimelinePage(List.of(), 0, false, List.of()));

        var result = mvc.get()
                .uri("/persons/{id}/timeline?kind=intake&page=1", ID)
                .with(operator())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID + "#timeline");
    }

    @Test
    void exportsTheFileAsAnAttachment() {
        given(files.export(ID))
                .willReturn(new WorkerFileService.Export(
                        Instant.parse("2026-11-21T10:15:00Z"),
                        PersonFixtures.rossi(ID, 2),
                        null,
                        List.of(INTAKE),
                        List.of(),
                        List.of(EXPORTED)));

        var result = mvc.get().uri("/persons/{id}/export", ID).with(operator()).exchange();

        assertThat(result)
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .hasHeader("Content-Disposition", "attachment; filename=\"fascicolo-" + ID + ".json\"");
        assertThat(result).bodyJson().extractingPath("$.person.taxCode").isEqualTo(PersonFixtures.TAX_CODE);
        assertThat(result).bodyJson().extractingPath("$.timeline[0].summaryKey").isEqualTo("timeline.file.exported");
        then(files).should().export(ID);
    }

    @Test
    void exportingAnUnknownPersonIsNotFound() {
        given(files.export(ID)).willThrow(new NotFoundException("Person", ID));

        var result = mvc.get().uri("/persons/{id}/export", ID).with(operator()).exchange();

        assertThat(result).hasStatus(404).hasViewName("error");
        assertThat(result).bodyText().contains("La pagina o la scheda che cerchi non esiste.");
    }

    @Test
    void theCvSectionShowsTheObsoleteLabelInWordsAndTheTransferState() {
        rossiInCharge(ConsentState.GIVEN);
        given(cvFiles.current(ID))
                .willReturn(Optional.of(new it.orienta.cv.CvFileView(
                        UUID.randomUUID(),
                        ID,
                        "UPLOADED",
                        "cv.pdf",
                        1000,
                        "ab",
                        Instant.parse("2026-02-15T10:00:00Z"),
                        "Giulia Bianchi",
                        LocalDate.of(2026, 8, 16),
                        true,
                        "FAILED",
                        "Codice fiscale sconosciuto",
                        Instant.parse("2026-03-01T10:00:00Z"))));

        var result = mvc.get().uri("/persons/{id}", ID).with(operator()).exchange();

        assertThat(result)
                .bodyText()
                .contains("CV salvato il 15/02/2026, valido fino al 15/08/2026 compreso")
                .contains("CV obsoleto (con data aggiornamento oltre i 6 mesi)")
                .contains("Non riuscito", "Codice fiscale sconosciuto")
                .contains("href=\"/persons/" + ID + "/cv\"");
    }

    @Test
    void withoutACvTheSectionSaysSo() {
        rossiInCharge(ConsentState.GIVEN);
        var result = mvc.get().uri("/persons/{id}", ID).with(operator()).exchange();
        assertThat(result).bodyText().contains("Nessun CV salvato.");
    }
}
