package it.orienta.scouting;

import it.orienta.matching.Explanation;
import it.orienta.matching.Widening;
import it.orienta.vacancy.VacancyView;
import java.util.List;
import java.util.UUID;

/**
 * A person's best open vacancies, best first, each explained.
 *
 * @param widening how far the search had to widen ({@link Widening#NONE}: the person's professions within their
 *     reach); null when the person has no profession to search by
 * @param considered how many open vacancies were scored
 */
public record Opportunities(UUID personId, Widening widening, int considered, List<Opportunity> items) {

    public Opportunities {
        items = List.copyOf(items);
    }

    /** Whether the person has no desired occupation nor past job to look for vacancies by. */
    public boolean noProfessions() {
        return widening == null;
    }

    /**
     * One vacancy for the person.
     *
     * @param daysLeft days until the expiry (0: expires today)
     */
    public record Opportunity(VacancyView vacancy, Explanation explanation, long daysLeft) {}
}
