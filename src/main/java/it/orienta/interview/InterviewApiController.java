package it.orienta.interview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.orienta.agreement.AgreementService;
import it.orienta.agreement.AgreementView;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.agreement.Commands.SavePhase1;
import it.orienta.agreement.Commands.SavePhase2;
import it.orienta.agreement.Commands.SavePhase3;
import it.orienta.agreement.Commands.Scan;
import it.orienta.agreement.Commands.Sign;
import it.orienta.guidance.MeetingView;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The interview in the REST API: drafting a version (with the interview's meeting, if asked), its three phases, the
 * plan items of the draft, the interview's basic-guidance meetings and the signature. Every change of a draft carries
 * the agreement's version in If-Match and answers with the new one in ETag; a stale version answers 409 with the
 * current state; a signed version answers 409 to any edit (an update is a new version). Who may read or change a
 * person's agreement is the record-access policy's answer, asked by the agreement's service: 403 with {@code
 * access.other-centre} for another centre's case, {@code access.role} for a role that reads no case data.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agreement", description = "Basic-guidance interview and personalised service agreement (PSP)")
class InterviewApiController {

    private final AgreementService agreements;
    private final InterviewService interviews;

    InterviewApiController(AgreementService agreements, InterviewService interviews) {
        this.agreements = agreements;
        this.interviews = interviews;
    }

    @Operation(summary = "Draft the person's next PSP version (the first, or an update copying the one in force)")
    @PostMapping(value = "/persons/{id}/agreements", consumes = "application/json")
    ResponseEntity<AgreementView> draft(@PathVariable UUID id, @RequestBody(required = false) DraftRequest request) {
        return created(interviews.begin(id, request != null && Boolean.TRUE.equals(request.startInterview())));
    }

    @Operation(summary = "Save phase 1 (R6) of a draft")
    @PutMapping(value = "/agreements/{id}/phase1", consumes = "application/json")
    ResponseEntity<AgreementView> phase1(@PathVariable UUID id, IfMatch ifMatch, @RequestBody SavePhase1 request) {
        return ok(agreements.savePhase1(id, request, ifMatch.version()));
    }

    @Operation(summary = "Save phase 2 (R7, R8) of a draft: areas 1–10 rated 1–4, portal registration, CV")
    @PutMapping(value = "/agreements/{id}/phase2", consumes = "application/json")
    ResponseEntity<AgreementView> phase2(@PathVariable UUID id, IfMatch ifMatch, @RequestBody SavePhase2 request) {
        return ok(agreements.savePhase2(id, request, ifMatch.version()));
    }

    @Operation(summary = "Save phase 3 (R10, R25) of a draft apart from the plan items")
    @PutMapping(value = "/agreements/{id}/phase3", consumes = "application/json")
    ResponseEntity<AgreementView> phase3(@PathVariable UUID id, IfMatch ifMatch, @RequestBody SavePhase3 request) {
        return ok(agreements.savePhase3(id, request, ifMatch.version()));
    }

    @Operation(summary = "Add a plan item (R9) to a draft: a due date or a frequency is required")
    @PostMapping(value = "/agreements/{id}/items", consumes = "application/json")
    ResponseEntity<AgreementView> addItem(
            @PathVariable UUID id, IfMatch ifMatch, @RequestBody PlanItemCommand request) {
        var agreement = agreements.addItem(id, request, ifMatch.version());
        return ResponseEntity.status(201).eTag(ETags.of(agreement.version())).body(agreement);
    }

    @Operation(summary = "Change a plan item of a draft")
    @PutMapping(value = "/agreements/{id}/items/{itemId}", consumes = "application/json")
    ResponseEntity<AgreementView> updateItem(
            @PathVariable UUID id, @PathVariable UUID itemId, IfMatch ifMatch, @RequestBody PlanItemCommand request) {
        return ok(agreements.updateItem(id, itemId, request, ifMatch.version()));
    }

    @Operation(summary = "Remove a plan item from a draft")
    @DeleteMapping("/agreements/{id}/items/{itemId}")
    ResponseEntity<AgreementView> removeItem(@PathVariable UUID id, @PathVariable UUID itemId, IfMatch ifMatch) {
        return ok(agreements.removeItem(id, itemId, ifMatch.version()));
    }

    @Operation(summary = "Start (or link) the interview's basic-guidance meeting (A05)")
    @PostMapping("/agreements/{id}/interview/start")
    MeetingView startInterview(@PathVariable UUID id) {
        return interviews.start(id);
    }

    @Operation(summary = "End the interview's running meeting; outside the charter standard a reason is required")
    @PostMapping(value = "/agreements/{id}/interview/end", consumes = "application/json")
    MeetingView endInterview(@PathVariable UUID id, @RequestBody EndInterview request) {
        return interviews.end(id, request);
    }

    @Operation(summary = "The interview's basic-guidance meetings")
    @GetMapping("/agreements/{id}/interview/meetings")
    List<MeetingView> meetings(@PathVariable UUID id) {
        return interviews.meetings(id);
    }

    @Operation(summary = "Record the signature on paper: the draft becomes the version in force")
    @PostMapping(value = "/agreements/{id}/signature", consumes = "application/json")
    ResponseEntity<AgreementView> sign(@PathVariable UUID id, IfMatch ifMatch, @RequestBody SignRequest request) {
        return ok(agreements.sign(id, new Sign(request.signedOn(), null), ifMatch.version()));
    }

    @Operation(summary = "Record the signature with the signed scan (PDF only, judged by content, at most 10 MB)")
    @PostMapping(value = "/agreements/{id}/signature", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AgreementView> signWithScan(
            @PathVariable UUID id,
            IfMatch ifMatch,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestPart("scan") MultipartFile scan)
            throws IOException {
        return ok(agreements.sign(
                id, new Sign(signedOn, new Scan(scan.getOriginalFilename(), scan.getBytes())), ifMatch.version()));
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
