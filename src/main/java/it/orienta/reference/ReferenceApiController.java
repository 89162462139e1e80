package it.orienta.reference;

import it.orienta.system.NotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reference look-ups: type-ahead by words or code, and one code. */
@RestController
@RequestMapping("/api/v1/reference")
class ReferenceApiController {

    private final ReferenceService reference;

    ReferenceApiController(ReferenceService reference) {
        this.reference = reference;
    }

    @GetMapping("/sep-sectors")
    List<ReferenceService.SepSector> sep() {
        return reference.sepSectors();
    }

    @GetMapping("/{table}")
    List<ReferenceCode> search(
            @PathVariable String table, @RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        return reference.search(system(table), q, limit);
    }

    @GetMapping("/{table}/{code}")
    ReferenceCode one(@PathVariable String table, @PathVariable String code) {
        return reference.find(system(table), code).orElseThrow(() -> new NotFoundException("Code", code));
    }

    private static CodeSystem system(String table) {
        return CodeSystem.ofSlug(table).orElseThrow(() -> new NotFoundException("CodeSystem", table));
    }
}
