package it.orienta.referral;

import it.orienta.organisation.CurrentActor;
import it.orienta.referral.ReferralCommands.CancelReferral;
import it.orienta.referral.ReferralCommands.CreateReferral;
import it.orienta.referral.ReferralCommands.RecordStep;
import it.orienta.referral.ReferralCommands.SendReferral;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals in the REST API: a person's referrals, a new one, its steps (each with If-Match), and the centre's list.
 * Dates are ISO days (Europe/Rome). Who may read or change a person's referrals is the record-access policy's
 * answer, asked by the service (403 with {@code access.other-centre} or {@code access.role}).
 */
@RestController
@RequestMapping("/api/v1")
class ReferralApiController {

    private final ReferralService referrals;
    private final CurrentActor current;
    private final ReferralLetter letters;

    ReferralApiController(ReferralService referrals, CurrentActor current, ReferralLetter letters) {
        this.referrals = referrals;
        this.current = current;
        this.letters = letters;
    }

    // ---------------------------------------------------------------- referrals

    @GetMapping("/persons/{id}/referrals")
    List<ReferralView> referrals(@PathVariable UUID id) {
        return referrals.referrals(id);
    }

    @PostMapping(value = "/persons/{id}/referrals", consumes = "application/json")
    ResponseEntity<ReferralView> create(@PathVariable UUID id, @RequestBody CreateReferral request) {
        var referral = referrals.createReferral(id, request);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id()))
                .eTag(ETags.of(referral.version()))
                .body(referral);
    }

    /** The referral letter to print (inline PDF); a refusal or an unknown referral is problem details. */
    @GetMapping(value = "/referrals/{id}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable UUID id, Locale locale) {
        return letters.response(id, locale);
    }

    @GetMapping("/referrals/{id}")
    ResponseEntity<ReferralView> referral(@PathVariable UUID id) {
        return ok(referrals.openReferral(id));
    }

    @PostMapping(value = "/referrals/{id}/send", consumes = "application/json")
    ResponseEntity<ReferralView> send(@PathVariable UUID id, IfMatch ifMatch, @RequestBody SendReferral request) {
        return ok(referrals.send(id, request, ifMatch.version()));
    }

    @PostMapping(value = "/referrals/{id}/acknowledge", consumes = "application/json")
    ResponseEntity<ReferralView> acknowledge(@PathVariable UUID id, IfMatch ifMatch, @RequestBody RecordStep request) {
        return ok(referrals.acknowledge(id, request, ifMatch.version()));
    }

    @PostMapping(value = "/referrals/{id}/answer", consumes = "application/json")
    ResponseEntity<ReferralView> answer(@PathVariable UUID id, IfMatch ifMatch, @RequestBody RecordStep request) {
        return ok(referrals.answer(id, request, ifMatch.version()));
    }

    @PostMapping(value = "/referrals/{id}/outcome", consumes = "application/json")
    ResponseEntity<ReferralView> outcome(@PathVariable UUID id, IfMatch ifMatch, @RequestBody RecordStep request) {
        return ok(referrals.outcome(id, request, ifMatch.version()));
    }

    @PostMapping(value = "/referrals/{id}/cancel", consumes = "application/json")
    ResponseEntity<ReferralView> cancel(@PathVariable UUID id, IfMatch ifMatch, @RequestBody CancelReferral request) {
        return ok(referrals.cancel(id, request, ifMatch.version()));
    }

    /** The current centre's referrals, overdue first; filter by {@code status} and/or {@code overdue}. */
    @GetMapping("/centre/referrals")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    ReferralService.ReferralPage centre(
            @RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return referrals.centreReferrals(current.actor().centreCode(), status, overdue, page, size);
    }

    private static ResponseEntity<ReferralView> ok(ReferralView referral) {
        return ResponseEntity.ok().eTag(ETags.of(referral.version())).body(referral);
    }
}
