package it.orienta.extraction;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    ExtractionApiController(Extractions extractions, MessageSource messages) {
        this.extractions = extractions;
        this.messages = messages;
    }

    /**
     * A background extraction's state (QUEUED, RUNNING, DONE, FAILED, EXPIRED), its progress, its file once DONE,
     * and why it failed: {@code reason} a code ({@code extraction.failure.interrupted}: the node writing it stopped;
     * {@code extraction.failure.error}), {@code reasonText} its text in the request's language.
     */
    record JobView(
            UUID id,
            String state,
            long total,
            long written,
            int percent,
            String file,
            String reason,
            String reasonText) {}

    JobView view(ExtractionJob job, Locale locale) {
        return new JobView(
                job.id(),
                job.state().name(),
                job.total(),
                job.written(),
                job.percent(),
                job.downloadable() ? "/api/v1/occupation-extractions/" + job.id() + "/file" : null,
                job.failureReason(),
                job.failureReason() == null
                        ? null
                        : messages.getMessage(job.failureReason(), null, job.failureReason(), locale));
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
                .body(view(job, locale));
    }

    @Operation(summary = "A background extraction's progress (yours only), read from the database by any node")
    @GetMapping("/occupation-extractions/{id}")
    JobView job(@PathVariable UUID id, Locale locale) {
        return view(extractions.job(id), locale);
    }

    @Operation(
            summary = "The finished extraction's file, from any node (409 while it runs or if it failed, 410 once"
                    + " expired)")
    @GetMapping("/occupation-extractions/{id}/file")
    ResponseEntity<StreamingResponseBody> file(@PathVariable UUID id) {
        return ExtractionController.download(extractions, extractions.job(id));
    }
}
