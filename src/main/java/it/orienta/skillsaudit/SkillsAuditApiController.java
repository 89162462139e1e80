package it.orienta.skillsaudit;

import io.swagger.v3.oas.annotations.Operation;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The skills audit's output document (R24) in the REST API: read it (an empty draft of version 0 before the first
 * save), save the draft and complete it with the version read in If-Match, download the PDF. A completed document
 * refuses changes (409, {@code guidance.audit.completed}); a stale version answers 409 with the current document.
 */
@RestController
@RequestMapping("/api/v1")
class SkillsAuditApiController {

    private final SkillsAuditDocuments documents;

    SkillsAuditApiController(SkillsAuditDocuments documents) {
        this.documents = documents;
    }

    @Operation(
            summary = "The skills audit's document of an engagement",
            description = "404 when the engagement is not a skills audit's. ETag is the version to send in If-Match.")
    @GetMapping("/engagements/{id}/audit-document")
    ResponseEntity<SkillsAuditDocumentView> document(@PathVariable UUID id) {
        var document = documents.document(id);
        return ResponseEntity.ok().eTag(ETags.of(document.version())).body(document);
    }

    @Operation(
            summary = "Save the draft's four sections",
            description = "If-Match: the version read (\"0\" before the first save). Each section at most 8000"
                    + " characters (422 at its field); a completed document answers 409.")
    @PutMapping(value = "/engagements/{id}/audit-document", consumes = "application/json")
    ResponseEntity<SkillsAuditDocumentView> save(
            @PathVariable UUID id, IfMatch ifMatch, @RequestBody SkillsAuditDocuments.Sections request) {
        var document = documents.save(id, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(document.version())).body(document);
    }

    @Operation(
            summary = "Complete the document as saved",
            description = "Needs the four sections written and the engagement closed (422 naming each refusal);"
                    + " final afterwards. Proposes the PSP update (event DocumentCompleted).")
    @PostMapping("/engagements/{id}/audit-document/complete")
    ResponseEntity<SkillsAuditDocumentView> complete(@PathVariable UUID id, IfMatch ifMatch) {
        var document = documents.complete(id, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(document.version())).body(document);
    }

    @Operation(summary = "The document as a tagged PDF (PDF/UA); a draft says so")
    @GetMapping(value = "/engagements/{id}/audit-document/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        var pdf = documents.pdf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename("bilancio-delle-competenze.pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
