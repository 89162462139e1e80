package it.orienta.occupation;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The selective extraction in the REST API: streamed at once (GET), or started in the background (POST) and
 * followed, then downloaded. One row per person–occupation; person-level data in person columns only (R13).
 * Operators and coordinators extract within their current centre, administrators across centres; audited.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('OPERATOR', 'COORDINATOR', 'ADMIN')")
class ExtractionApiController {

    private final Extractions extractions;

    ExtractionApiController(Extractions extractions) {
        this.extractions = extractions;
    }

    /** A background extraction's state. */
    record JobView(UUID id, String state, long total, long written, int percent, String file) {
        static JobView of(Extractions.Job job) {
            return new JobView(
                    job.id(),
                    job.current().name(),
                    job.total(),
                    job.written().get(),
                    job.percent(),
                    job.current() == Extractions.Job.State.DONE
                            ? "/api/v1/occupation-extractions/" + job.id() + "/file"
                            : null);
        }
    }

    /** What to extract, and how. */
    record ExtractionRequest(ExtractionFilter filter, ExtractionWriter.Format format) {}

    @Operation(
            summary = "Extract persons by desired occupation, streamed (CSV or XLSX)",
            description = "Filters: professionCode (a unit or a group), sepSector, municipalityCode (residence),"
                    + " fromWork/fromEducation/fromTraining (any ticked), cv (ANY, VALID, OBSOLETE, NONE). CSV is"
                    + " UTF-8 with BOM and ';'.")
    @GetMapping("/occupation-extraction")
    ResponseEntity<StreamingResponseBody> stream(
            @RequestParam(required = false) String professionCode,
            @RequestParam(required = false) Integer sepSector,
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(defaultValue = "false") boolean fromWork,
            @RequestParam(defaultValue = "false") boolean fromEducation,
            @RequestParam(defaultValue = "false") boolean fromTraining,
            @RequestParam(required = false) ExtractionFilter.CvState cv,
            @RequestParam(defaultValue = "CSV") ExtractionWriter.Format format,
            Locale locale) {
        var filter = new ExtractionFilter(
                professionCode, sepSector, municipalityCode, fromWork, fromEducation, fromTraining, cv);
        extractions.count(filter); // refuses an operator without a centre before the stream starts
        StreamingResponseBody body = out -> extractions.write(filter, format, out, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("estrazione-professioni." + format.extension)
                                .build()
                                .toString())
                .body(body);
    }

    @Operation(summary = "Start an extraction in the background; follow it at the Location returned")
    @PostMapping(value = "/occupation-extractions", consumes = "application/json")
    ResponseEntity<JobView> start(@RequestBody ExtractionRequest request, Locale locale) {
        var job = extractions.start(
                request.filter() == null
                        ? new ExtractionFilter(null, null, null, false, false, false, null)
                        : request.filter(),
                request.format() == null ? ExtractionWriter.Format.CSV : request.format(),
                locale);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/occupation-extractions/" + job.id()))
                .body(JobView.of(job));
    }

    @Operation(summary = "A background extraction's progress (yours only)")
    @GetMapping("/occupation-extractions/{id}")
    JobView job(@PathVariable UUID id) {
        return JobView.of(extractions.job(id));
    }

    @Operation(summary = "The finished extraction's file (409 while it runs)")
    @GetMapping("/occupation-extractions/{id}/file")
    ResponseEntity<FileSystemResource> file(@PathVariable UUID id) throws java.io.IOException {
        return ExtractionController.download(extractions.job(id));
    }
}
