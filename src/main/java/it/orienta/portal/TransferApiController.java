package it.orienta.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transfer of a person's CV to the regional portal in the REST API. Refusals are problem details with the
 * codes {@code portal.transfer.no-consent}, {@code portal.transfer.no-cv}, {@code portal.transfer.cv-obsolete},
 * {@code portal.transfer.not-confirmed} (422), {@code portal.transfer.already-requested} and
 * {@code portal.transfer.not-failed} (409).
 */
@RestController
@RequestMapping("/api/v1/persons/{id}/cv")
@Tag(name = "CV transfer to the portal", description = "R17–R19: transfer of the current CV to Toscana Lavoro")
class TransferApiController {

    private final TransferService transfers;

    TransferApiController(TransferService transfers) {
        this.transfers = transfers;
    }

    @GetMapping("/transfer")
    @Operation(
            summary = "Whether the CV may be transferred, which condition fails, the R19 alert, the registration"
                    + " and the transfers")
    TransferStatus status(@PathVariable UUID id) {
        return transfers.status(id);
    }

    @GetMapping("/transfers")
    @Operation(summary = "The person's transfers and removals with their states, newest first")
    List<TransferView> list(@PathVariable UUID id) {
        return transfers.transfers(id);
    }

    @GetMapping("/transfers/{transferId}")
    @Operation(summary = "One transfer; its version as ETag")
    ResponseEntity<TransferView> one(@PathVariable UUID id, @PathVariable UUID transferId) {
        var view = transfers.transfer(id, transferId);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @PostMapping(value = "/transfers", consumes = "application/json")
    @Operation(
            summary = "Request the transfer of the current CV; needs confirmed=true, the operator having read the R19"
                    + " alert (GET …/transfer, field alert)")
    ResponseEntity<TransferView> request(@PathVariable UUID id, @RequestBody TransferRequest request) {
        var view = transfers.request(id, request != null && Boolean.TRUE.equals(request.confirmed()));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/cv/transfers/" + view.id()))
                .eTag(ETags.of(view.version()))
                .body(view);
    }

    @PostMapping("/transfers/{transferId}/retry")
    @Operation(summary = "Retry a failed transfer or removal by hand, once the cause is fixed (If-Match optional)")
    ResponseEntity<TransferView> retry(@PathVariable UUID id, @PathVariable UUID transferId, IfMatch ifMatch) {
        var view = transfers.retry(id, transferId, ifMatch.versionIfGiven());
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    /**
     * A transfer request.
     *
     * @param confirmed true when the operator confirmed the R19 alert
     */
    record TransferRequest(Boolean confirmed) {}
}
