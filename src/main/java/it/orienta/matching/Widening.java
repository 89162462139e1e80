package it.orienta.matching;

/**
 * How far a candidates search had to widen to find enough candidates, each step including the ones before it. The
 * first search takes the persons with the vacancy's fifth-level profession (desired or past job) within their reach
 * of the place of work (same municipality; same province unless they would stay in their municipality; anywhere
 * for those who would travel in the region). Then, while fewer than asked are found: the profession's fourth-level
 * group, its third-level class, the whole province whatever the stated reach, the whole region.
 */
public enum Widening {
    /** Not widened: the profession's unit, within reach. */
    NONE,
    /** Widened to the profession's fourth-level group. */
    PROFESSION_GROUP,
    /** Widened to the profession's third-level class. */
    PROFESSION_CLASS,
    /** Widened to the whole province of work, beyond the persons' stated reach. */
    PROVINCE,
    /** Widened to the whole region. */
    REGION;

    /**
     * The step a search that found fewer than {@code wanted} at the first step goes to: the first later step whose
     * count (in this enum's order) reaches {@code wanted}, else the region.
     */
    static Widening firstEnough(int[] counts, int wanted) {
        for (var step : values()) {
            if (step != NONE && counts[step.ordinal()] >= wanted) return step;
        }
        return REGION;
    }
}
