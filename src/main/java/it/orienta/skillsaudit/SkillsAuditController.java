package it.orienta.skillsaudit;

import it.orienta.charter.CharterService;
import it.orienta.guidance.GuidanceService;
import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The skills audit's output document (R24) as a page: the draft's form (save, or save and complete), the final
 * document once completed with the call to update the PSP, and its PDF.
 */
@Controller
class SkillsAuditController {

    private final SkillsAuditDocuments documents;
    private final GuidanceService guidance;
    private final CharterService charter;
    private final PersonService persons;

    SkillsAuditController(
            SkillsAuditDocuments documents, GuidanceService guidance, CharterService charter, PersonService persons) {
        this.documents = documents;
        this.guidance = guidance;
        this.charter = charter;
        this.persons = persons;
    }

    @GetMapping("/engagements/{id}/audit-document")
    String page(@PathVariable UUID id, Model model, Locale locale) {
        var document = documents.document(id);
        var form = SkillsAuditForm.of(document);
        if (document.id() == null && form.getHistory().isBlank()) {
            // once only: a document never saved starts from the path the registry holds, editable
            var suggested = documents.suggestedHistory(document.personId(), locale);
            if (!suggested.isBlank()) {
                form.setHistory(suggested);
                model.addAttribute("historyPrefilled", true);
            }
        }
        return page(document, form, model);
    }

    @PostMapping("/engagements/{id}/audit-document")
    String save(
            @PathVariable UUID id,
            @ModelAttribute("form") SkillsAuditForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var sections = form.sections();
                if ("complete".equals(form.getAction())) {
                    documents.saveAndComplete(id, sections, form.getVersion());
                    redirect.addFlashAttribute("flash", "guidance.audit.flash.completed");
                } else {
                    documents.save(id, sections, form.getVersion());
                    redirect.addFlashAttribute("flash", "guidance.audit.flash.saved");
                }
                return "redirect:/engagements/" + id + "/audit-document";
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            } catch (StaleVersionException e) {
                result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
            }
        }
        return page(documents.document(id), form, model);
    }

    @GetMapping("/engagements/{id}/audit-document/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        var pdf = documents.pdf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename("bilancio-delle-competenze.pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private String page(SkillsAuditDocumentView document, SkillsAuditForm form, Model model) {
        var engagement = guidance.engagement(document.engagementId());
        model.addAttribute("document", document);
        model.addAttribute("person", persons.view(document.personId()));
        model.addAttribute("activity", charter.activity(engagement.activityId()));
        model.addAttribute("engagement", engagement);
        model.addAttribute("form", form);
        return "guidance/audit-document";
    }
}
