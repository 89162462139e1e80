package it.orienta.scouting;

import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page of the companies potentially interested in a person ({@code /persons/{id}/companies}): each company with
 * its score, sector, contacts and reasons, a box to tick it; the form answers the document as a PDF download, or the
 * page again with the refusal at the list (nothing is recorded then).
 */
@Controller
class SelfPromotionController {

    private final SelfPromotionService selfPromotion;
    private final PersonService persons;
    private final MessageSource messages;

    SelfPromotionController(SelfPromotionService selfPromotion, PersonService persons, MessageSource messages) {
        this.selfPromotion = selfPromotion;
        this.persons = persons;
        this.messages = messages;
    }

    /** A company's row: the company and its reasons in the page's language. */
    record Row(Companies.Company company, List<String> reasons) {}

    @GetMapping("/persons/{id}/companies")
    String companies(@PathVariable UUID id, Model model, Locale locale) {
        page(id, Set.of(), model, locale);
        return "scouting/companies";
    }

    @PostMapping("/persons/{id}/companies/document")
    Object document(
            @PathVariable UUID id,
            @RequestParam(name = "employerIds", required = false) List<UUID> employerIds,
            Model model,
            Locale locale) {
        try {
            var document = selfPromotion.document(id, employerIds, locale);
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(document.fileName())
                                    .build()
                                    .toString())
                    .body(document.pdf());
        } catch (RuleViolationException refused) {
            page(id, employerIds == null ? Set.of() : Set.copyOf(employerIds), model, locale);
            var v = refused.violations().getFirst();
            model.addAttribute(
                    "error",
                    messages.getMessage(
                            new DefaultMessageSourceResolvable(
                                    new String[] {"rule." + v.code()}, v.args().toArray(), v.code()),
                            locale));
            var page = new ModelAndView("scouting/companies", model.asMap());
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
    }

    private void page(UUID id, Set<UUID> ticked, Model model, Locale locale) {
        model.addAttribute("person", persons.open(id, "self-promotion"));
        var found = selfPromotion.companiesFor(id, locale);
        model.addAttribute("result", found);
        model.addAttribute(
                "rows",
                found.items().stream()
                        .map(c -> new Row(
                                c,
                                c.reasons().stream()
                                        .map(r -> messages.getMessage(r.resolvable(), locale))
                                        .toList()))
                        .toList());
        model.addAttribute("ticked", ticked);
        model.addAttribute("max", SelfPromotionService.MAX_CHOSEN);
    }
}
