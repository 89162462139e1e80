package it.orienta.matching;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import it.orienta.system.CaseAccess;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching, explained (issue 13, ADR 0028): the candidates for a vacancy across the region, and the vacancies that fit
 * a person, from one scoring model ({@link MatchWeights}) with its reasons and gaps.
 *
 * <p>Who may ask: the pre-selection operators ({@link Role#MATCHING_OPERATOR}), the operators and the coordinators.
 * A candidates list is regional because the matching consent makes it so (R18): it lists only persons in charge with
 * the consent given and shows only what matching needs ({@link Candidate}); the case stays with the centre in charge.
 * The vacancies for a person are a read of that person's case: the record-access policy decides and records it.
 */
@Service
public class Matching {

    /** The most candidates one search returns. */
    public static final int MAX_LIMIT = 200;

    private final CandidateQuery query;
    private final ProfileStore store;
    private final ProfileProjector projector;
    private final CurrentActor current;
    private final CaseAccess access;
    private final Clock clock;

    Matching(
            CandidateQuery query,
            ProfileStore store,
            ProfileProjector projector,
            CurrentActor current,
            CaseAccess access,
            Clock clock) {
        this.query = query;
        this.store = store;
        this.projector = projector;
        this.current = current;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The best {@code limit} candidates for the vacancy (at most {@value #MAX_LIMIT}), best first, each explained;
     * the search widens step by step ({@link Widening}) while it finds fewer than {@code limit} persons, and says how
     * far it went. Hard filters: in charge with the matching consent given; a vacancy reserved to L. 68/99 only for
     * the protected persons (who are not told apart in the answer).
     */
    @Transactional(readOnly = true)
    public Candidates candidatesFor(Wanted wanted, int limit) {
        requireMatchingRole();
        int n = Math.clamp(limit, 1, MAX_LIMIT);
        LocalDate today = LocalDate.now(clock);
        int cap = Math.max(n * 10, 500); // the pool the scorer orders: the prefilter ranks the likeliest first
        Widening step = Widening.NONE;
        List<MatchProfile> found = query.prefilter(wanted, step, cap, today);
        if (found.size() < n) { // widen: to the first step that finds enough, else to the region
            step = Widening.firstEnough(query.counts(wanted, today), n);
            found = query.prefilter(wanted, step, cap, today);
        }
        var scored = new ArrayList<Candidate>(found.size());
        for (var p : found) {
            if (!Scorer.eligible(p, wanted)) continue; // the SQL filtered already: the rule holds twice
            scored.add(new Candidate(
                    p.personId(),
                    p.displayName(),
                    p.ageBand(today),
                    professionsOf(p),
                    p.municipalityCode(),
                    p.centreCode(),
                    Scorer.score(p, wanted, today)));
        }
        scored.sort(Comparator.comparingInt((Candidate c) -> c.explanation().score())
                .reversed()
                .thenComparing(Candidate::personId));
        return new Candidates(wanted.vacancyId(), step, found.size(), scored.subList(0, Math.min(n, scored.size())));
    }

    /**
     * These vacancies (the open ones the vacancy module found near the person's professions and places) ranked for
     * the person, best first, each explained; those reserved to L. 68/99 only for a protected person. A read of the
     * person's case (recorded). Refused with {@code matching.consent.not-given} when the person's matching consent is
     * not given, {@code matching.not-in-charge} when nobody has the person in charge. Not in a transaction of its own:
     * a person not projected yet is projected here, and that write needs its own transaction, not a read-only one
     * (nor a second connection taken while this call holds one).
     */
    public List<VacancyFit> score(UUID personId, List<Wanted> vacancies) {
        requireMatchingRole();
        access.read(personId, "matching");
        var profile = store.find(personId).orElse(null);
        if (profile == null) { // not projected yet (a person registered before the table existed): build it now
            projector.refresh(List.of(personId));
            profile =
                    store.find(personId).orElseThrow(() -> new RuleViolationException("matching.not-in-charge", null));
        }
        if (profile.centreCode() == null) {
            throw new RuleViolationException("matching.not-in-charge", null);
        }
        if (!profile.consentGiven()) {
            throw new RuleViolationException("matching.consent.not-given", null);
        }
        LocalDate today = LocalDate.now(clock);
        var fits = new ArrayList<VacancyFit>(vacancies.size());
        for (var wanted : vacancies) {
            if (Scorer.eligible(profile, wanted)) {
                fits.add(new VacancyFit(wanted.vacancyId(), Scorer.score(profile, wanted, today)));
            }
        }
        fits.sort(Comparator.comparingInt((VacancyFit f) -> f.explanation().score())
                .reversed()
                .thenComparing(VacancyFit::vacancyId));
        return fits;
    }

    /**
     * Rebuilds every candidate profile now, once per cluster (an administrator's action, e.g. after the weights'
     * inputs changed shape). Returns the profiles written, or -1 when a rebuild runs already on another node.
     */
    public long rebuildProfiles() {
        if (!current.has(Role.ADMIN)) {
            throw new CaseAccessDeniedException("access.role", null, null);
        }
        return projector.rebuildAll();
    }

    private void requireMatchingRole() {
        if (!(current.has(Role.MATCHING_OPERATOR) || current.has(Role.OPERATOR) || current.has(Role.COORDINATOR))) {
            throw new CaseAccessDeniedException("access.role", null, null);
        }
    }

    private static List<String> professionsOf(MatchProfile p) {
        var codes =
                new ArrayList<String>(p.desiredProfessions().stream().sorted().toList());
        p.professions().stream().sorted().filter(c -> !codes.contains(c)).forEach(codes::add);
        return codes;
    }
}
