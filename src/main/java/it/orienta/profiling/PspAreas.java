package it.orienta.profiling;

import it.orienta.system.CaseAccess;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ten areas of PSP phase 2 as qualitative profiling shows them (once only, ADR 0037): the PSP owns them
 * ({@code agreement}'s published view {@code agreement_phase2_area_v}, its current version), profiling only reads
 * them, and no longer asks them again. Reading them is a read of the person's PSP.
 */
@Component
class PspAreas {

    /** How many areas phase 2 assesses (R7). */
    static final int AREAS = 10;

    /** The fewest rated areas for which the page says the mean's point on the 1–5 scale. */
    static final int RATED_FOR_A_SUGGESTION = 5;

    private final JdbcClient jdbc;
    private final CaseAccess caseAccess;

    PspAreas(JdbcClient jdbc, CaseAccess caseAccess) {
        this.jdbc = jdbc;
        this.caseAccess = caseAccess;
    }

    /** One area as phase 2 left it: its rating 1–4 ({@code null} not rated) and notes. */
    record Area(int area, Integer rating, String notes) {}

    /**
     * The areas of the person's current PSP (all ten, in order), its number and status, and when phase 2 was saved.
     */
    record Current(UUID agreementId, int number, String status, Instant phase2SavedAt, List<Area> areas) {

        /** The mean of the rated areas, to one decimal; {@code null} when none is rated. */
        @com.fasterxml.jackson.annotation.JsonProperty
        public BigDecimal mean() {
            var rated = ratings();
            if (rated.isEmpty()) {
                return null;
            }
            return BigDecimal.valueOf(rated.stream().mapToInt(Integer::intValue).sum())
                    .divide(BigDecimal.valueOf(rated.size()), 1, RoundingMode.HALF_UP);
        }

        /** The mean's point on profiling's 1–5 scale (an aid, never the score itself); see {@link #suggestedScore}. */
        @com.fasterxml.jackson.annotation.JsonProperty
        public Integer suggestedScore() {
            return PspAreas.suggestedScore(ratings());
        }

        private List<Integer> ratings() {
            return areas.stream().map(Area::rating).filter(Objects::nonNull).toList();
        }
    }

    /**
     * The point of profiling's employability scale (1–5) the mean of phase 2's ratings (1–4) corresponds to linearly,
     * {@code 1 + (mean − 1) × 4/3} rounded half up; {@code null} with fewer than {@value #RATED_FOR_A_SUGGESTION}
     * rated areas (ADR 0037).
     */
    static Integer suggestedScore(List<Integer> ratings) {
        if (ratings.size() < RATED_FOR_A_SUGGESTION) {
            return null;
        }
        // exactly, in integers: 1 + (sum/n − 1) × 4/3 = (3n + 4(sum − n)) / 3n, rounded half up
        int n = ratings.size();
        int sum = ratings.stream().mapToInt(Integer::intValue).sum();
        int numerator = 3 * n + 4 * (sum - n);
        int denominator = 3 * n;
        return (2 * numerator + denominator) / (2 * denominator);
    }

    /** The person's current PSP's areas, once its phase 2 was saved; a read of the person's PSP. */
    @Transactional(readOnly = true)
    Optional<Current> of(UUID personId) {
        caseAccess.read(personId, "agreement");
        record Row(UUID agreementId, int number, String status, Instant savedAt, Area area) {}
        var rows = jdbc.sql("select agreement_id, number, status, phase2_saved_at, area, rating, notes"
                        + " from agreement_phase2_area_v where person_id = ? order by area")
                .param(personId)
                .query((rs, i) -> new Row(
                        rs.getObject("agreement_id", UUID.class),
                        rs.getInt("number"),
                        rs.getString("status"),
                        rs.getObject("phase2_saved_at", Timestamp.class).toInstant(),
                        new Area(rs.getInt("area"), rs.getObject("rating", Integer.class), rs.getString("notes"))))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var first = rows.getFirst();
        var areas = new ArrayList<Area>();
        for (int n = 1; n <= AREAS; n++) {
            int area = n;
            areas.add(rows.stream()
                    .map(Row::area)
                    .filter(a -> a.area() == area)
                    .findFirst()
                    .orElse(new Area(area, null, "")));
        }
        return Optional.of(new Current(first.agreementId(), first.number(), first.status(), first.savedAt(), areas));
    }
}
