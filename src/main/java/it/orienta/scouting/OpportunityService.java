package it.orienta.scouting;

import it.orienta.matching.Matching;
import it.orienta.matching.VacancyFit;
import it.orienta.matching.Widening;
import it.orienta.occupation.OccupationDirectory;
import it.orienta.person.PersonReads;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceCode;
import it.orienta.reference.ReferenceService;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.Rome;
import it.orienta.vacancy.Vacancies;
import it.orienta.vacancy.VacancyView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A person's opportunities: the open vacancies near the person's professions and within their reach
 * ({@link PersonReach}, widened step by step while fewer than {@value #ENOUGH} fit), ranked by matching, the best
 * {@value #KEEP} kept. A read of the person's case (the record-access policy decides and records it, once per
 * request); refused with {@code matching.not-in-charge} or {@code matching.consent.not-given} before any vacancy is
 * read (R18).
 */
@Service
public class OpportunityService {

    /** The most vacancies a person's page shows. */
    public static final int KEEP = 20;

    /** Fewer fitting vacancies than this, and the search widens one step. */
    static final int ENOUGH = 10;

    /** The most vacancies one step reads (the most recently published first). */
    static final int FETCH = 300;

    private final CaseAccess access;
    private final Matching matching;
    private final Vacancies vacancies;
    private final PersonReads persons;
    private final OccupationDirectory occupations;
    private final ReferenceService reference;
    private final Clock clock;

    OpportunityService(
            CaseAccess access,
            Matching matching,
            Vacancies vacancies,
            PersonReads persons,
            OccupationDirectory occupations,
            ReferenceService reference,
            Clock clock) {
        this.access = access;
        this.matching = matching;
        this.vacancies = vacancies;
        this.persons = persons;
        this.occupations = occupations;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * The person's best open vacancies, best first, each explained, and how far the search widened. Not in one
     * read-only transaction: matching projects a person not projected yet, which writes.
     */
    public Opportunities forPerson(UUID personId) {
        access.read(personId, "matching");
        matching.score(personId, List.of()); // in charge, consent given: refused here before any vacancy is read
        var steps = reachOf(personId).steps(FETCH);
        if (steps.isEmpty()) {
            return new Opportunities(personId, null, 0, List.of());
        }
        var found = new LinkedHashMap<UUID, VacancyView>();
        List<VacancyFit> fits = List.of();
        Widening widening = Widening.NONE;
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            boolean last = i == steps.size() - 1;
            vacancies.open(step.query()).forEach(v -> found.putIfAbsent(v.id(), v));
            widening = step.widening();
            if (found.size() < ENOUGH && !last) {
                continue; // too few even before the hard filters: widen without scoring
            }
            fits = matching.score(
                    personId, found.values().stream().map(VacancyWanted::of).toList());
            if (fits.size() >= ENOUGH) {
                break;
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(Rome.ZONE));
        var items = new ArrayList<Opportunities.Opportunity>();
        for (var fit : fits.subList(0, Math.min(KEEP, fits.size()))) {
            var v = found.get(fit.vacancyId());
            items.add(new Opportunities.Opportunity(
                    v, fit.explanation(), Math.max(0, ChronoUnit.DAYS.between(today, v.expiryDate()))));
        }
        return new Opportunities(personId, widening, found.size(), items);
    }

    /** Where the person's vacancies are looked for: their professions, place and reach, from the owners' reads. */
    PersonReach reachOf(UUID personId) {
        var facts = persons.matchingFacts(Set.of(personId)).get(personId);
        if (facts == null) {
            throw new NotFoundException("Person", personId);
        }
        var occupation = occupations.matchingFacts(Set.of(personId)).get(personId);
        var units = new LinkedHashSet<String>();
        occupation.occupations().forEach(o -> units.add(o.professionCode()));
        facts.workExperiences().stream()
                .map(w -> w.professionCode())
                .filter(c -> c != null && c.chars().filter(ch -> ch == '.').count() == 4)
                .forEach(units::add);
        String municipality = facts.domicileMunicipalityCode() != null
                ? facts.domicileMunicipalityCode()
                : facts.residenceMunicipalityCode();
        String province = reference
                .find(CodeSystem.MUNICIPALITY, municipality)
                .map(ReferenceCode::province)
                .orElse(null);
        return new PersonReach(
                units, municipality, province, occupation.availability().travel());
    }
}
