package it.orienta.proposal;

import io.swagger.v3.oas.annotations.Operation;
import it.orienta.proposal.ProposalCommands.AcceptRequest;
import it.orienta.proposal.ProposalCommands.DeclineRequest;
import it.orienta.proposal.ProposalCommands.Propose;
import it.orienta.proposal.ProposalCommands.RecordAnswer;
import it.orienta.proposal.ProposalCommands.RecordOutcome;
import it.orienta.proposal.ProposalCommands.SendCandidature;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals in the REST API: propose (201 with the proposal, or 202 with the request sent to the centre in charge),
 * a proposal, its steps (each with If-Match), a person's and a vacancy's proposals, and the requests between
 * centres. Refusals are problem details naming the rule ({@code proposal.duplicate}, {@code proposal.vacancy-closed},
 * {@code proposal.consent}, {@code proposal.not-in-charge}, the steps' order) and the field.
 */
@RestController
@RequestMapping("/api/v1")
class ProposalApiController {

    private final ProposalService proposals;
    private final ProposalRequests requests;

    ProposalApiController(ProposalService proposals, ProposalRequests requests) {
        this.proposals = proposals;
        this.requests = requests;
    }

    @Operation(
            summary = "Propose a vacancy to a person",
            description = "201 with the proposal when the user works at the centre in charge; otherwise 202 with the"
                    + " request sent to that centre.")
    @PostMapping(value = "/proposals", consumes = "application/json")
    ResponseEntity<Object> propose(@RequestBody Propose request) {
        var result = proposals.propose(request);
        if (result.proposal() != null) {
            return ResponseEntity.created(
                            URI.create("/api/v1/proposals/" + result.proposal().id()))
                    .eTag(ETags.of(result.proposal().version()))
                    .body(result.proposal());
        }
        return ResponseEntity.accepted()
                .location(URI.create(
                        "/api/v1/proposal-requests/" + result.request().id()))
                .eTag(ETags.of(result.request().version()))
                .body(result.request());
    }

    @GetMapping("/proposals/{id}")
    ResponseEntity<ProposalView> proposal(@PathVariable UUID id) {
        return ok(proposals.proposal(id));
    }

    @PostMapping(value = "/proposals/{id}/answer", consumes = "application/json")
    ResponseEntity<ProposalView> answer(@PathVariable UUID id, IfMatch ifMatch, @RequestBody RecordAnswer request) {
        return ok(proposals.answer(id, request, ifMatch.version()));
    }

    @PostMapping(value = "/proposals/{id}/candidature", consumes = "application/json")
    ResponseEntity<ProposalView> candidature(
            @PathVariable UUID id, IfMatch ifMatch, @RequestBody SendCandidature request) {
        return ok(proposals.sendCandidature(id, request, ifMatch.version()));
    }

    @PostMapping(value = "/proposals/{id}/outcome", consumes = "application/json")
    ResponseEntity<ProposalView> outcome(@PathVariable UUID id, IfMatch ifMatch, @RequestBody RecordOutcome request) {
        return ok(proposals.recordOutcome(id, request, ifMatch.version()));
    }

    @GetMapping("/persons/{id}/proposals")
    List<ProposalView> ofPerson(@PathVariable UUID id) {
        return proposals.ofPerson(id);
    }

    @GetMapping("/vacancies/{id}/proposals")
    List<ProposalView> ofVacancy(@PathVariable UUID id) {
        return proposals.ofVacancy(id);
    }

    @Operation(summary = "The current centre's requests: incoming (awaiting its answer) or outgoing (sent by it)")
    @GetMapping("/proposal-requests")
    List<RequestView> requests(@RequestParam(defaultValue = "incoming") String direction) {
        return "outgoing".equals(direction) ? requests.outgoing(100) : requests.incoming(100);
    }

    @GetMapping("/proposal-requests/{id}")
    ResponseEntity<RequestView> request(@PathVariable UUID id) {
        var r = requests.request(id);
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(r);
    }

    @Operation(summary = "Accept a request: the centre in charge proposes the vacancy (201 with the proposal)")
    @PostMapping(value = "/proposal-requests/{id}/accept", consumes = "application/json")
    ResponseEntity<ProposalView> accept(@PathVariable UUID id, IfMatch ifMatch, @RequestBody AcceptRequest request) {
        var proposal = requests.accept(id, request, ifMatch.version());
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + proposal.id()))
                .eTag(ETags.of(proposal.version()))
                .body(proposal);
    }

    @PostMapping(value = "/proposal-requests/{id}/decline", consumes = "application/json")
    ResponseEntity<RequestView> decline(@PathVariable UUID id, IfMatch ifMatch, @RequestBody DeclineRequest request) {
        var r = requests.decline(id, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(r);
    }

    private static ResponseEntity<ProposalView> ok(ProposalView proposal) {
        return ResponseEntity.ok().eTag(ETags.of(proposal.version())).body(proposal);
    }
}
