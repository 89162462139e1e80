package it.orienta.cv;

import it.orienta.intake.IntakeService;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CV page of a person (R14–R21): the checklist of R15 before the upload control, the current CV with its
 * validity or the obsolete label and its transfer state, upload, generation with an in-page preview, the history,
 * the deletion with its confirmation; and the centre's list of CVs about to expire (operators and coordinators). Who
 * may see or change a person's CV is the record-access policy's, asked by {@link CvService}.
 */
@Controller
class CvController {

    private final CvService cvs;
    private final PersonService persons;
    private final IntakeService intakes;
    private final CurrentActor current;

    CvController(CvService cvs, PersonService persons, IntakeService intakes, CurrentActor current) {
        this.cvs = cvs;
        this.persons = persons;
        this.intakes = intakes;
        this.current = current;
    }

    @GetMapping("/persons/{id}/cv")
    String page(
            @PathVariable UUID id,
            @RequestParam(name = CvUploadLimitFilter.REFUSED_PARAMETER, required = false) String refused,
            @RequestParam(required = false) String preview,
            Model model) {
        List<Violation> errors = "too-large".equals(refused)
                ? List.of(Violation.of("cv.file.too-large", CvFileRules.FIELD, CvFileRules.megabytes(cvs.maxBytes())))
                : List.of();
        if (preview != null) {
            model.addAttribute("preview", cvs.document(id, preview));
        }
        return page(id, errors, model);
    }

    @PostMapping("/persons/{id}/cv/upload")
    String upload(
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            cvs.upload(
                    id, file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
            redirect.addFlashAttribute("flash", "cv.flash.uploaded");
            return "redirect:/persons/" + id + "/cv";
        } catch (RuleViolationException e) {
            return page(id, e.violations(), model);
        }
    }

    @GetMapping("/persons/{id}/cv/preview.pdf")
    ResponseEntity<byte[]> previewPdf(@PathVariable UUID id, @RequestParam(defaultValue = "it") String language) {
        String lang = CvDocuments.language(language);
        return pdf(cvs.preview(id, lang), "anteprima-cv-" + lang + ".pdf", false);
    }

    @PostMapping("/persons/{id}/cv/generate")
    String generate(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "it") String language,
            Model model,
            RedirectAttributes redirect) {
        try {
            cvs.saveGenerated(id, language);
            redirect.addFlashAttribute("flash", "cv.flash.generated");
            return "redirect:/persons/" + id + "/cv";
        } catch (RuleViolationException e) {
            model.addAttribute("preview", cvs.document(id, language));
            return page(id, e.violations(), model);
        }
    }

    @GetMapping("/persons/{id}/cv/{cvId}/file")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID cvId) {
        var file = cvs.file(id, cvId);
        return pdf(file.content(), file.fileName(), true);
    }

    @GetMapping("/persons/{id}/cv/delete")
    String confirmDelete(@PathVariable UUID id, Model model) {
        model.addAttribute("cv", cvs.requireCurrent(id));
        model.addAttribute("person", persons.view(id));
        return "cv/delete";
    }

    @PostMapping("/persons/{id}/cv/delete")
    String delete(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            cvs.delete(id, version);
            redirect.addFlashAttribute("deletedNotice", true);
            return "redirect:/persons/" + id + "/cv";
        } catch (StaleVersionException e) {
            model.addAttribute("cv", cvs.requireCurrent(id));
            model.addAttribute("person", persons.view(id));
            model.addAttribute("stale", true);
            return "cv/delete";
        }
    }

    @GetMapping("/cv/expiring")
    @PreAuthorize("hasAnyRole('OPERATOR', 'COORDINATOR')")
    String expiring(Model model) {
        model.addAttribute("rows", cvs.expiring(current.actor(), 500));
        return "cv/expiring";
    }

    /** A CV that does not exist (never saved, deleted, purged): 404 with a page that says so and what to do. */
    @ExceptionHandler(CvNotFoundException.class)
    String missing(CvNotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("personId", e.id());
        return "cv/missing";
    }

    private String page(UUID id, List<Violation> errors, Model model) {
        var cv = cvs.current(id).orElse(null); // first: the policy's check, and the read it records, is the CV's
        var person = persons.view(id);
        var consent = intakes.currentMatchingConsent(id);
        boolean consentGiven = consent != null && consent.allowsMatching();
        model.addAttribute("person", person);
        model.addAttribute("checklist", cvs.checklist(id));
        model.addAttribute("cv", cv);
        model.addAttribute(
                "history", cvs.history(id).stream().filter(c -> !c.current()).toList());
        model.addAttribute("maxMb", CvFileRules.megabytes(cvs.maxBytes()));
        model.addAttribute(
                "fileErrors",
                errors.stream().filter(v -> CvFileRules.FIELD.equals(v.field())).toList());
        model.addAttribute(
                "generalErrors", errors.stream().filter(v -> v.field() == null).toList());
        model.addAttribute("consentGiven", consentGiven);
        String transferBlocked = !consentGiven
                ? "cv.transfer.blocked.consent"
                : cv == null ? "cv.transfer.blocked.no-cv" : cv.obsolete() ? "cv.transfer.blocked.obsolete" : null;
        model.addAttribute("transferBlocked", transferBlocked);
        if (!model.containsAttribute("preview")) {
            model.addAttribute("preview", null);
        }
        return "cv/person";
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String fileName, boolean attachment) {
        var disposition = attachment ? ContentDisposition.attachment() : ContentDisposition.inline();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        disposition
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
