package it.orienta.audit;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browsing the audit log: administrators see everything, coordinators the entries of their current centre.
 * There is no way to change or delete an entry.
 */
@Controller
class AuditController {

    static final int PAGE = 50;

    private final AuditLog log;
    private final CurrentActor current;

    AuditController(AuditLog log, CurrentActor current) {
        this.log = log;
        this.current = current;
    }

    @GetMapping("/audit")
    String page(
            @RequestParam(required = false) UUID personId,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var filter = new AuditLog.AuditFilter(personId, username, from, to);
        var scope = scope(current);
        var rows = log.search(filter, scope, Math.max(page, 0), PAGE);
        model.addAttribute("filter", filter);
        model.addAttribute("scope", scope);
        model.addAttribute("entries", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
        model.addAttribute("hasMore", rows.size() > PAGE);
        model.addAttribute("page", Math.max(page, 0));
        return "audit/log";
    }

    /** The centre a coordinator is limited to; {@code null} for administrators. */
    static String scope(CurrentActor current) {
        return current.has(Role.ADMIN) ? null : current.centreCode().orElse("-");
    }

    /** The audit log in the API: same filters and scope, newest first. */
    @RestController
    static class AuditApiController {
        private final AuditLog log;
        private final CurrentActor current;

        AuditApiController(AuditLog log, CurrentActor current) {
            this.log = log;
            this.current = current;
        }

        @GetMapping("/api/v1/audit")
        ResponseEntity<List<AuditLog.AuditEntry>> search(
                @RequestParam(required = false) UUID personId,
                @RequestParam(required = false) String username,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "50") int size) {
            int limit = Math.min(Math.max(size, 1), 200);
            var rows = log.search(
                    new AuditLog.AuditFilter(personId, username, from, to), scope(current), Math.max(page, 0), limit);
            return ResponseEntity.ok()
                    .header("X-Has-More", String.valueOf(rows.size() > limit))
                    .body(rows.size() > limit ? rows.subList(0, limit) : rows);
        }
    }
}
