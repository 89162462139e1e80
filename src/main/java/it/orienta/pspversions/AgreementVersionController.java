package it.orienta.pspversions;

import it.orienta.agreement.AgreementService;
import it.orienta.charter.CharterService;
import it.orienta.interview.InterviewService;
import it.orienta.person.PersonService;
import it.orienta.proposal.ProposalService;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * A PSP's versions as the operator reads and follows them: a version with its plan's follow-up, the update that opens
 * a new version, the differences between two versions, the PDF and the signed scan. Who may read or change a
 * person's agreement is the record-access policy's answer, asked by the services (a refusal is the 403 page with its
 * reason).
 */
@Controller
class AgreementVersionController {

    private final AgreementService agreements;
    private final AgreementDocuments documents;
    private final InterviewService interviews;
    private final CharterService charter;
    private final PersonService persons;
    private final ProposalService proposals;

    AgreementVersionController(
            AgreementService agreements,
            AgreementDocuments documents,
            InterviewService interviews,
            CharterService charter,
            PersonService persons,
            ProposalService proposals) {
        this.proposals = proposals;
        this.agreements = agreements;
        this.documents = documents;
        this.interviews = interviews;
        this.charter = charter;
        this.persons = persons;
    }

    @ModelAttribute("activityLabels")
    Map<String, String> activityLabels(Locale locale) {
        return charter.activityLabels(locale);
    }

    // ---------------------------------------------------------------- versions

    @GetMapping("/agreements/{id}")
    String version(@PathVariable UUID id, Model model) {
        var agreement = agreements.open(id);
        model.addAttribute("a", agreement);
        model.addAttribute("person", persons.view(agreement.personId()));
        model.addAttribute("versions", agreements.versions(agreement.personId()));
        model.addAttribute("meetings", interviews.meetings(id));
        model.addAttribute("statusForm", new StatusForm());
        // measure (d), scouting: how many vacancies were proposed and what came of the latest (issue 13)
        model.addAttribute("proposalMeasure", proposals.measure(agreement.personId()));
        return "agreement/view";
    }

    @PostMapping("/plan-items/{itemId}/status")
    String changeStatus(
            @PathVariable UUID itemId,
            @ModelAttribute("statusForm") StatusForm form,
            BindingResult result,
            @org.springframework.web.bind.annotation.RequestParam UUID agreementId,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                agreements.changeItemStatus(itemId, form.toCommand(), form.getVersion());
                redirect.addFlashAttribute("flash", "agreement.item.status-changed");
            } catch (RuleViolationException e) {
                redirect.addFlashAttribute("agreementErrors", e.violations());
                redirect.addFlashAttribute("errorItem", itemId);
            } catch (StaleVersionException e) {
                redirect.addFlashAttribute(
                        "agreementErrors", List.of(RuleViolationException.Violation.of("agreement.item.stale", null)));
                redirect.addFlashAttribute("errorItem", itemId);
            }
        }
        return "redirect:/agreements/" + agreementId + "#item-" + itemId;
    }

    @PostMapping("/agreements/{id}/update")
    String update(@PathVariable UUID id, RedirectAttributes redirect) {
        var personId = agreements.personOf(id);
        try {
            agreements.update(id);
            redirect.addFlashAttribute("flash", "agreement.update.started");
            return "redirect:/persons/" + personId + "/agreement";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("agreementErrors", e.violations());
            return "redirect:/agreements/" + id;
        }
    }

    @GetMapping("/agreements/{a}/diff/{b}")
    String diff(@PathVariable UUID a, @PathVariable UUID b, Model model) {
        var diff = documents.diff(a, b);
        var from = agreements.summary(diff.fromId());
        model.addAttribute("diff", diff);
        model.addAttribute("person", persons.view(from.personId()));
        model.addAttribute("versions", agreements.versions(from.personId()));
        return "agreement/diff";
    }

    // ---------------------------------------------------------------- documents

    @GetMapping("/agreements/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        var pdf = documents.pdf(id); // first: the read is audited as the PDF's
        var summary = agreements.summary(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename("patto-di-servizio-v" + summary.number() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/agreements/{id}/scan")
    ResponseEntity<byte[]> scan(@PathVariable UUID id) {
        var scan = agreements.scan(id).orElseThrow(() -> new it.orienta.system.NotFoundException("Scan", id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(scan.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(scan.content());
    }
}
