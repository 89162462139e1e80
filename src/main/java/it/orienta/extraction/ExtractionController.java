package it.orienta.extraction;

import it.orienta.reference.ReferenceService;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The selective extraction page: the filter, how many rows it takes, the extraction started in the background with
 * its progress polled by the page, then the download.
 */
@Controller
@PreAuthorize("hasAnyRole('OPERATOR', 'COORDINATOR', 'ADMIN')")
class ExtractionController {

    private final Extractions extractions;
    private final ReferenceService reference;

    ExtractionController(Extractions extractions, ReferenceService reference) {
        this.extractions = extractions;
        this.reference = reference;
    }

    @GetMapping("/occupations/extraction")
    String page(
            @RequestParam(required = false) String professionCode,
            @RequestParam(required = false) Integer sepSector,
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(defaultValue = "false") boolean fromWork,
            @RequestParam(defaultValue = "false") boolean fromEducation,
            @RequestParam(defaultValue = "false") boolean fromTraining,
            @RequestParam(required = false) ExtractionFilter.CvState cv,
            @RequestParam(defaultValue = "false") boolean count,
            Model model) {
        var filter = new ExtractionFilter(
                professionCode,
                sepSector,
                municipalityCode(municipalityCode),
                fromWork,
                fromEducation,
                fromTraining,
                cv);
        model.addAttribute("filter", filter);
        model.addAttribute("municipalityInput", municipalityCode == null ? "" : municipalityCode);
        model.addAttribute("sep", reference.sepSectors());
        model.addAttribute("cvStates", ExtractionFilter.CvState.values());
        if (count) {
            model.addAttribute("rows", extractions.count(filter));
        }
        return "occupation/extraction";
    }

    @PostMapping("/occupations/extraction")
    String start(
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
                professionCode,
                sepSector,
                municipalityCode(municipalityCode),
                fromWork,
                fromEducation,
                fromTraining,
                cv);
        var job = extractions.start(filter, format, locale);
        return "redirect:/occupations/extraction/" + job.id();
    }

    @GetMapping("/occupations/extraction/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", extractions.job(id));
        return "occupation/job";
    }

    /** The progress fragment the page polls. */
    @GetMapping("/occupations/extraction/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", extractions.job(id));
        return "occupation/job :: progress";
    }

    @GetMapping("/occupations/extraction/{id}/file")
    ResponseEntity<StreamingResponseBody> file(@PathVariable UUID id) {
        return download(extractions, extractions.job(id));
    }

    /**
     * A finished extraction's file as an attachment, streamed from the database whichever node wrote it; 409 while
     * it runs or after it failed, 410 once expired (the page's and the API's download).
     */
    static ResponseEntity<StreamingResponseBody> download(Extractions extractions, ExtractionJob job) {
        if (!job.downloadable()) {
            return ResponseEntity.status(job.state() == ExtractionJob.State.EXPIRED ? 410 : 409)
                    .build();
        }
        var response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(job.format().mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(job.fileName())
                                .build()
                                .toString());
        if (job.fileSize() != null) {
            response.contentLength(job.fileSize());
        }
        StreamingResponseBody body = out -> extractions.download(job, out);
        return response.body(body);
    }

    /** "Firenze (FI) · 048017" or a bare code. */
    static String municipalityCode(String input) {
        if (input == null) {
            return null;
        }
        int dot = input.lastIndexOf('·');
        return (dot >= 0 ? input.substring(dot + 1) : input).strip();
    }
}
