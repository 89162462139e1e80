package it.orienta.reference;

import it.orienta.organisation.CurrentActor;
import it.orienta.system.RuleViolationException;
import it.orienta.web.Forms;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Type-ahead choices for forms, and the administrators' import page. */
@Controller
class ReferenceController {

    private final ReferenceService reference;
    private final CurrentActor current;

    ReferenceController(ReferenceService reference, CurrentActor current) {
        this.reference = reference;
        this.current = current;
    }

    /** The {@code <option>}s of a {@code <datalist>} for what was typed in the field named {@code field}. */
    @GetMapping("/reference/{slug}/options")
    String options(
            @PathVariable String slug,
            @RequestParam String field,
            @RequestParam Map<String, String> params,
            Model model) {
        var system =
                CodeSystem.ofSlug(slug).orElseThrow(() -> new it.orienta.system.NotFoundException("CodeSystem", slug));
        String q = params.getOrDefault(field, "");
        model.addAttribute(
                "options",
                reference.search(system, q, 15).stream()
                        .map(ReferenceService::choice)
                        .toList());
        return "reference/options :: options";
    }

    @GetMapping("/admin/reference")
    String page(Model model) {
        model.addAttribute("counts", counts());
        model.addAttribute("systems", CodeSystem.values());
        return "reference/admin";
    }

    @PostMapping("/admin/reference")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "system", required = false) CodeSystem system,
            Model model)
            throws IOException {
        model.addAttribute("systems", CodeSystem.values());
        var errors = new BeanPropertyBindingResult(new Object(), "upload");
        if (file.isEmpty()) {
            errors.reject("rule.reference.file.empty");
        } else {
            try (var in = file.getInputStream()) {
                model.addAttribute(
                        "report", reference.importFhir(in, file.getOriginalFilename(), system, current.actor()));
            } catch (RuleViolationException e) {
                Forms.reject(errors, e);
            }
        }
        model.addAttribute("errors", errors.getAllErrors());
        model.addAttribute("counts", counts());
        return "reference/admin";
    }

    private Map<CodeSystem, Long> counts() {
        var counts = new EnumMap<CodeSystem, Long>(CodeSystem.class);
        for (var s : CodeSystem.values()) {
            counts.put(s, reference.count(s));
        }
        return counts;
    }
}
