package it.orienta.access;

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

/** The exceptional read of another centre's case in the REST API, and the coordinator's list of grants. */
@RestController
@RequestMapping("/api/v1")
class ExceptionalAccessApiController {

    private final ExceptionalAccessService grants;

    ExceptionalAccessApiController(ExceptionalAccessService grants) {
        this.grants = grants;
    }

    /** Asks for a read-only access to the case of a person in charge at another centre, for the configured time. */
    @PostMapping(value = "/persons/{id}/exceptional-access", consumes = "application/json")
    ResponseEntity<ExceptionalAccessView> grant(@PathVariable UUID id, @RequestBody ExceptionalAccessRequest request) {
        return ResponseEntity.status(201).body(grants.grant(id, request.reason(), request.text()));
    }

    /** The grants on the persons of the coordinator's centre in the last {@code days} days (coordinators). */
    @GetMapping("/access/exceptional")
    List<ExceptionalAccessView> grants(@RequestParam(defaultValue = "30") int days) {
        return grants.grantsOnMyPersons(Math.clamp(days, 1, 366), ExceptionalAccessController.LIST_LIMIT);
    }

    /**
     * Why the case is read: one reason of the list and a text that says more (10–1000 characters).
     *
     * @param reason {@code IDENTITY_CHECK}, {@code PERSON_AT_DESK}, {@code CONTINUITY} or {@code OTHER}
     */
    record ExceptionalAccessRequest(ExceptionalAccessReason reason, String text) {}
}
