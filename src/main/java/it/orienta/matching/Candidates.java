package it.orienta.matching;

import java.util.List;
import java.util.UUID;

/**
 * The best candidates for a vacancy, best first.
 *
 * @param widening how far the search widened to find them ({@link Widening#NONE}: not at all)
 * @param found how many persons the widest search applied took into account before scoring
 */
public record Candidates(UUID vacancyId, Widening widening, int found, List<Candidate> candidates) {

    public Candidates {
        candidates = List.copyOf(candidates);
    }
}
