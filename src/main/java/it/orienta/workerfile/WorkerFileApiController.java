package it.orienta.workerfile;

import java.util.List;
import java.util.UUID;
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
}
