package it.orienta.reference;

import io.swagger.v3.oas.annotations.Operation;
import it.orienta.organisation.CurrentActor;
import it.orienta.system.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The professions glossary in the REST API: search (fifth level only, with the path up), and synonyms (admin). */
@RestController
@RequestMapping("/api/v1")
class GlossaryApiController {

    private final ProfessionGlossary glossary;
    private final CurrentActor current;

    GlossaryApiController(ProfessionGlossary glossary, CurrentActor current) {
        this.glossary = glossary;
        this.current = current;
    }

    @Operation(
            summary = "Find fifth-level professions (unità professionali) by words or code",
            description = "Ordinary words with Italian stemming, accents and case ignored, each word a prefix"
                    + " (\"camer\" already finds); synonyms (\"badante\"); or the start of a code (\"5.2.2\")."
                    + " Best first; limit 1–50.")
    @GetMapping("/professions")
    List<ProfessionMatch> search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit) {
        return glossary.search(q, limit);
    }

    @Operation(summary = "One fifth-level profession with its path; 404 for any other code")
    @GetMapping("/professions/{code}")
    ProfessionMatch one(@PathVariable String code) {
        return glossary.unit(code).orElseThrow(() -> new NotFoundException("Profession", code));
    }

    @Operation(summary = "Synonyms of the professions (administrators), of one unit when code is given")
    @GetMapping("/admin/profession-synonyms")
    List<ProfessionSynonym> synonyms(@RequestParam(required = false) String code) {
        return glossary.synonyms(code);
    }

    /** A synonym to add. */
    record NewSynonym(String professionCode, String term) {}

    @Operation(
            summary = "Add a synonym (administrators; audited)",
            description = "422 reference.synonym.not-unit when the code is not a current fifth-level profession,"
                    + " reference.synonym.term-invalid, 409 reference.synonym.duplicate.")
    @PostMapping("/admin/profession-synonyms")
    ResponseEntity<ProfessionSynonym> add(@RequestBody NewSynonym request) {
        var added = glossary.addSynonym(request.professionCode(), request.term(), current.actor());
        return ResponseEntity.created(URI.create("/api/v1/admin/profession-synonyms/" + added.id()))
                .body(added);
    }

    @Operation(summary = "Remove a synonym (administrators; audited)")
    @DeleteMapping("/admin/profession-synonyms/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        glossary.removeSynonym(id, current.actor());
        return ResponseEntity.noContent().build();
    }
}
