package it.orienta.portal;

import it.orienta.person.PersonService;
import it.orienta.system.DuplicateException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of a person's CV transfer to the portal: the conditions (R18, R20) and which one fails, the R19 alert
 * with its explicit confirmation, the transfers with their states and a retry for a failed one, and the person's
 * registration on the portal.
 */
@Controller
class TransferController {

    private final TransferService transfers;
    private final PersonService persons;

    TransferController(TransferService transfers, PersonService persons) {
        this.transfers = transfers;
        this.persons = persons;
    }

    @GetMapping("/persons/{id}/cv/transfer")
    String page(@PathVariable UUID id, Model model) {
        return page(id, model, null);
    }

    @PostMapping("/persons/{id}/cv/transfer")
    String request(
            @PathVariable UUID id,
            @RequestParam(name = "confirmed", defaultValue = "false") boolean confirmed,
            Model model,
            RedirectAttributes redirect) {
        try {
            transfers.request(id, confirmed);
            redirect.addFlashAttribute("flash", "portal.transfer.requested");
            return "redirect:/persons/" + id + "/cv/transfer";
        } catch (RuleViolationException e) {
            return page(id, model, e);
        }
    }

    @PostMapping("/persons/{id}/cv/transfer/{transferId}/retry")
    String retry(
            @PathVariable UUID id,
            @PathVariable UUID transferId,
            @RequestParam(name = "version", required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            transfers.retry(id, transferId, version);
            redirect.addFlashAttribute("flash", "portal.transfer.retried");
            return "redirect:/persons/" + id + "/cv/transfer";
        } catch (StaleVersionException e) {
            return page(id, model, new DuplicateException("portal.transfer.stale", null, null));
        } catch (RuleViolationException e) {
            return page(id, model, e);
        }
    }

    private String page(UUID id, Model model, RuleViolationException refused) {
        model.addAttribute("status", transfers.status(id)); // first: the policy's check and the read it records
        model.addAttribute("person", persons.view(id));
        if (refused != null) {
            model.addAttribute("refused", refused.violations());
        }
        return "portal/transfer";
    }
}
