package it.orienta.profiling;

import it.orienta.system.NotFoundException;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Profiling in the REST API: a person's interview (GET, and PUT with If-Match — {@code "0"} for the first), the
 * deeper assessment, and the reasons a referral may draw from the interview. Dates are ISO days (Europe/Rome). Who
 * may read or change a person's profiling is the record-access policy's answer, asked by the service (403 with
 * {@code access.other-centre} or {@code access.role}).
 */
@RestController
@RequestMapping("/api/v1")
class ProfilingApiController {

    private final ProfilingService profiling;
    private final PspAreas pspAreas;

    ProfilingApiController(ProfilingService profiling, PspAreas pspAreas) {
        this.profiling = profiling;
        this.pspAreas = pspAreas;
    }

    // ---------------------------------------------------------------- interview

    @GetMapping("/persons/{id}/profiling")
    ResponseEntity<InterviewView> interview(@PathVariable UUID id) {
        var interview = profiling.openInterview(id);
        return ResponseEntity.ok().eTag(ETags.of(interview.version())).body(interview);
    }

    /** Saves the whole interview; If-Match carries the version read ({@code "0"} before the first save). */
    @PutMapping(value = "/persons/{id}/profiling", consumes = "application/json")
    ResponseEntity<InterviewView> saveInterview(
            @PathVariable UUID id, IfMatch ifMatch, @RequestBody SaveInterview request) {
        var interview = profiling.saveInterview(id, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(interview.version())).body(interview);
    }

    /** Confirms the deeper assessment proposed by the marked indicators (R5). */
    @PostMapping(value = "/persons/{id}/profiling/assessment", consumes = "application/json")
    ResponseEntity<InterviewView> confirmAssessment(
            @PathVariable UUID id, IfMatch ifMatch, @RequestBody ConfirmAssessment request) {
        var interview = profiling.confirmAssessment(id, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(interview.version())).body(interview);
    }

    /**
     * The ten areas of the person's current PSP as profiling shows them (once only, ADR 0037): owned by the PSP's
     * phase 2, read here; 404 before phase 2 is saved. A read of the person's PSP.
     */
    @GetMapping("/persons/{id}/profiling/psp-areas")
    PspAreas.Current pspAreas(@PathVariable UUID id) {
        return pspAreas.of(id).orElseThrow(() -> new NotFoundException("PspAreas", id));
    }

    /** The reasons a referral may draw from the interview, with the references to send. */
    @GetMapping("/persons/{id}/profiling/reasons")
    List<ProfilingService.ReasonOption> reasons(@PathVariable UUID id) {
        return profiling.reasonOptions(id);
    }
}
