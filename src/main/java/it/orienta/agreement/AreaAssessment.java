package it.orienta.agreement;

import static it.orienta.agreement.AgreementChecks.LONG_TEXT;
import static it.orienta.agreement.AgreementChecks.tooLong;

import it.orienta.system.RuleViolationException.Violation;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Map;

/**
 * The operator's assessment of one of the ten areas of phase 2 (R7), part of the {@link Agreement} aggregate: a
 * rating on one scale (1 to build … 4 a strength; {@code null} not assessed yet) and notes.
 */
@Embeddable
class AreaAssessment {

    static final int AREAS = 10;

    private Short rating;
    private String notes;

    protected AreaAssessment() {}

    AreaAssessment(Integer rating, String notes) {
        this.rating = rating == null ? null : rating.shortValue();
        this.notes = notes;
    }

    /** Ratings and notes by area number: only areas 1–10, ratings 1–4, notes within the long text. */
    static void check(Map<Integer, Integer> ratings, Map<Integer, String> notes, List<Violation> v) {
        ratings.forEach((area, rating) -> {
            if (area == null || area < 1 || area > AREAS) {
                v.add(Violation.of("agreement.area.unknown", "ratings", area));
            } else if (rating != null && (rating < 1 || rating > 4)) {
                v.add(Violation.of("agreement.area.rating.range", "ratings[" + area + "]", area));
            }
        });
        notes.forEach((area, text) -> {
            if (area == null || area < 1 || area > AREAS) {
                v.add(Violation.of("agreement.area.unknown", "notes", area));
            } else {
                tooLong(v, text, LONG_TEXT, "notes[" + area + "]");
            }
        });
    }

    AreaAssessment copy() {
        return new AreaAssessment(rating == null ? null : rating.intValue(), notes);
    }

    AgreementView.Area view(int area) {
        return new AgreementView.Area(area, rating == null ? null : rating.intValue(), notes);
    }
}
