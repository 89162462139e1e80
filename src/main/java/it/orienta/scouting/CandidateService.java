package it.orienta.scouting;

import it.orienta.matching.Matching;
import it.orienta.organisation.CentreView;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.NotFoundException;
import it.orienta.vacancy.Vacancies;
import it.orienta.vacancy.VacancyTerms.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A vacancy's candidates: the best of the region from {@code Matching#candidatesFor}, with the labels a page shows
 * (professions, municipality, centre in charge) read in one query, and whether the viewer's centre has each one in
 * charge (then the viewer proposes; otherwise asks that centre to). Who may ask is matching's and the vacancy
 * module's to decide (pre-selection operators, operators, coordinators). Only an open vacancy is searched.
 */
@Service
public class CandidateService {

    /** The candidates a vacancy's page shows. */
    public static final int PAGE_LIMIT = 50;

    private final Vacancies vacancies;
    private final Matching matching;
    private final ReferenceService reference;
    private final OrganisationService organisation;
    private final CurrentActor current;

    CandidateService(
            Vacancies vacancies,
            Matching matching,
            ReferenceService reference,
            OrganisationService organisation,
            CurrentActor current) {
        this.vacancies = vacancies;
        this.matching = matching;
        this.reference = reference;
        this.organisation = organisation;
        this.current = current;
    }

    /** The best {@code limit} candidates (1–{@value Matching#MAX_LIMIT}) for the vacancy, best first. */
    @Transactional(readOnly = true)
    public VacancyCandidates forVacancy(UUID vacancyId, int limit) {
        var vacancy = vacancies.find(vacancyId).orElseThrow(() -> new NotFoundException("Vacancy", vacancyId));
        if (vacancy.status() != Status.OPEN) {
            return new VacancyCandidates(vacancy, false, null, 0, List.of());
        }
        var found = matching.candidatesFor(VacancyWanted.of(vacancy), limit);
        var professions = new HashSet<String>();
        var municipalities = new HashSet<String>();
        found.candidates().forEach(c -> {
            professions.addAll(c.professions());
            if (c.municipalityCode() != null) municipalities.add(c.municipalityCode());
        });
        var labels =
                reference.labels(Map.of(CodeSystem.PROFESSION, professions, CodeSystem.MUNICIPALITY, municipalities));
        var centres = organisation.centres().stream().collect(Collectors.toMap(CentreView::code, CentreView::label));
        String mine = current.centreCode().orElse(null);
        var rows = new ArrayList<VacancyCandidates.Row>(found.candidates().size());
        for (var c : found.candidates()) {
            var names = c.professions().stream()
                    .map(code -> labels.get(CodeSystem.PROFESSION).getOrDefault(code, code) + " (" + code + ")")
                    .toList();
            String municipality = c.municipalityCode() == null
                    ? null
                    : labels.get(CodeSystem.MUNICIPALITY).getOrDefault(c.municipalityCode(), c.municipalityCode());
            rows.add(new VacancyCandidates.Row(
                    c,
                    names,
                    municipality,
                    centres.getOrDefault(c.centreCode(), c.centreCode()),
                    c.centreCode() != null && c.centreCode().equals(mine)));
        }
        return new VacancyCandidates(vacancy, true, found.widening(), found.found(), rows);
    }
}
