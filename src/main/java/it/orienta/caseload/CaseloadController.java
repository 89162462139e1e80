package it.orienta.caseload;

import it.orienta.caseload.CaseloadFilter.CvState;
import it.orienta.caseload.CaseloadFilter.NextAppointment;
import it.orienta.caseload.CaseloadFilter.Sort;
import it.orienta.charter.Stage;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** "Le mie persone": the caseload list with its filters, and the coordinator's assignment from it. */
@Controller
class CaseloadController {

    static final int PAGE = 50;

    private final CaseloadService caseload;

    CaseloadController(CaseloadService caseload) {
        this.caseload = caseload;
    }

    /** The list's filters as the page's query string carries them. */
    record Query(
            String operator,
            Stage stage,
            NextAppointment appointment,
            boolean overdue,
            CvState cv,
            Sort sort,
            int page) {

        CaseloadFilter filter() {
            boolean unassigned = "none".equals(operator);
            UUID operatorId = null;
            if (!unassigned && operator != null && !operator.isBlank()) {
                try {
                    operatorId = UUID.fromString(operator);
                } catch (IllegalArgumentException e) {
                    // an operator id that is not one: the whole centre
                }
            }
            return new CaseloadFilter(operatorId, unassigned, stage, appointment, overdue, cv, sort, page, PAGE);
        }

        /** The page's address with these filters and another page number. */
        String href(int page) {
            var uri = UriComponentsBuilder.fromPath("/caseload");
            if (operator != null && !operator.isBlank()) uri.queryParam("operator", operator);
            if (stage != null) uri.queryParam("stage", stage);
            if (appointment != null && appointment != NextAppointment.ANY) uri.queryParam("appointment", appointment);
            if (overdue) uri.queryParam("overdue", true);
            if (cv != null && cv != CvState.ANY) uri.queryParam("cv", cv);
            if (sort != null && sort != Sort.NAME) uri.queryParam("sort", sort);
            if (page > 0) uri.queryParam("page", page);
            return uri.encode().build().toUriString();
        }
    }

    @GetMapping("/caseload")
    String list(
            @RequestParam(required = false) String operator,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) NextAppointment appointment,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) CvState cv,
            @RequestParam(required = false) Sort sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var query = new Query(operator, stage, appointment, overdue, cv, sort, Math.max(page, 0));
        return page(query, new AssignForm(), model);
    }

    @PostMapping("/caseload/assign")
    String assign(
            @ModelAttribute("form") AssignForm form,
            BindingResult result,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect) {
        try {
            int changed = caseload.assign(form.targets(), form.getOperatorId(), form.getReason());
            redirect.addFlashAttribute("flash", changed == 0 ? "caseload.assigned.none" : "caseload.assigned");
            return "redirect:" + (back != null && back.startsWith("/caseload") ? back : "/caseload");
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
        } catch (StaleVersionException e) {
            result.reject("caseload.stale");
        }
        return page(queryOf(back), form, model);
    }

    /** The filters of the list the form was sent from, so that a refused assignment shows the same rows again. */
    static Query queryOf(String back) {
        if (back == null || !back.startsWith("/caseload")) {
            return new Query(null, null, null, false, null, null, 0);
        }
        var params = UriComponentsBuilder.fromUriString(back).build().getQueryParams();
        return new Query(
                params.getFirst("operator"),
                value(Stage.class, params.getFirst("stage")),
                value(NextAppointment.class, params.getFirst("appointment")),
                "true".equals(params.getFirst("overdue")),
                value(CvState.class, params.getFirst("cv")),
                value(Sort.class, params.getFirst("sort")),
                0);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String page(Query query, AssignForm form, Model model) {
        var filter = query.filter();
        var result = caseload.list(filter);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("form", form);
        model.addAttribute("coordinator", caseload.mayAssign());
        model.addAttribute("operators", caseload.mayAssign() ? caseload.operators() : java.util.List.of());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("appointments", NextAppointment.values());
        model.addAttribute("cvStates", CvState.values());
        model.addAttribute("sorts", Sort.values());
        model.addAttribute("previous", result.page() > 0 ? query.href(result.page() - 1) : null);
        model.addAttribute("next", result.hasMore() ? query.href(result.page() + 1) : null);
        model.addAttribute("back", query.href(result.page()));
        return "caseload/list";
    }
}
