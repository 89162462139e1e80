package it.orienta.scouting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import it.orienta.matching.Explanation;
import it.orienta.matching.Widening;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Scouting in the REST API: a person's opportunities and a vacancy's candidates, with the same content as the pages
 * (reasons and gaps as their code and the text in the request's language, Accept-Language). Refusals are problem
 * details: {@code matching.consent.not-given} and {@code matching.not-in-charge} (422), {@code access.*} (403: no
 * access to the person's case, or a role that may not match), 404 for an unknown person or vacancy. And support to
 * self-promotion: the companies potentially interested in a person, and the document for the person (a PDF).
 */
@RestController
class ScoutingApiController {

    private final OpportunityService opportunities;
    private final CandidateService candidates;
    private final SelfPromotionService selfPromotion;
    private final MessageSource messages;

    ScoutingApiController(
            OpportunityService opportunities,
            CandidateService candidates,
            SelfPromotionService selfPromotion,
            MessageSource messages) {
        this.opportunities = opportunities;
        this.candidates = candidates;
        this.selfPromotion = selfPromotion;
        this.messages = messages;
    }

    /**
     * A person's opportunities.
     *
     * @param widening how far the search widened; null when the person has no profession to search by
     */
    record OpportunitiesResponse(
            UUID personId,
            Widening widening,
            String wideningText,
            int considered,
            List<OpportunityItem> opportunities) {}

    /** One vacancy for the person; {@code proposeUrl} is the proposals' form for it. */
    record OpportunityItem(
            UUID vacancyId,
            String title,
            UUID employerId,
            String employerName,
            String professionCode,
            String professionTitle,
            String municipalityCode,
            String municipality,
            ContractType contractType,
            WorkingTime workingTime,
            LocalDate expiryDate,
            long daysLeft,
            int score,
            List<Explanation.FactorScore> factors,
            List<Chip> reasons,
            List<Chip> gaps,
            String proposeUrl) {}

    /** A vacancy's candidates; {@code open} false: the vacancy is not open and was not searched. */
    record CandidatesResponse(
            UUID vacancyId,
            boolean open,
            Widening widening,
            String wideningText,
            int found,
            List<CandidateItem> candidates) {}

    /**
     * One candidate, with only what matching may show.
     *
     * @param sameCentre whether the caller's centre has the person in charge (it proposes; otherwise it asks)
     */
    record CandidateItem(
            UUID personId,
            String displayName,
            String ageBand,
            List<String> professionCodes,
            List<String> professions,
            String municipalityCode,
            String municipality,
            String centreCode,
            String centre,
            boolean sameCentre,
            int score,
            List<Chip> reasons,
            List<Chip> gaps,
            String proposeUrl) {}

    @Operation(
            summary = "A person's best open vacancies (at most 20), each explained",
            description = "A read of the person's case (audited). The search starts from the person's desired and"
                    + " past professions within their reach and widens (group, class, province, region) while too"
                    + " few fit; `widening` says how far. 422 matching.consent.not-given / matching.not-in-charge.")
    @GetMapping("/api/v1/persons/{id}/opportunities")
    OpportunitiesResponse opportunities(@PathVariable UUID id, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        var found = opportunities.forPerson(id);
        var items = found.items().stream()
                .map(o -> {
                    var v = o.vacancy();
                    var e = o.explanation();
                    return new OpportunityItem(
                            v.id(),
                            v.title(),
                            v.employerId(),
                            v.employerName(),
                            v.professionCode(),
                            v.professionTitle(),
                            v.municipalityCode(),
                            v.municipalityLabel(),
                            v.contractType(),
                            v.workingTime(),
                            v.expiryDate(),
                            o.daysLeft(),
                            e.score(),
                            e.factors(),
                            Chip.of(e.reasons(), messages, locale),
                            Chip.of(e.gaps(), messages, locale),
                            proposeUrl(v.id(), id));
                })
                .toList();
        return new OpportunitiesResponse(
                id, found.widening(), wideningText(found.widening(), locale), found.considered(), items);
    }

    @Operation(
            summary = "A vacancy's best candidates across the region (limit 1–200, default 50), each explained",
            description = "Only persons in charge with the matching consent given; L. 68/99 vacancies only for the"
                    + " protected, who are not told apart. Name, age band, professions, municipality, centre in"
                    + " charge, score, reasons and gaps — no contacts, no special-category data.")
    @GetMapping("/api/v1/vacancies/{id}/candidates")
    CandidatesResponse candidates(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "" + CandidateService.PAGE_LIMIT) int limit,
            HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        var found = candidates.forVacancy(id, limit);
        var items = found.rows().stream()
                .map(r -> {
                    var c = r.candidate();
                    return new CandidateItem(
                            c.personId(),
                            c.displayName(),
                            c.ageBand(),
                            c.professions(),
                            r.professions(),
                            c.municipalityCode(),
                            r.municipality(),
                            c.centreCode(),
                            r.centre(),
                            r.sameCentre(),
                            c.explanation().score(),
                            Chip.of(c.explanation().reasons(), messages, locale),
                            Chip.of(c.explanation().gaps(), messages, locale),
                            proposeUrl(id, c.personId()));
                })
                .toList();
        return new CandidatesResponse(
                id, found.open(), found.widening(), wideningText(found.widening(), locale), found.found(), items);
    }

    /**
     * The companies potentially interested in a person.
     *
     * @param noProfessions the person has neither a profession nor a sector to look for
     */
    record CompaniesResponse(
            UUID personId,
            Companies.Area area,
            String areaText,
            int considered,
            boolean noProfessions,
            List<CompanyItem> companies) {}

    /**
     * One company, with its contacts, how many of its vacancies of the last 24 months were in the person's
     * professions and groups, its score and its reasons in words.
     */
    record CompanyItem(
            UUID employerId,
            String name,
            String atecoCode,
            String municipalityCode,
            String municipality,
            String provinceCode,
            String address,
            String email,
            String phone,
            String contactPerson,
            int vacanciesInProfessions,
            int vacanciesInGroups,
            LocalDate lastPublished,
            boolean sectorMatch,
            int score,
            List<Reason> reasons) {}

    /** A reason: its code ({@code selfpromotion.reason.<code>}) and its text in the request's language. */
    record Reason(String code, String text) {}

    /** The companies the document lists (1 to 15, among the person's list). */
    record DocumentRequest(List<UUID> employerIds) {}

    @Operation(
            summary = "The companies potentially interested in a person (self-promotion), at most 30, explained",
            description = "Employers near the person that published vacancies in the person's professions or their"
                    + " groups in the last 24 months, or whose ATECO division is of the sectors (SEP) of the"
                    + " person's desired occupations; the municipality first, widened to the province and the region"
                    + " while fewer than 10 are found (`area`). A read of the person's case (audited).")
    @GetMapping("/api/v1/persons/{id}/companies")
    CompaniesResponse companies(@PathVariable UUID id, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        var found = selfPromotion.companiesFor(id, locale);
        var items = found.items().stream()
                .map(c -> {
                    var e = c.employer();
                    return new CompanyItem(
                            e.employerId(),
                            e.name(),
                            e.atecoCode(),
                            e.municipalityCode(),
                            e.municipalityLabel(),
                            e.provinceCode(),
                            e.address(),
                            e.email(),
                            e.phone(),
                            e.contactPerson(),
                            e.sameUnit(),
                            e.sameGroup(),
                            e.lastPublished(),
                            e.sectorMatch(),
                            c.score(),
                            c.reasons().stream()
                                    .map(r -> new Reason(r.code(), messages.getMessage(r.resolvable(), locale)))
                                    .toList());
                })
                .toList();
        return new CompaniesResponse(
                id,
                found.noProfessions() ? null : found.area(),
                found.noProfessions() ? null : messages.getMessage("selfpromotion.area." + found.area(), null, locale),
                found.considered(),
                found.noProfessions(),
                items);
    }

    @Operation(
            summary = "The self-promotion document for the person (a tagged PDF), recorded on the timeline",
            description = "The companies chosen (1 to 15, each among the person's list now), their contacts and"
                    + " what to say, in the request's language. The centre in charge only; audited as an export."
                    + " 422 selfpromotion.employers.required / .too-many / .not-listed, field employerIds.")
    @ApiResponse(
            responseCode = "200",
            description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    // no "produces": a refusal must still be answered as problem details (application/problem+json)
    @PostMapping("/api/v1/persons/{id}/self-promotion-documents")
    ResponseEntity<byte[]> document(
            @PathVariable UUID id, @RequestBody DocumentRequest body, HttpServletRequest request) {
        var document = selfPromotion.document(id, body.employerIds(), RequestContextUtils.getLocale(request));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.fileName())
                                .build()
                                .toString())
                .body(document.pdf());
    }

    private String wideningText(Widening widening, Locale locale) {
        return widening == null ? null : messages.getMessage("matching.widening." + widening, null, locale);
    }

    private static String proposeUrl(UUID vacancyId, UUID personId) {
        return "/proposals/new?vacancyId=" + vacancyId + "&personId=" + personId;
    }
}
