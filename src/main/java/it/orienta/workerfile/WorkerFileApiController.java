package it.orienta.workerfile;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The worker file in the REST API: its timeline and its export. */
@RestController
@RequestMapping("/api/v1/persons/{id}")
class WorkerFileApiController {

    private final WorkerFileService files;

    WorkerFileApiController(WorkerFileService files) {
        this.files = files;
    }

    @GetMapping("/timeline")
    WorkerFileService.TimelinePage timeline(
            @PathVariable UUID id,
            @RequestParam(required = false) List<String> kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return files.timeline(id, kind == null ? List.of() : kind, page, size);
    }

    @GetMapping("/export")
    WorkerFileService.Export export(@PathVariable UUID id) {
        return files.export(id);
    }

    /**
     * The file as a tagged PDF to hand over: the whole file, or the timeline from {@code from} to {@code to} (days,
     * both included, either optional); in the request's language. Audited as an export, like the JSON one. A period
     * that ends before it starts is refused (422, rule {@code workerfile.pdf.period}, field {@code from}).
     */
    @GetMapping(value = "/export/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> exportPdf(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        return pdf(id, files.pdf(id, from, to, locale));
    }

    /** A PDF download named after the person's file. */
    static ResponseEntity<byte[]> pdf(UUID id, byte[] file) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fascicolo-" + id + ".pdf\"")
                .body(file);
    }
}
