package it.orienta.pathway;

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

/** A person's pathway (R1) and the outcomes of their closed pathways (R26) in the REST API. */
@RestController
@RequestMapping("/api/v1")
class PathwayApiController {

    private final PathwayService pathways;
    private final PathwayOutcomes outcomes;

    PathwayApiController(PathwayService pathways, PathwayOutcomes outcomes) {
        this.pathways = pathways;
        this.outcomes = outcomes;
    }

    @GetMapping("/persons/{id}/pathway")
    PathwayView pathway(@PathVariable UUID id) {
        return pathways.pathway(id);
    }

    @GetMapping("/persons/{id}/pathway/outcomes")
    List<OutcomeView> outcomes(@PathVariable UUID id) {
        return outcomes.outcomes(id);
    }

    @PostMapping(value = "/persons/{id}/pathway/outcomes", consumes = "application/json")
    ResponseEntity<OutcomeView> close(@PathVariable UUID id, @RequestBody PathwayOutcomes.ClosePathway request) {
        var outcome = outcomes.close(id, request);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/pathway/outcomes"))
                .body(outcome);
    }
}
