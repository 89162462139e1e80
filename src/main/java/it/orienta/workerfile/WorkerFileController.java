package it.orienta.workerfile;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The worker file page and its timeline fragment. */
@Controller
class WorkerFileController {

    private final WorkerFileService files;
    private final WorkerFilePages pages;

    WorkerFileController(WorkerFileService files, WorkerFilePages pages) {
        this.files = files;
        this.pages = pages;
    }

    @GetMapping("/persons/{id}")
    String file(@PathVariable UUID id, Model model, Locale locale) {
        var page = pages.page(id, locale);
        model.addAttribute("file", page.file());
        model.addAttribute("p", page.file().person());
        model.addAttribute("consents", page.consents());
        // the pathway as guidance states it, the same as on "Incontri e appuntamenti"
        model.addAttribute("pathway", page.pathway());
        // the current PSP: the version in force, and the draft being written
        model.addAttribute("agreementVersions", page.agreementVersions());
        model.addAttribute("agreementSigned", page.agreementSigned());
        model.addAttribute("agreementDraft", page.agreementDraft());
        model.addAttribute("meetings", page.meetings());
        model.addAttribute("cv", page.cv());
        model.addAttribute("activityLabels", page.activityLabels());
        model.addAttribute("timeline", page.timeline());
        model.addAttribute("kind", "");
        model.addAttribute("maySeeSpecial", page.maySeeSpecial());
        model.addAttribute("municipalities", page.municipalities());
        model.addAttribute("countries", page.countries());
        model.addAttribute("titles", page.titles());
        model.addAttribute("professions", page.professions());
        model.addAttribute("sep", page.sep());
        return "workerfile/file";
    }

    /** The whole file as JSON for the person (right of access); audited. */
    @GetMapping(value = "/persons/{id}/export", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<WorkerFileService.Export> export(@PathVariable UUID id) {
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"fascicolo-" + id + ".json\"")
                .body(files.export(id));
    }

    /** The file as a PDF to hand over, the whole file or a period (days, both included); audited as an export. */
    @GetMapping("/persons/{id}/export/pdf")
    org.springframework.http.ResponseEntity<byte[]> exportPdf(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        return WorkerFileApiController.pdf(id, files.pdf(id, from, to, locale));
    }

    @GetMapping("/persons/{id}/timeline")
    String timeline(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        if (htmx == null) {
            return "redirect:/persons/" + id + "#timeline";
        }
        model.addAttribute("personId", id);
        model.addAttribute("kind", kind);
        model.addAttribute(
                "timeline",
                files.timeline(id, kind.isBlank() ? List.of() : List.of(kind), page, WorkerFilePages.TIMELINE_PAGE));
        return "workerfile/file :: timeline";
    }
}
