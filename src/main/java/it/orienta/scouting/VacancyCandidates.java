package it.orienta.scouting;

import it.orienta.matching.Candidate;
import it.orienta.matching.Widening;
import it.orienta.vacancy.VacancyView;
import java.util.List;

/**
 * A vacancy's best candidates across the region, best first, with only what matching may show (the matching consent
 * makes the list regional; the case stays with the centre in charge): name, age band, professions, municipality,
 * centre in charge, score, reasons and gaps — never contacts nor special-category data.
 *
 * @param open whether the vacancy is open: only an open one is searched
 * @param widening how far the search widened; null when not searched
 * @param found how many persons the widest search applied took into account
 */
public record VacancyCandidates(VacancyView vacancy, boolean open, Widening widening, int found, List<Row> rows) {

    public VacancyCandidates {
        rows = List.copyOf(rows);
    }

    /**
     * One candidate with the labels a page shows.
     *
     * @param professions "Camerieri (5.2.2.3.2)", desired first
     * @param municipality "Firenze (FI)"
     * @param centre the centre in charge, "CPI Firenze (FI)"
     * @param sameCentre whether the viewer works at the centre in charge: they propose; otherwise they ask it to
     */
    public record Row(
            Candidate candidate, List<String> professions, String municipality, String centre, boolean sameCentre) {

        public Row {
            professions = List.copyOf(professions);
        }
    }
}
