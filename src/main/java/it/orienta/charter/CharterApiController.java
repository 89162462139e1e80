package it.orienta.charter;

import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service charter in the REST API: everybody reads it; administrators change it (paths under
 * {@code /api/v1/admin}). Updates carry the version read in If-Match.
 */
@RestController
class CharterApiController {

    private final CharterService charter;

    CharterApiController(CharterService charter) {
        this.charter = charter;
    }

    @GetMapping("/api/v1/charter/activities")
    List<ActivityView> activities() {
        return charter.activities();
    }

    @GetMapping("/api/v1/charter/activities/{id}")
    ResponseEntity<ActivityView> activity(@PathVariable String id) {
        var activity = charter.activity(id);
        return ResponseEntity.ok().eTag(ETags.of(activity.version())).body(activity);
    }

    @GetMapping("/api/v1/charter/activities/{id}/standards")
    List<TimeStandard> standards(@PathVariable String id) {
        return charter.standards(id);
    }

    @PostMapping(value = "/api/v1/admin/charter/activities", consumes = "application/json")
    ResponseEntity<ActivityView> create(@Valid @RequestBody NewActivityRequest request) {
        ActivityView activity;
        try {
            activity = charter.create(request.id(), request.activity());
        } catch (it.orienta.system.DuplicateException e) {
            // the service links the administrator's page; the API links the activity's resource
            throw new it.orienta.system.DuplicateException(
                    "charter.id.taken", "id", "/charter/activities/" + request.id(), request.id());
        }
        return ResponseEntity.created(URI.create("/api/v1/charter/activities/" + activity.id()))
                .eTag(ETags.of(activity.version()))
                .body(activity);
    }

    @PutMapping(value = "/api/v1/admin/charter/activities/{id}", consumes = "application/json")
    ResponseEntity<ActivityView> update(
            @PathVariable String id, IfMatch ifMatch, @Valid @RequestBody ActivityCommand request) {
        var activity = charter.update(id, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(activity.version())).body(activity);
    }

    @PutMapping(value = "/api/v1/admin/charter/activities/{id}/retired", consumes = "application/json")
    ActivityView retire(@PathVariable String id, @RequestBody RetiredRequest request) {
        return charter.retire(id, request.retired());
    }

    @PostMapping(value = "/api/v1/admin/charter/activities/{id}/standards", consumes = "application/json")
    ResponseEntity<TimeStandard> addStandard(@PathVariable String id, @Valid @RequestBody StandardCommand request) {
        var standard = charter.addStandard(id, request);
        return ResponseEntity.created(URI.create("/api/v1/charter/activities/" + id + "/standards"))
                .body(standard);
    }

    /** A new activity: its key and everything else. */
    record NewActivityRequest(
            String id,
            @Valid @jakarta.validation.constraints.NotNull ActivityCommand activity) {}

    record RetiredRequest(boolean retired) {}
}
