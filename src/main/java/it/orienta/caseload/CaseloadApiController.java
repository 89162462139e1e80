package it.orienta.caseload;

import it.orienta.caseload.CaseloadFilter.CvState;
import it.orienta.caseload.CaseloadFilter.NextAppointment;
import it.orienta.caseload.CaseloadFilter.Sort;
import it.orienta.charter.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caseload in the REST API: the list with its filters and the coordinator's assignment. */
@RestController
@RequestMapping("/api/v1/caseload")
class CaseloadApiController {

    private final CaseloadService caseload;

    CaseloadApiController(CaseloadService caseload) {
        this.caseload = caseload;
    }

    /**
     * The persons of the caller (an operator) or of the centre of the day (a coordinator: all, one operator's with
     * {@code operatorId}, or the unassigned with {@code unassigned=true}), filtered and sorted, a page at a time.
     */
    @GetMapping
    CaseloadPage list(
            @RequestParam(required = false) UUID operatorId,
            @RequestParam(defaultValue = "false") boolean unassigned,
            @RequestParam(required = false) Stage stage,
            @RequestParam(defaultValue = "ANY") NextAppointment appointment,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "ANY") CvState cv,
            @RequestParam(defaultValue = "NAME") Sort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return caseload.list(
                new CaseloadFilter(operatorId, unassigned, stage, appointment, overdue, cv, sort, page, size));
    }

    /** The operators of the centre of the day who may be responsible for persons. */
    @GetMapping("/operators")
    List<CaseloadService.OperatorChoice> operators() {
        return caseload.operators();
    }

    /**
     * Makes an operator responsible for persons of the centre (coordinators), with a reason (5–500 characters). Each
     * person is named with the {@code version} of its assignment as listed: a change meanwhile answers 409
     * ({@code version.stale}) and nothing is saved; a rule broken answers 422 naming the field.
     */
    @PostMapping(value = "/assignments", consumes = "application/json")
    AssignmentResult assign(@RequestBody AssignmentRequest request) {
        var targets = new LinkedHashMap<UUID, Long>();
        if (request.persons() != null) {
            request.persons().stream()
                    .filter(p -> p != null && p.personId() != null)
                    .forEach(p -> targets.put(p.personId(), p.version()));
        }
        return new AssignmentResult(caseload.assign(targets, request.operatorId(), request.reason()));
    }

    /** A person to assign and the version of their assignment as listed. */
    record PersonVersion(UUID personId, Long version) {}

    /** Who is to be responsible for which persons, and why. */
    record AssignmentRequest(List<PersonVersion> persons, UUID operatorId, String reason) {}

    /** How many persons changed operator (those already with the operator are left as they are). */
    record AssignmentResult(int changed) {}
}
