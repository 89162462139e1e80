package it.orienta.cv;

import static it.orienta.cv.CvFixtures.CV;
import static it.orienta.cv.CvFixtures.PERSON;
import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeService;
import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(CvController.class)
@Import(CvFixtures.Web.class)
class CvControllerTest {

    static final String PAGE = "/persons/" + PERSON + "/cv";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    CvService cvs;

    @MockitoBean
    PersonService persons;

    @MockitoBean
    IntakeService intakes;

    @BeforeEach
    void fixtures() {
        given(persons.view(PERSON)).willReturn(PersonFixtures.rossi(PERSON, 0));
        given(cvs.maxBytes()).willReturn(5L * 1024 * 1024);
        given(cvs.checklist(PERSON)).willReturn(new CvChecklist(1, 2));
        given(cvs.current(PERSON)).willReturn(Optional.empty());
        given(cvs.history(PERSON)).willReturn(List.of());
        given(intakes.currentMatchingConsent(PERSON)).willReturn(ConsentState.GIVEN);
    }

    MockMultipartFile pdf() {
        return new MockMultipartFile("file", "cv.pdf", "application/pdf", CvFileRulesTest.validPdf());
    }

    @Test
    void everyPageNeedsALoginTheExpiringListAnOperatorOrCoordinatorAndItsFormsTheCsrfToken() {
        assertThat(mvc.get().uri(PAGE)).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/cv/expiring")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/cv/expiring").with(admin())).hasStatus(403);
        assertThat(mvc.post().multipart().uri(PAGE + "/upload").file(pdf()).with(operator()))
                .hasStatus(403);
        assertThat(mvc.post().uri(PAGE + "/generate").with(operator()).param("language", "it"))
                .hasStatus(403);
        assertThat(mvc.post().uri(PAGE + "/delete").with(operator()).param("version", "3"))
                .hasStatus(403);
        then(cvs).should(org.mockito.Mockito.never()).upload(any(), any(), any());
        then(cvs).should(org.mockito.Mockito.never()).saveGenerated(any(), any());
        then(cvs).should(org.mockito.Mockito.never()).delete(any(), anyLong());
    }

    @Test
    void whatThePolicyRefusesIsA403PageAndNothingIsSaved() {
        var refused = new CaseAccessDeniedException("access.role", PERSON, null);
        given(cvs.current(PERSON)).willThrow(refused);
        given(cvs.delete(PERSON, 3)).willThrow(refused);
        assertThat(mvc.get().uri(PAGE).with(admin())).hasStatus(403);
        assertThat(mvc.post().uri(PAGE + "/delete").with(admin()).with(csrf()).param("version", "3"))
                .hasStatus(403);
        then(persons).should(org.mockito.Mockito.never()).view(any());
    }

    @Test
    void theChecklistComesBeforeTheUploadControlAndBlocksItWhenSomethingIsMissing() throws Exception {
        given(cvs.checklist(PERSON)).willReturn(new CvChecklist(0, 1));
        var result = mvc.get().uri(PAGE).with(operator()).exchange();
        assertThat(result).hasStatusOk().hasViewName("cv/person");
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body.indexOf("id=\"checklist\"")).isLessThan(body.indexOf("id=\"file\""));
        assertThat(body)
                .contains("Titoli di studio: 0", "Manca", "Professioni desiderate: 1", "Presente")
                .contains("Non puoi ancora salvare un CV")
                .contains("<label for=\"file\" class=\"form-label\">File del CV (PDF)</label>")
                .contains("aria-describedby=\"checklist-why\"")
                .contains("La persona non ha ancora un CV salvato in Orienta.")
                .contains("la persona non ha un CV salvato");
        var order = org.mockito.Mockito.inOrder(cvs, persons);
        order.verify(cvs).current(PERSON); // the CV's read is the one the policy records
        order.verify(persons).view(PERSON);
    }

    @Test
    void anObsoleteCvSaysSoInWordsAndTheTransferIsDisabledWithItsReason() {
        given(cvs.current(PERSON)).willReturn(Optional.of(CvFixtures.cv(true, "ACCEPTED")));
        given(cvs.history(PERSON)).willReturn(List.of(CvFixtures.cv(true, "ACCEPTED"), CvFixtures.replaced()));
        var result = mvc.get().uri(PAGE).with(operator()).exchange();
        assertThat(result)
                .bodyText()
                .contains("CV obsoleto (con data aggiornamento oltre i 6 mesi)")
                .contains("Obsoleto dal 16/11/2026")
                .contains("Era valido fino al 15/11/2026")
                .contains("Accettato dal portale")
                .contains("Non puoi trasferire il CV: è obsoleto.")
                .contains("disabled aria-describedby=\"transfer-why\"")
                .doesNotContain("href=\"/persons/" + PERSON + "/cv/transfer\"")
                .contains("cv-vecchio.pdf", "Sostituito il 15/05/2026")
                .contains("href=\"/persons/" + PERSON + "/cv/delete\"");
    }

    @Test
    void theTransferLinkNeedsTheConsentAndAValidCv() {
        given(cvs.current(PERSON)).willReturn(Optional.of(CvFixtures.cv(false, null)));
        var enabled = mvc.get().uri(PAGE).with(coordinator()).exchange();
        assertThat(enabled)
                .bodyText()
                .contains("href=\"/persons/" + PERSON + "/cv/transfer\"")
                .contains("Valido fino al 15/11/2026 compreso")
                .contains("Non ancora trasferito al portale Toscana Lavoro")
                .doesNotContain("transfer-why");

        given(intakes.currentMatchingConsent(PERSON)).willReturn(ConsentState.WITHDRAWN);
        var blocked = mvc.get().uri(PAGE).with(operator()).exchange();
        assertThat(blocked)
                .bodyText()
                .doesNotContain("href=\"/persons/" + PERSON + "/cv/transfer\"")
                .contains("non ha dato il consenso all’uso dei dati per l’incontro tra domanda e offerta");
    }

    @Test
    void anUploadIsSavedAndTheOperatorSentBackToThePage() {
        var result = mvc.post()
                .multipart()
                .uri(PAGE + "/upload")
                .file(pdf())
                .with(operator())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl(PAGE).flash().containsEntry("flash", "cv.flash.uploaded");
        then(cvs).should().upload(eq(PERSON), eq("cv.pdf"), any());
    }

    @Test
    void aRefusedUploadShowsTheFileReasonAtTheFieldAndThePreconditionsAboveIt() {
        given(cvs.upload(eq(PERSON), any(), any()))
                .willThrow(RuleViolationException.of(List.of(
                        Violation.of("cv.occupation.missing", null), Violation.of("cv.file.encrypted", "file"))));
        var result = mvc.post()
                .multipart()
                .uri(PAGE + "/upload")
                .file(pdf())
                .with(operator())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("cv/person");
        assertThat(result)
                .bodyText()
                .contains("Il CV non è stato salvato:")
                .contains("serve almeno una professione desiderata")
                .contains("id=\"file-error\"", "Il PDF è protetto da password o cifrato")
                .contains("aria-describedby=\"file-hint file-error\"", "aria-invalid=\"true\"");
    }

    @Test
    void aFiftyMegabyteUploadGetsTheSameMessageAsAFileJustOverTheLimit() {
        var tooLarge = mvc.post()
                .uri(PAGE + "/upload")
                .with(operator())
                .contentType("multipart/form-data; boundary=x")
                .content(new byte[6 * 1024 * 1024])
                .exchange();
        assertThat(tooLarge).hasStatus(303);
        assertThat(tooLarge.getResponse().getHeader("Location")).isEqualTo(PAGE + "?refused=too-large#upload");
        then(cvs).should(org.mockito.Mockito.never()).upload(any(), any(), any());

        var page = mvc.get().uri(PAGE + "?refused=too-large").with(operator()).exchange();
        assertThat(page).bodyText().contains("Il file supera 5 MB").contains("id=\"file-error\"");
    }

    @Test
    void thePreviewIsShownInThePageInItsLanguageAndSavedInOneStep() {
        given(cvs.document(PERSON, "en")).willReturn(CvFixtures.document("en"));
        var preview = mvc.get().uri(PAGE + "?preview=en").with(operator()).exchange();
        assertThat(preview)
                .bodyText()
                .contains("Anteprima del CV in inglese")
                .contains("lang=\"en\"")
                .contains("Camerieri di ristorante", "Servizio ai tavoli", "Trattoria Da Mario")
                .contains("name=\"language\" value=\"en\"")
                .contains("href=\"/persons/" + PERSON + "/cv/preview.pdf?language=en\"");

        var saved = mvc.post()
                .uri(PAGE + "/generate")
                .with(operator())
                .with(csrf())
                .param("language", "en")
                .exchange();
        assertThat(saved).hasStatus(302).hasRedirectedUrl(PAGE).flash().containsEntry("flash", "cv.flash.generated");
        then(cvs).should().saveGenerated(PERSON, "en");
    }

    @Test
    void thePreviewPdfAndTheDownloadArePdfs() {
        given(cvs.preview(PERSON, "it")).willReturn(new byte[] {'%', 'P', 'D', 'F'});
        given(cvs.file(PERSON, CV)).willReturn(new CvService.StoredFile("cv-rossi.pdf", new byte[] {'%', 'P'}));
        assertThat(mvc.get().uri(PAGE + "/preview.pdf").with(operator()))
                .hasStatusOk()
                .hasContentType("application/pdf");
        var download = mvc.get().uri(PAGE + "/" + CV + "/file").with(operator()).exchange();
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment", "cv-rossi.pdf");
    }

    @Test
    void theDeletionIsConfirmedOnAPageThatSaysWhatHappensOnThePortal() {
        given(cvs.requireCurrent(PERSON)).willReturn(CvFixtures.cv(false, "ACCEPTED"));
        var confirm = mvc.get().uri(PAGE + "/delete").with(operator()).exchange();
        assertThat(confirm).hasStatusOk().hasViewName("cv/delete");
        assertThat(confirm)
                .bodyText()
                .contains("Il CV viene eliminato da Orienta")
                .contains("Viene tolto dal sistema di ricerca CV")
                .contains("Non viene eliminato dal portale Toscana Lavoro")
                .contains("nell’area personale del portale, sezione Curriculum")
                .contains("name=\"version\" value=\"3\"");

        var deleted = mvc.post()
                .uri(PAGE + "/delete")
                .with(operator())
                .with(csrf())
                .param("version", "3")
                .exchange();
        assertThat(deleted).hasStatus(302).hasRedirectedUrl(PAGE).flash().containsEntry("deletedNotice", true);
        then(cvs).should().delete(PERSON, 3L);

        var after = mvc.get()
                .uri(PAGE)
                .with(operator())
                .flashAttr("deletedNotice", true)
                .exchange();
        assertThat(after)
                .bodyText()
                .contains("CV eliminato da Orienta e dal sistema di ricerca CV")
                .contains("deve eliminarlo lei stessa dal proprio profilo, nell’area personale del portale");
    }

    @Test
    void aStaleDeletionAsksAgainAndAMissingCvIsA404WithItsMessage() {
        given(cvs.requireCurrent(PERSON)).willReturn(CvFixtures.cv(false, null));
        given(cvs.delete(PERSON, 2L)).willThrow(new StaleVersionException(3, CvFixtures.cv(false, null)));
        var stale = mvc.post()
                .uri(PAGE + "/delete")
                .with(operator())
                .with(csrf())
                .param("version", "2")
                .exchange();
        assertThat(stale).hasStatusOk().hasViewName("cv/delete");
        assertThat(stale).bodyText().contains("Il CV è cambiato mentre decidevi");

        given(cvs.requireCurrent(PERSON)).willThrow(new CvNotFoundException(PERSON));
        var missing = mvc.get().uri(PAGE + "/delete").with(operator()).exchange();
        assertThat(missing).hasStatus(404).hasViewName("cv/missing");
        assertThat(missing).bodyText().contains("Questa persona non ha un CV in Orienta");
    }

    @Test
    void theExpiringListShowsTheCentresCvsSoonestFirst() {
        given(cvs.expiring(any(), eq(500)))
                .willReturn(List.of(new CvExpiring(
                        CV,
                        PERSON,
                        "Rossi Mario",
                        "RSSMRA85C14D612X",
                        "cv.pdf",
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 2),
                        3)));
        var result = mvc.get().uri("/cv/expiring").with(coordinator()).exchange();
        assertThat(result).hasStatusOk().hasViewName("cv/expiring");
        assertThat(result)
                .bodyText()
                .contains("Rossi Mario", "01/12/2026", "3 giorni", "urgente")
                .contains("href=\"/persons/" + PERSON + "/cv\"");
    }
}
