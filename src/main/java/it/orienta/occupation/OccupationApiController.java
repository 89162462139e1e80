package it.orienta.occupation;

import io.swagger.v3.oas.annotations.Operation;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Desired occupations (R11–R13) and the person's availability in the REST API. Changes carry the version read in
 * If-Match; a stale one answers 409 with the current state. Refusals are problem details with a code each:
 * {@code occupation.limit} (409, a fourth occupation; the message names the three), {@code occupation.source.required},
 * {@code occupation.interview-date.future}, {@code occupation.profession.not-unit},
 * {@code occupation.profession.unknown}, {@code occupation.duplicate} (409).
 */
@RestController
@RequestMapping("/api/v1/persons/{personId}")
class OccupationApiController {

    private final OccupationService service;

    OccupationApiController(OccupationService service) {
        this.service = service;
    }

    /** A desired occupation with its notes rendered as the regional free-text block. */
    record OccupationResponse(DesiredOccupationView occupation, String regionalText) {}

    @Operation(summary = "The person's desired occupations (at most three), oldest first, with the regional text")
    @GetMapping("/occupations")
    List<OccupationResponse> list(@PathVariable UUID personId) {
        return service.list(personId).stream()
                .map(o -> new OccupationResponse(o, service.regionalText(o)))
                .toList();
    }

    @Operation(summary = "One desired occupation; ETag is the version to send in If-Match")
    @GetMapping("/occupations/{id}")
    ResponseEntity<OccupationResponse> one(@PathVariable UUID personId, @PathVariable UUID id) {
        var o = service.get(personId, id);
        return ResponseEntity.ok().eTag(ETags.of(o.version())).body(new OccupationResponse(o, service.regionalText(o)));
    }

    @Operation(
            summary = "Add a desired occupation",
            description = "A current fifth-level ISTAT profession, at least one source, the interview date (not in"
                    + " the future). A fourth answers 409 occupation.limit naming the three that exist.")
    @PostMapping(value = "/occupations", consumes = "application/json")
    ResponseEntity<OccupationResponse> add(@PathVariable UUID personId, @RequestBody OccupationCommand command) {
        var o = service.add(personId, command);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + personId + "/occupations/" + o.id()))
                .eTag(ETags.of(o.version()))
                .body(new OccupationResponse(o, service.regionalText(o)));
    }

    @Operation(summary = "Change a desired occupation (If-Match: the version read)")
    @PutMapping(value = "/occupations/{id}", consumes = "application/json")
    ResponseEntity<OccupationResponse> change(
            @PathVariable UUID personId,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @RequestBody OccupationCommand command) {
        var o = service.change(personId, id, ifMatch.version(), command);
        return ResponseEntity.ok().eTag(ETags.of(o.version())).body(new OccupationResponse(o, service.regionalText(o)));
    }

    @Operation(summary = "Remove a desired occupation (If-Match: the version read)")
    @DeleteMapping("/occupations/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID personId, @PathVariable UUID id, IfMatch ifMatch) {
        service.remove(personId, id, ifMatch.version());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The person's availability (hours, travel, transport); version 0 before the first save")
    @GetMapping("/availability")
    ResponseEntity<Availability.View> availability(@PathVariable UUID personId) {
        var a = service.availability(personId);
        return ResponseEntity.ok().eTag(ETags.of(a.version())).body(a);
    }

    @Operation(summary = "Save the person's availability (If-Match: the version read, \"0\" before the first save)")
    @PutMapping(value = "/availability", consumes = "application/json")
    ResponseEntity<Availability.View> saveAvailability(
            @PathVariable UUID personId, IfMatch ifMatch, @RequestBody Availability.Command command) {
        var a = service.saveAvailability(personId, ifMatch.version(), command);
        return ResponseEntity.ok().eTag(ETags.of(a.version())).body(a);
    }
}
