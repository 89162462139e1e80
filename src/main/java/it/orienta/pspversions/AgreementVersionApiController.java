package it.orienta.pspversions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.orienta.agreement.AgreementService;
import it.orienta.agreement.AgreementSummary;
import it.orienta.agreement.AgreementView;
import it.orienta.agreement.Commands.ChangeStatus;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A PSP's versions in the REST API: the list, one version with its whole content, the plan's follow-up (a status
 * change carries the item's version in If-Match and answers with the new one in ETag), the update that opens a new
 * version, the PDF, the signed scan and the differences between two versions. Who may read or change a person's
 * agreement is the record-access policy's answer, asked by the services: 403 with {@code access.other-centre} for
 * another centre's case, {@code access.role} for a role that reads no case data.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agreement", description = "Basic-guidance interview and personalised service agreement (PSP)")
class AgreementVersionApiController {

    private final AgreementService agreements;
    private final AgreementDocuments documents;

    AgreementVersionApiController(AgreementService agreements, AgreementDocuments documents) {
        this.agreements = agreements;
        this.documents = documents;
    }

    @Operation(summary = "The person's PSP versions, newest first")
    @GetMapping("/persons/{id}/agreements")
    List<AgreementSummary> versions(@PathVariable UUID id) {
        return agreements.versions(id);
    }

    @Operation(summary = "One version with its whole content")
    @GetMapping("/agreements/{id}")
    ResponseEntity<AgreementView> view(@PathVariable UUID id) {
        return ok(agreements.open(id));
    }

    @Operation(
            summary = "Change a plan item's status (draft, or follow-up of the version in force); If-Match is the"
                    + " item's version")
    @PostMapping(value = "/plan-items/{itemId}/status", consumes = "application/json")
    ResponseEntity<AgreementView.PlanItem> changeStatus(
            @PathVariable UUID itemId, IfMatch ifMatch, @RequestBody ChangeStatus request) {
        var item = agreements.changeItemStatus(itemId, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(item);
    }

    @Operation(summary = "The signed scan")
    @GetMapping(value = "/agreements/{id}/scan", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> scan(@PathVariable UUID id) {
        var scan = agreements.scan(id).orElseThrow(() -> new it.orienta.system.NotFoundException("Scan", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(scan.content());
    }

    @Operation(summary = "Update a signed version: a new draft copying it")
    @PostMapping("/agreements/{id}/update")
    ResponseEntity<AgreementView> update(@PathVariable UUID id) {
        return created(agreements.update(id));
    }

    @Operation(summary = "The PSP document (tagged PDF)")
    @GetMapping(value = "/agreements/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(documents.pdf(id));
    }

    @Operation(summary = "The differences between two versions of the same person's PSP")
    @GetMapping("/agreements/{a}/diff/{b}")
    AgreementDiff diff(@PathVariable UUID a, @PathVariable UUID b) {
        return documents.diff(a, b);
    }

    private static ResponseEntity<AgreementView> ok(AgreementView agreement) {
        return ResponseEntity.ok().eTag(ETags.of(agreement.version())).body(agreement);
    }

    private static ResponseEntity<AgreementView> created(AgreementView agreement) {
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreement.id()))
                .eTag(ETags.of(agreement.version()))
                .body(agreement);
    }
}
