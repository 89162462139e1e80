package it.orienta.audit;

import it.orienta.system.RuleViolationException;
import it.orienta.web.Forms;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Browsing the audit log: administrators see everything; a coordinator sees the entries of their current centre
 * and every access to the persons that centre has in charge made from other centres, flagged. Filters by person
 * (codice fiscale or name), operator, centre, period and exceptional accesses; wrong input is a message at its
 * field. The filtered entries export to CSV, an export that is itself recorded. There is no way to change or
 * delete an entry.
 */
@Controller
class AuditController {

    static final int PAGE = 50;

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/audit")
    String page(
            @ModelAttribute("filter") AuditFilter filter,
            BindingResult result,
            @RequestParam(defaultValue = "0") String page,
            Model model,
            Locale locale) {
        int number = pageNumber(page);
        var scope = search.scope();
        model.addAttribute("scope", scope);
        model.addAttribute("page", number);
        model.addAttribute("centres", search.centres());
        model.addAttribute("entries", java.util.List.of());
        model.addAttribute("hasMore", false);
        model.addAttribute("invalid", result.hasErrors());
        if (result.hasErrors()) {
            return "audit/log";
        }
        try {
            var found = search.page(search.resolve(filter), number, PAGE, locale);
            model.addAttribute("entries", found.rows());
            model.addAttribute("hasMore", found.hasMore());
            model.addAttribute("showReason", found.rows().stream().anyMatch(r -> r.exceptionalReason() != null));
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
            model.addAttribute("invalid", true);
        }
        return "audit/log";
    }

    /**
     * The filtered entries as CSV for a spreadsheet. Wrong filters send the browser back to the page, which shows
     * their messages.
     */
    @GetMapping("/audit/export.csv")
    ResponseEntity<StreamingResponseBody> export(
            @ModelAttribute("filter") AuditFilter filter,
            BindingResult result,
            jakarta.servlet.http.HttpServletRequest request,
            Locale locale) {
        AuditLog.AuditQuery query;
        try {
            if (result.hasErrors()) {
                throw new RuleViolationException("audit.filter.invalid", null);
            }
            query = search.resolve(filter);
        } catch (RuleViolationException e) {
            var back = org.springframework.web.util.UriComponentsBuilder.fromPath(request.getContextPath() + "/audit")
                    .query(request.getQueryString())
                    .build()
                    .toUriString();
            return ResponseEntity.status(303)
                    .location(java.net.URI.create(back))
                    .build();
        }
        search.recordExport(filter);
        StreamingResponseBody body = out -> search.export(query, out, locale);
        return csv(body);
    }

    static ResponseEntity<StreamingResponseBody> csv(StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("registro-accessi.csv")
                                .build()
                                .toString())
                .body(body);
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(Integer.parseInt(page.strip()), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
