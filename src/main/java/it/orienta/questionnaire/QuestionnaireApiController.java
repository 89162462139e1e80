package it.orienta.questionnaire;

import it.orienta.questionnaire.ProfilingItem.ItemList;
import it.orienta.system.RuleViolationException;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questionnaire in the REST API: the questions and indicators, read by every operator, written by administrators
 * (add, edit with If-Match, retire, move).
 */
@RestController
@RequestMapping("/api/v1")
class QuestionnaireApiController {

    private final QuestionnaireService questionnaire;

    QuestionnaireApiController(QuestionnaireService questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** The questions or the indicators in their order, retired ones included (flagged). */
    @GetMapping("/profiling/{list:questions|indicators}")
    @PreAuthorize("isAuthenticated()")
    List<ProfilingItem> items(@PathVariable String list) {
        return questionnaire.items(ItemList.ofPath(list));
    }

    @PostMapping(value = "/admin/profiling/{list:questions|indicators}", consumes = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProfilingItem> addItem(@PathVariable String list, @RequestBody SaveItem request) {
        var item = questionnaire.addItem(ItemList.ofPath(list), request);
        return ResponseEntity.created(URI.create("/api/v1/admin/profiling/items/" + item.id()))
                .eTag(ETags.of(item.version()))
                .body(item);
    }

    @GetMapping("/admin/profiling/items/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProfilingItem> item(@PathVariable UUID id) {
        var item = questionnaire.item(id);
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(item);
    }

    @PutMapping(value = "/admin/profiling/items/{id}", consumes = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProfilingItem> updateItem(@PathVariable UUID id, IfMatch ifMatch, @RequestBody SaveItem request) {
        var item = questionnaire.updateItem(id, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(item);
    }

    /** Retires an entry ({@code retired: true}) or puts it back; entries are never deleted. */
    @PostMapping(value = "/admin/profiling/items/{id}/retired", consumes = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    ProfilingItem retire(@PathVariable UUID id, @RequestBody RetireRequest request) {
        return questionnaire.retireItem(id, request.retired());
    }

    /** Moves an entry one place {@code up} or {@code down}; answers the list in its new order. */
    @PostMapping(value = "/admin/profiling/items/{id}/move", consumes = "application/json")
    @PreAuthorize("hasRole('ADMIN')")
    List<ProfilingItem> move(@PathVariable UUID id, @RequestBody MoveRequest request) {
        if (!"up".equals(request.direction()) && !"down".equals(request.direction())) {
            throw new RuleViolationException("profiling.item.direction", "direction");
        }
        return questionnaire.moveItem(id, "up".equals(request.direction()));
    }
}
