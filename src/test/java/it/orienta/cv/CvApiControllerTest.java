package it.orienta.cv;

import static it.orienta.cv.CvFixtures.CV;
import static it.orienta.cv.CvFixtures.PERSON;
import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(CvApiController.class)
@Import(CvFixtures.Web.class)
class CvApiControllerTest {

    static final String PATH = "/api/v1/persons/" + PERSON + "/cv";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    CvService cvs;

    MockMultipartFile file() {
        return new MockMultipartFile("file", "cv.pdf", "application/pdf", CvFileRulesTest.validPdf());
    }

    @Test
    void theApiNeedsCredentialsAndTheExpiringListAnOperatorOrCoordinator() {
        assertProblem(mvc.get().uri(PATH).exchange(), 401, "auth.required");
        assertProblem(mvc.get().uri("/api/v1/cv/expiring").exchange(), 401, "auth.required");
        assertProblem(mvc.post().multipart().uri(PATH).file(file()).exchange(), 401, "auth.required");
        assertProblem(mvc.delete().uri(PATH).header("If-Match", "\"3\"").exchange(), 401, "auth.required");
        assertProblem(mvc.get().uri("/api/v1/cv/expiring").with(admin()).exchange(), 403, "auth.forbidden");
        then(cvs).shouldHaveNoInteractions();
    }

    @Test
    void whatThePolicyRefusesIsA403WithItsCode() {
        var refused = new it.orienta.system.CaseAccessDeniedException("access.role", PERSON, null);
        given(cvs.requireCurrent(PERSON)).willThrow(refused);
        given(cvs.upload(eq(PERSON), any(), any())).willThrow(refused);
        assertProblem(mvc.get().uri(PATH).with(admin()).exchange(), 403, "access.role");
        assertProblem(
                mvc.post().multipart().uri(PATH).file(file()).with(admin()).exchange(), 403, "access.role");
    }

    @Test
    void theCurrentCvCarriesItsValidityTheObsoleteFlagAndTextAndItsTransferState() {
        given(cvs.requireCurrent(PERSON)).willReturn(CvFixtures.cv(true, "SENT"));
        var result = mvc.get().uri(PATH).with(operator()).exchange();
        assertThat(result).hasStatusOk().hasHeader("ETag", "\"3\"");
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.obsolete").isEqualTo(true);
        json.extractingPath("$.obsoleteLabel").isEqualTo("CV obsoleto (con data aggiornamento oltre i 6 mesi)");
        json.extractingPath("$.validThrough").isEqualTo("2026-11-15");
        json.extractingPath("$.obsoleteFrom").isEqualTo("2026-11-16");
        json.extractingPath("$.transferState").isEqualTo("SENT");
    }

    @Test
    void withoutACvTheAnswerIsA404WithItsOwnCode() {
        given(cvs.requireCurrent(PERSON)).willThrow(new CvNotFoundException(PERSON));
        var result = mvc.get().uri(PATH).with(operator()).exchange();
        assertProblem(result, 404, "cv.not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("non ha un CV");
        given(cvs.delete(PERSON, 1L)).willThrow(new CvNotFoundException(PERSON));
        assertProblem(
                mvc.delete()
                        .uri(PATH)
                        .header("If-Match", "\"1\"")
                        .with(operator())
                        .exchange(),
                404,
                "cv.not-found");
        org.mockito.BDDMockito.willThrow(new NotFoundException("Person", PERSON))
                .given(cvs)
                .requireCurrent(PERSON);
        assertProblem(mvc.get().uri(PATH).with(operator()).exchange(), 404, "not-found");
    }

    @Test
    void anUploadIsCreatedWithItsVersion() {
        given(cvs.upload(eq(PERSON), eq("cv.pdf"), any())).willReturn(CvFixtures.cv(false, null));
        var result =
                mvc.post().multipart().uri(PATH).file(file()).with(operator()).exchange();
        assertThat(result).hasStatus(201).hasHeader("ETag", "\"3\"").hasHeader("Location", PATH);
    }

    @Test
    void eachRefusalOfAnUploadHasItsCodeAtItsField() {
        for (var code : List.of(
                "cv.file.not-pdf",
                "cv.file.damaged",
                "cv.file.too-large",
                "cv.file.encrypted",
                "cv.file.javascript",
                "cv.file.embedded-files",
                "cv.file.empty")) {
            given(cvs.upload(eq(PERSON), any(), any()))
                    .willThrow(RuleViolationException.of(List.of(Violation.of(code, "file", 5))));
            var result = mvc.post()
                    .multipart()
                    .uri(PATH)
                    .file(file())
                    .with(operator())
                    .exchange();
            assertProblem(result, 422, code);
            assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        }
        given(cvs.upload(eq(PERSON), any(), any()))
                .willThrow(RuleViolationException.of(List.of(
                        Violation.of("cv.education-title.missing", null),
                        Violation.of("cv.occupation.missing", null))));
        var preconditions =
                mvc.post().multipart().uri(PATH).file(file()).with(operator()).exchange();
        assertProblem(preconditions, 422, "cv.education-title.missing");
        assertThat(preconditions).bodyJson().extractingPath("$.errors[1].code").isEqualTo("cv.occupation.missing");
    }

    @Test
    void aFarLargerUploadIsRefusedBeforeItIsReadWithTheSameCode() {
        var result = mvc.post()
                .uri(PATH)
                .with(operator())
                .contentType("multipart/form-data; boundary=x")
                .content(new byte[6 * 1024 * 1024])
                .exchange();
        assertProblem(result, 413, "cv.file.too-large");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("5 MB");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        then(cvs).shouldHaveNoInteractions();
    }

    @Test
    void aJustLargerUploadStillReachesTheServiceWhichJudgesIt() {
        given(cvs.upload(eq(PERSON), any(), any()))
                .willThrow(RuleViolationException.of(List.of(Violation.of("cv.file.too-large", "file", 5))));
        var justOver = new MockMultipartFile("file", "cv.pdf", "application/pdf", new byte[5 * 1024 * 1024 + 10]);
        assertProblem(
                mvc.post().multipart().uri(PATH).file(justOver).with(operator()).exchange(), 422, "cv.file.too-large");
    }

    @Test
    void thePreviewIsAPdfAndGeneratingSavesIt() {
        given(cvs.preview(PERSON, "en")).willReturn(new byte[] {'%', 'P', 'D', 'F'});
        assertThat(mvc.get().uri(PATH + "/preview?language=en").with(operator()))
                .hasStatusOk()
                .hasContentType("application/pdf");
        given(cvs.saveGenerated(PERSON, "en")).willReturn(CvFixtures.cv(false, null));
        var saved = mvc.post()
                .uri(PATH + "/generate")
                .with(coordinator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"language\": \"en\"}")
                .exchange();
        assertThat(saved).hasStatus(201).hasHeader("ETag", "\"3\"");
    }

    @Test
    void downloadAndHistory() {
        given(cvs.currentFile(PERSON)).willReturn(new CvService.StoredFile("cv-rossi.pdf", new byte[] {'%'}));
        given(cvs.file(PERSON, CV)).willReturn(new CvService.StoredFile("cv-rossi.pdf", new byte[] {'%'}));
        assertThat(mvc.get().uri(PATH + "/file").with(operator())).hasStatusOk().hasContentType("application/pdf");
        assertThat(mvc.get().uri(PATH + "/history/" + CV + "/file").with(operator()))
                .hasStatusOk();
        given(cvs.history(PERSON)).willReturn(List.of(CvFixtures.cv(false, null), CvFixtures.replaced()));
        var history = mvc.get().uri(PATH + "/history").with(operator()).exchange();
        assertThat(history).hasStatusOk();
        assertThat(history).bodyJson().extractingPath("$[1].replacedAt").isEqualTo("2026-05-15T08:00:00Z");
    }

    @Test
    void deletingNeedsIfMatchAnswersWithThePortalNoticeAndAStaleVersionWithTheCurrentCv() {
        given(cvs.requireCurrent(PERSON)).willReturn(CvFixtures.cv(false, null));
        assertProblem(mvc.delete().uri(PATH).with(operator()).exchange(), 422, "version.required");

        given(cvs.delete(PERSON, 3L)).willReturn(CvFixtures.cv(false, null));
        var deleted = mvc.delete()
                .uri(PATH)
                .header("If-Match", "\"3\"")
                .with(operator())
                .exchange();
        assertThat(deleted).hasStatusOk();
        assertThat(deleted)
                .bodyJson()
                .extractingPath("$.notice")
                .asString()
                .contains("Non è stato eliminato dal portale Toscana Lavoro")
                .contains("area personale del portale Toscana Lavoro, sezione Curriculum");

        given(cvs.delete(PERSON, 2L)).willThrow(new StaleVersionException(3, CvFixtures.cv(false, null)));
        var stale = mvc.delete()
                .uri(PATH)
                .header("If-Match", "\"2\"")
                .with(operator())
                .exchange();
        assertProblem(stale, 409, "version.stale");
        assertThat(stale).bodyJson().extractingPath("$.current.version").isEqualTo(3);
    }

    @Test
    void theExpiringList() {
        given(cvs.expiring(any(), eq(500)))
                .willReturn(List.of(new CvExpiring(
                        CV,
                        PERSON,
                        "Rossi Mario",
                        "RSSMRA85C14D612X",
                        "cv.pdf",
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 2),
                        5)));
        var result = mvc.get().uri("/api/v1/cv/expiring").with(coordinator()).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$[0].validThrough").isEqualTo("2026-12-01");
        assertThat(result).bodyJson().extractingPath("$[0].daysLeft").isEqualTo(5);
    }
}
