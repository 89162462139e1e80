package it.orienta.vacancy;

import io.swagger.v3.oas.annotations.Operation;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.web.IfMatch;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employers and vacancies in the REST API. Changes carry the version read in If-Match (a stale one answers 409
 * {@code version.stale} with the current state, as everywhere in Orienta's API); refusals are problem details naming
 * the field and the rule: {@code employer.tax-code.check-digit}, {@code employer.tax-code.duplicate} (409, with the
 * existing employer), {@code employer.ateco.unknown}, {@code vacancy.posts.range},
 * {@code vacancy.expiry.before-publication}, {@code vacancy.profession.not-unit}, {@code vacancy.status.transition}
 * (409), {@code vacancy.status.final} (409), {@code vacancy.reopen.expiry-required}, … Pre-selection operators and
 * coordinators change them, operators read them; others are refused with 403.
 */
@RestController
class VacancyApiController {

    private final EmployerService employers;
    private final VacancyService vacancies;
    private final Vacancies reads;

    VacancyApiController(EmployerService employers, VacancyService vacancies, Vacancies reads) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.reads = reads;
    }

    /** A change of status: the new one, the reason for the history, a new expiry when re-opening. */
    record StatusRequest(Status status, String reason, LocalDate newExpiry) {}

    @Operation(summary = "Employers whose name or tax code holds q, by name, 25 a page")
    @GetMapping("/api/v1/employers")
    EmployerService.Page employers(
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page) {
        return employers.search(q, page);
    }

    @Operation(summary = "One employer; ETag is the version to send in If-Match")
    @GetMapping("/api/v1/employers/{id}")
    EmployerView employer(@PathVariable UUID id) {
        return employers.get(id);
    }

    @Operation(
            summary = "Register an employer",
            description = "Tax code (11-digit partita IVA with its check digit, or a sole trader's codice fiscale),"
                    + " unique; name; ATECO 2007 code of a known division; ISTAT municipality.")
    @PostMapping(value = "/api/v1/employers", consumes = "application/json")
    ResponseEntity<EmployerView> register(@RequestBody EmployerCommand command) {
        var e = employers.register(command);
        return ResponseEntity.created(URI.create("/api/v1/employers/" + e.id())).body(e);
    }

    @Operation(summary = "Change an employer (If-Match: the version read); source and external id are kept")
    @PutMapping(value = "/api/v1/employers/{id}", consumes = "application/json")
    EmployerView changeEmployer(@PathVariable UUID id, IfMatch ifMatch, @RequestBody EmployerCommand command) {
        employers.get(id);
        return employers.change(id, ifMatch.version(), command);
    }

    @Operation(summary = "The ATECO 2007 sections and divisions, labelled in the request's language")
    @GetMapping("/api/v1/ateco")
    List<EmployerService.AtecoCode> ateco(jakarta.servlet.http.HttpServletRequest request) {
        // the API's locale follows Accept-Language through the resolver (web.WebConfiguration), as problems do
        Locale locale = org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
        return employers.ateco(locale);
    }

    @Operation(
            summary = "Vacancies, most recently published first, 25 a page",
            description = "Filters: status, profession (a unit or a group of any level), province (FI), contract"
                    + " type, q (words of the title or the employer's name), employer.")
    @GetMapping("/api/v1/vacancies")
    Vacancies.Page list(
            @RequestParam(required = false) Status status,
            @RequestParam(required = false) String profession,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) ContractType contractType,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID employerId,
            @RequestParam(defaultValue = "0") int page) {
        return reads.search(new Vacancies.Filter(status, profession, province, contractType, q, employerId), page);
    }

    @Operation(summary = "One vacancy; ETag is the version to send in If-Match")
    @GetMapping("/api/v1/vacancies/{id}")
    VacancyView vacancy(@PathVariable UUID id) {
        return vacancies.get(id);
    }

    @Operation(summary = "The vacancy's changes of status, oldest first")
    @GetMapping("/api/v1/vacancies/{id}/history")
    List<VacancyView.StatusChange> history(@PathVariable UUID id) {
        vacancies.get(id);
        return reads.history(id);
    }

    @Operation(
            summary = "Publish a vacancy (OPEN)",
            description = "A registered employer, a fifth-level ISTAT CP2011 profession, title, posts (at least 1),"
                    + " municipality of work, contract type, working time, publication and expiry (not before the"
                    + " publication, not past), the requirements.")
    @PostMapping(value = "/api/v1/vacancies", consumes = "application/json")
    ResponseEntity<VacancyView> publish(@RequestBody VacancyCommand command) {
        var v = vacancies.publish(command);
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + v.id())).body(v);
    }

    @Operation(summary = "Change a vacancy (If-Match: the version read); a filled or withdrawn one is not changed")
    @PutMapping(value = "/api/v1/vacancies/{id}", consumes = "application/json")
    VacancyView change(@PathVariable UUID id, IfMatch ifMatch, @RequestBody VacancyCommand command) {
        vacancies.get(id);
        return vacancies.change(id, ifMatch.version(), command);
    }

    @Operation(
            summary = "Change a vacancy's status (If-Match: the version read)",
            description = "OPEN ↔ SUSPENDED; OPEN or SUSPENDED → FILLED or WITHDRAWN (final); an EXPIRED one re-opens"
                    + " with newExpiry. EXPIRED is set by the system at the expiry.")
    @PostMapping(value = "/api/v1/vacancies/{id}/status", consumes = "application/json")
    VacancyView changeStatus(@PathVariable UUID id, IfMatch ifMatch, @RequestBody StatusRequest request) {
        vacancies.get(id);
        return vacancies.changeStatus(id, ifMatch.version(), request.status(), request.reason(), request.newExpiry());
    }
}
