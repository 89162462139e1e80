package it.orienta.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log in the API: the page's filters and scope, newest first, each entry with its codes and their words
 * (in the language asked with Accept-Language), and the same CSV export.
 */
@RestController
class AuditApiController {

    private final AuditSearch search;

    AuditApiController(AuditSearch search) {
        this.search = search;
    }

    @Operation(
            summary = "Search the audit log",
            description = "Filters: personId, or person (codice fiscale or name, 422 when nobody or more than 100"
                    + " persons match); username; centre (where the entry was made); from/to (dates inclusive,"
                    + " Italian time); exceptional (only reads under an exceptional access). Administrators see"
                    + " every centre; a coordinator their centre's entries and every access to the persons their"
                    + " centre has in charge (otherCentre true when made from another centre). X-Has-More tells"
                    + " whether another page follows.")
    @GetMapping("/api/v1/audit")
    ResponseEntity<List<AuditSearch.AuditRow>> search(
            @RequestParam(required = false) UUID personId,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String centre,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean exceptional,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        int limit = Math.min(Math.max(size, 1), 200);
        var query = search.resolve(filter(personId, person, username, centre, from, to, exceptional));
        var found = search.page(query, Math.max(page, 0), limit, locale);
        return ResponseEntity.ok()
                .header("X-Has-More", String.valueOf(found.hasMore()))
                .body(found.rows());
    }

    @Operation(
            summary = "Export the audit log to CSV",
            description = "The filters of the search; every matching entry, newest first, as CSV (UTF-8 with BOM,"
                    + " ';'). The export is itself recorded in the log.")
    @GetMapping("/api/v1/audit/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) UUID personId,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String centre,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean exceptional,
            Locale locale) {
        var filter = filter(personId, person, username, centre, from, to, exceptional);
        var query = search.resolve(filter);
        search.recordExport(filter);
        StreamingResponseBody body = out -> search.export(query, out, locale);
        return AuditController.csv(body);
    }

    private static AuditFilter filter(
            UUID personId,
            String person,
            String username,
            String centre,
            LocalDate from,
            LocalDate to,
            boolean exceptional) {
        return new AuditFilter(
                personId != null ? personId.toString() : person,
                username,
                centre,
                from == null ? null : from.toString(),
                to == null ? null : to.toString(),
                exceptional);
    }
}
