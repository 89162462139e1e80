package it.orienta.matching;

import java.util.List;
import java.util.UUID;

/**
 * A candidate for a vacancy, with only what matching needs to show (the consent makes the list regional; the case
 * stays with the centre in charge): never the birth date, the contacts or the protected category.
 *
 * @param ageBand "<25", "25-29", "30-39", "40-49", "50-59", "60+"; null when unknown
 * @param professions the fifth-level codes of the desired occupations and past jobs, desired first
 * @param municipalityCode where the person lives (domicile, else residence)
 * @param centreCode the centre that has the person in charge: proposals go through it
 */
public record Candidate(
        UUID personId,
        String displayName,
        String ageBand,
        List<String> professions,
        String municipalityCode,
        String centreCode,
        Explanation explanation) {

    public Candidate {
        professions = List.copyOf(professions);
    }
}
