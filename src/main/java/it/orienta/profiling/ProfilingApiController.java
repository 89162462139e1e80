package it.orienta.profiling;

import it.orienta.organisation.CurrentActor;
import it.orienta.profiling.Commands.CancelReferral;
import it.orienta.profiling.Commands.ConfirmAssessment;
import it.orienta.profiling.Commands.CreateReferral;
import it.orienta.profiling.Commands.RecordStep;
import it.orienta.profiling.Commands.SaveInterview;
import it.orienta.profiling.Commands.SaveItem;
import it.orienta.profiling.Commands.SendReferral;
import it.orienta.profiling.ProfilingItem.ItemList;
import it.orienta.system.RuleViolationException;
import it.orienta.web.ETags;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Profiling in the REST API: the questions and indicators (read by every operator, written by administrators), a
 * person's interview (GET, and PUT with If-Match — {@code "0"} for the first), the deeper assessment, referrals and
 * their steps (each with If-Match), and the centre's list. Dates are ISO days (Europe/Rome). Who may read or change
 * a person's profiling and referrals is the record-access policy's answer, asked by the service (403 with
 * {@code access.other-centre} or {@code access.role}); the administrators' lists keep their role checks here.
 */
@RestController
@RequestMapping("/api/v1")
class ProfilingApiController {

    private final ProfilingService profiling;
    private final CurrentActor current;

    ProfilingApiController(ProfilingService profiling, CurrentActor current) {
        this.profiling = profiling;
        this.current = current;
    }

    // ---------------------------------------------------------------- lists

    /** The questions or the indicators in their order, retired ones included (flagged). */
    @GetMapping("/profiling/{list:questions|indicators}")
    @PreAuthorize("isAuthenticated()")
    List<ProfilingItem> items(@PathVariable String list) {
        return profiling.items(ItemList.ofPath(list));
    }

    @PostMapping(value = "/admin/profiling/{list:questions|indicators}", consumes = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProfilingItem> addItem(@PathVariable String list, @RequestBody SaveItem request) {
        var item = profiling.addItem(ItemList.ofPath(list), request);
        return ResponseEntity.created(URI.create("/api/v1/admin/profiling/items/" + item.id()))
                .eTag(ETags.of(item.version()))
                .body(item);
    }

    @GetMapping("/admin/profiling/items/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProfilingItem> item(@PathVariable UUID id) {
        var item = profiling.item(id);
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(item);
    }

    @PutMapping(value = "/admin/profiling/items/{id}", consumes = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProfilingItem> updateItem(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody SaveItem request) {
        var item = profiling.updateItem(id, request, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(item);
    }

    /** Retires an entry ({@code retired: true}) or puts it back; entries are never deleted. */
    @PostMapping(value = "/admin/profiling/items/{id}/retired", consumes = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    ProfilingItem retire(@PathVariable UUID id, @RequestBody RetireRequest request) {
        return profiling.retireItem(id, request.retired());
    }

    /** Moves an entry one place {@code up} or {@code down}; answers the list in its new order. */
    @PostMapping(value = "/admin/profiling/items/{id}/move", consumes = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    List<ProfilingItem> move(@PathVariable UUID id, @RequestBody MoveRequest request) {
        if (!"up".equals(request.direction()) && !"down".equals(request.direction())) {
            throw new RuleViolationException("profiling.item.direction", "direction");
        }
        return profiling.moveItem(id, "up".equals(request.direction()));
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
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody SaveInterview request) {
        var interview = profiling.saveInterview(id, request, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(interview.version())).body(interview);
    }

    /** Confirms the deeper assessment proposed by the marked indicators (R5). */
    @PostMapping(value = "/persons/{id}/profiling/assessment", consumes = "application/json")
    ResponseEntity<InterviewView> confirmAssessment(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody ConfirmAssessment request) {
        var interview = profiling.confirmAssessment(id, request, ETags.version(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(interview.version())).body(interview);
    }

    /** The reasons a referral may draw from the interview, with the references to send. */
    @GetMapping("/persons/{id}/profiling/reasons")
    List<ProfilingService.ReasonOption> reasons(@PathVariable UUID id) {
        return profiling.reasonOptions(id);
    }

    // ---------------------------------------------------------------- referrals

    @GetMapping("/persons/{id}/referrals")
    List<ReferralView> referrals(@PathVariable UUID id) {
        return profiling.referrals(id);
    }

    @PostMapping(value = "/persons/{id}/referrals", consumes = "application/json")
    ResponseEntity<ReferralView> create(@PathVariable UUID id, @RequestBody CreateReferral request) {
        var referral = profiling.createReferral(id, request);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id()))
                .eTag(ETags.of(referral.version()))
                .body(referral);
    }

    @GetMapping("/referrals/{id}")
    ResponseEntity<ReferralView> referral(@PathVariable UUID id) {
        return ok(profiling.openReferral(id));
    }

    @PostMapping(value = "/referrals/{id}/send", consumes = "application/json")
    ResponseEntity<ReferralView> send(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody SendReferral request) {
        return ok(profiling.send(id, request, ETags.version(ifMatch)));
    }

    @PostMapping(value = "/referrals/{id}/acknowledge", consumes = "application/json")
    ResponseEntity<ReferralView> acknowledge(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RecordStep request) {
        return ok(profiling.acknowledge(id, request, ETags.version(ifMatch)));
    }

    @PostMapping(value = "/referrals/{id}/answer", consumes = "application/json")
    ResponseEntity<ReferralView> answer(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RecordStep request) {
        return ok(profiling.answer(id, request, ETags.version(ifMatch)));
    }

    @PostMapping(value = "/referrals/{id}/outcome", consumes = "application/json")
    ResponseEntity<ReferralView> outcome(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody RecordStep request) {
        return ok(profiling.outcome(id, request, ETags.version(ifMatch)));
    }

    @PostMapping(value = "/referrals/{id}/cancel", consumes = "application/json")
    ResponseEntity<ReferralView> cancel(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody CancelReferral request) {
        return ok(profiling.cancel(id, request, ETags.version(ifMatch)));
    }

    /** The current centre's referrals, overdue first; filter by {@code status} and/or {@code overdue}. */
    @GetMapping("/centre/referrals")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    ProfilingService.ReferralPage centre(
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return profiling.centreReferrals(current.actor().centreCode(), status, overdue, page, size);
    }

    private static ResponseEntity<ReferralView> ok(ReferralView referral) {
        return ResponseEntity.ok().eTag(ETags.of(referral.version())).body(referral);
    }

    record RetireRequest(boolean retired) {}

    record MoveRequest(String direction) {}
}
