package it.orienta.matching;

/**
 * Every weight of the scoring model, in one place (ADR 0028). A score is the sum of the points of nine factors; the
 * maxima add up to 100, so a score reads as a percentage of a perfect fit. Change a weight here, raise
 * {@link #VERSION}, and say why in the ADR: proposals store the version with the factors that produced their score
 * ({@link Explanation}), so outcomes can be compared across versions when the weights are tuned.
 */
public final class MatchWeights {

    private MatchWeights() {}

    /** The version of these weights, stored with every explanation. */
    public static final String VERSION = "2026-12.1";

    // ---------------------------------------------------------------- profession: 35
    /** Same fifth-level unit as a desired occupation: the person leans towards exactly this job (R11). The heaviest. */
    public static final int PROFESSION_UNIT_DESIRED = 35;
    /** Same unit as a past job only: proven, but not (or no longer) what the person looks for. */
    public static final int PROFESSION_UNIT_PAST = 30;
    /** Same fourth-level group: close tasks and skills (5.2.2.3 cooks and kitchen helpers). */
    public static final int PROFESSION_GROUP = 20;
    /** Same third-level class: the same field, skills partly transferable. */
    public static final int PROFESSION_CLASS = 10;

    // ---------------------------------------------------------------- place: 20, within the person's willingness
    /** Same municipality: no commuting; the strongest predictor of acceptance after the profession. */
    public static final int PLACE_MUNICIPALITY = 20;
    /** Same province: the local labour market a centre works in. */
    public static final int PLACE_PROVINCE = 14;
    /** Same region, for a person willing to travel in the region (or farther). */
    public static final int PLACE_REGION = 8;

    // ---------------------------------------------------------------- education: 10
    /** The level asked or higher (or none asked). */
    public static final int EDUCATION = 10;
    /** One level below the one asked: employers often accept it with experience; half. */
    public static final int EDUCATION_ONE_BELOW = 5;

    // ---------------------------------------------------------------- languages: 8, shared among those asked
    /** All the languages asked at their level (or none asked); each requirement weighs an equal share. */
    public static final int LANGUAGES = 8;
    /** A language one CEFR level below the one asked earns this fraction (in percent) of its share. */
    public static final int LANGUAGE_ONE_BELOW_PERCENT = 50;

    // ---------------------------------------------------------------- licences: 7, shared among those asked
    /** All the driving licences asked (or none asked); each weighs an equal share. Often a hard requirement. */
    public static final int LICENCES = 7;

    // ---------------------------------------------------------------- experience: 7
    /** The years of experience asked (or none asked); fewer earn their proportion. */
    public static final int EXPERIENCE = 7;

    // ---------------------------------------------------------------- working time: 6
    /** The working time fits the person's stated hours. */
    public static final int WORKING_TIME = 6;
    /** Hours not stated, or a near fit (full time for a person on shifts, part time for a full-timer): half. */
    public static final int WORKING_TIME_PARTIAL = 3;

    // ---------------------------------------------------------------- CV: 4
    /** A current CV, valid (R20): the candidature can be sent today. Small: a CV is quickly updated. */
    public static final int CV_VALID = 4;

    // ---------------------------------------------------------------- contract: 3
    /**
     * The contract is open to the person. Only apprenticeship has a condition matching can check (age up to 29, D.Lgs.
     * 81/2015 art. 44; income-support beneficiaries of any age are the operator's judgement): a gap, not a filter.
     */
    public static final int CONTRACT = 3;
    /** The highest age (in years, from the birth year) for an apprenticeship. */
    public static final int APPRENTICESHIP_MAX_AGE = 29;

    /** The most points a profile can earn: the sum of the factors' maxima. */
    public static final int TOTAL = PROFESSION_UNIT_DESIRED
            + PLACE_MUNICIPALITY
            + EDUCATION
            + LANGUAGES
            + LICENCES
            + EXPERIENCE
            + WORKING_TIME
            + CV_VALID
            + CONTRACT;
}
