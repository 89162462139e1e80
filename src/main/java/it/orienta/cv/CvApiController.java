package it.orienta.cv;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import it.orienta.organisation.CurrentActor;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The person's CV in the REST API (R14–R21): read the current one (validity, obsolete flag and text, transfer
 * state), the checklist of R15, upload a PDF, preview and save a generated CV, download, history, delete with
 * If-Match, and the centre's CVs about to expire. Refusals are problem details with a code per rule: {@code
 * cv.education-title.missing}, {@code cv.occupation.missing}, {@code cv.file.not-pdf}, {@code cv.file.damaged},
 * {@code cv.file.too-large}, {@code cv.file.encrypted}, {@code cv.file.javascript}, {@code cv.file.embedded-files},
 * {@code cv.file.empty}, {@code cv.not-found}.
 */
@RestController
@RequestMapping("/api/v1")
class CvApiController {

    private final CvService cvs;
    private final CurrentActor current;
    private final MessageSource messages;

    CvApiController(CvService cvs, CurrentActor current, MessageSource messages) {
        this.cvs = cvs;
        this.current = current;
        this.messages = messages;
    }

    /** The answer to a deletion: the CV as it is now (deleted) and what it means for the portal (R21). */
    record CvDeletedResponse(CvView cv, String notice) {}

    /** The language of a CV to generate: {@code it} (default) or {@code en}. */
    record GenerateRequest(String language) {}

    @Operation(
            summary = "The person's current CV",
            description = "With validThrough, obsoleteFrom, obsolete and obsoleteLabel (\"CV obsoleto (con data"
                    + " aggiornamento oltre i 6 mesi)\" once obsolete, R20) and the transfer state. 404"
                    + " cv.not-found when the person has none. ETag is the version to send in If-Match to delete.")
    @GetMapping("/persons/{id}/cv")
    ResponseEntity<CvView> current(@PathVariable UUID id, HttpServletRequest request) {
        var cv = labelled(cvs.requireCurrent(id), request);
        return ResponseEntity.ok().eTag(ETags.of(cv.version())).body(cv);
    }

    @Operation(summary = "What saving a CV needs (R15): education titles and desired occupations")
    @GetMapping("/persons/{id}/cv/checklist")
    CvChecklist checklist(@PathVariable UUID id) {
        return cvs.checklist(id);
    }

    @Operation(
            summary = "Save an uploaded PDF as the person's CV",
            description = "multipart/form-data with the part \"file\". Needs an education title and a desired"
                    + " occupation (R15); the file must be a complete PDF by content, not encrypted, without"
                    + " JavaScript or embedded files, not empty, at most orienta.cv.max-size (R16): 422 naming"
                    + " each refusal (413 cv.file.too-large when the request declares a far larger body). The"
                    + " current CV, if any, goes to the history.")
    @PostMapping(value = "/persons/{id}/cv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CvView> upload(
            @PathVariable UUID id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            HttpServletRequest request)
            throws IOException {
        var cv = labelled(
                cvs.upload(
                        id,
                        file == null ? null : file.getOriginalFilename(),
                        file == null ? new byte[0] : file.getBytes()),
                request);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/cv"))
                .eTag(ETags.of(cv.version()))
                .body(cv);
    }

    @Operation(summary = "Preview the CV generated from the person's data (tagged PDF, not saved)")
    @GetMapping(value = "/persons/{id}/cv/preview", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> preview(
            @PathVariable UUID id,
            @Parameter(description = "it (default) or en") @RequestParam(defaultValue = "it") String language) {
        String lang = CvDocuments.language(language);
        return pdf(cvs.preview(id, lang), "anteprima-cv-" + lang + ".pdf");
    }

    @Operation(
            summary = "Generate the CV from the person's data and save it as their CV",
            description = "Same preconditions and history as an upload (R15).")
    @PostMapping(value = "/persons/{id}/cv/generate", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CvView> generate(
            @PathVariable UUID id, @RequestBody(required = false) GenerateRequest body, HttpServletRequest request) {
        var cv = labelled(cvs.saveGenerated(id, body == null ? null : body.language()), request);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/cv"))
                .eTag(ETags.of(cv.version()))
                .body(cv);
    }

    @Operation(summary = "The current CV's PDF (404 cv.not-found without one)")
    @GetMapping(value = "/persons/{id}/cv/file", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        var file = cvs.currentFile(id);
        return pdf(file.content(), file.fileName());
    }

    @Operation(summary = "A CV's PDF from the history, while its file is kept (404 cv.not-found once purged)")
    @GetMapping(value = "/persons/{id}/cv/history/{cvId}/file", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> historyFile(@PathVariable UUID id, @PathVariable UUID cvId) {
        var file = cvs.file(id, cvId);
        return pdf(file.content(), file.fileName());
    }

    @Operation(summary = "Every CV of the person, newest first: current, replaced (who, when), deleted")
    @GetMapping("/persons/{id}/cv/history")
    List<CvView> history(@PathVariable UUID id, HttpServletRequest request) {
        return cvs.history(id).stream().map(cv -> labelled(cv, request)).toList();
    }

    @Operation(
            summary = "Delete the current CV (R21)",
            description = "If-Match: the CV's version. Removes it from Orienta (its file is deleted, the row kept"
                    + " for the audit) and from the CV search system (through the portal module); NOT from the"
                    + " person's profile on the Toscana Lavoro portal, which the person deletes themselves: the"
                    + " answer's notice says so. 404 cv.not-found without a current CV; 409 with the current CV"
                    + " when stale.")
    @DeleteMapping("/persons/{id}/cv")
    CvDeletedResponse delete(@PathVariable UUID id, IfMatch ifMatch, HttpServletRequest request) {
        var cv = cvs.delete(id, ifMatch.version());
        return new CvDeletedResponse(
                labelled(cv, request),
                messages.getMessage("cv.deleted.notice", null, RequestContextUtils.getLocale(request)));
    }

    @Operation(
            summary = "The current CVs of the operator's centre that expire within 30 days",
            description = "Soonest first; validThrough is the last valid day.")
    @GetMapping("/cv/expiring")
    @PreAuthorize("hasAnyRole('OPERATOR', 'COORDINATOR')")
    List<CvExpiring> expiring() {
        return cvs.expiring(current.actor(), 500);
    }

    /** A CV that does not exist: 404 with its own code, so clients tell it from an unknown person. */
    @ExceptionHandler(CvNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        var locale = RequestContextUtils.getLocale(request);
        var problem = ProblemDetail.forStatus(404);
        problem.setType(URI.create("https://orienta.toscana.it/problems/" + CvNotFoundException.CODE));
        problem.setTitle(messages.getMessage("problem.title.404", null, "Not Found", locale));
        problem.setDetail(messages.getMessage("rule." + CvNotFoundException.CODE, null, locale));
        problem.setProperty("code", CvNotFoundException.CODE);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(404)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The obsolete label in the language the client asked for (Accept-Language, as the problem details). */
    private CvView labelled(CvView cv, HttpServletRequest request) {
        return cv.withObsoleteLabel(messages.getMessage("cv.obsolete", null, RequestContextUtils.getLocale(request)));
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
