package it.orienta.monitoring;

/**
 * The figures kept per centre, operator and month (ADR 0034). Counts are stored; the rates a page shows are derived
 * from them ({@link Figures}), so that a centre's rate is never an average of its operators' rates.
 */
enum Indicator {
    /** Intakes whose first day falls in the month. */
    TAKEN_IN_CHARGE,
    /** Intakes that ended in the month (pathway closed or charge transferred). */
    CLOSED,
    /** Intakes whose first signed PSP was signed in the month. */
    PSP_SIGNED,
    /** Median days from taking in charge to the first signed PSP, over {@link #PSP_SIGNED}. */
    PSP_DAYS_MEDIAN,
    /** How many of {@link #PSP_SIGNED} were signed within {@link Rules#PSP_DAYS} days. */
    PSP_WITHIN_30,
    /** Closed meetings (any attendance). */
    MEETINGS,
    /** Meetings the person missed without a justification. */
    MEETINGS_ABSENT,
    /** Attended meetings within the standard of their activity. */
    MEETINGS_WITHIN,
    /** Attended meetings over the standard's maximum. */
    MEETINGS_OVER,
    /** Attended meetings under the standard's minimum. */
    MEETINGS_UNDER,
    /** Attended meetings of an activity with no standard. */
    MEETINGS_NO_STANDARD,
    /** How many of {@link #TAKEN_IN_CHARGE} have a profiling index (as of the refresh). */
    PROFILED,
    /** Plan items of PSPs in force due in the month. */
    PLAN_ITEMS_DUE,
    /** How many of {@link #PLAN_ITEMS_DUE} are overdue at the refresh: due before that day, still open. */
    PLAN_ITEMS_OVERDUE,
    /**
     * Referrals sent and due in the month, not answered, closed or cancelled, whose due date is before the refresh's
     * day (the centre's only: a referral has no operator id).
     */
    REFERRALS_OVERDUE,
    /** Current CVs valid for more than 30 days on the month's last day (today for this month); the centre's only. */
    CVS_VALID,
    /** Current CVs valid on that day that become obsolete within the next 30 days (the "expiring" list). */
    CVS_EXPIRING,
    /** Current CVs obsolete on that day (R20). */
    CVS_OBSOLETE,
    /** Transfers to the portal (CV uploads and removals) requested in the month (Rome); the centre's only. */
    TRANSFERS_REQUESTED,
    /** Of {@link #TRANSFERS_REQUESTED}, those still in progress at the refresh (not accepted, failed, cancelled). */
    TRANSFERS_PENDING,
    /** Of {@link #TRANSFERS_REQUESTED}, those failed at the refresh (refused by the portal; retried by hand). */
    TRANSFERS_FAILED,
    /** Vacancies proposed to persons in the month, per operator who proposed them. */
    PROPOSALS,
    /** Proposals whose outcome "hired" was recorded in the month, per operator who proposed them. */
    HIRES,
    /** Pathways closed in the month (the day of the closure), per operator who recorded it. */
    PATHWAYS_CLOSED,
    /** Of {@link #PATHWAYS_CLOSED}, those with the outcome "goal defined" (pathway's Outcome; one pathway may have several). */
    PATHWAY_GOAL_DEFINED,
    /** Of {@link #PATHWAYS_CLOSED}, those with the outcome "able to plan with the services". */
    PATHWAY_ABLE_TO_PLAN,
    /** Of {@link #PATHWAYS_CLOSED}, those with the outcome "activated in the job search". */
    PATHWAY_ACTIVATED,
    /** Of {@link #PATHWAYS_CLOSED}, those with the outcome "supported in showing their skills". */
    PATHWAY_SKILLS_SHOWN,
    /** Of {@link #PATHWAYS_CLOSED}, those with the outcome "referred to another service". */
    PATHWAY_REFERRED,
    /** Group sessions held that started in the month (Rome), per operator who led them. */
    SESSIONS_HELD,
    /** The places of {@link #SESSIONS_HELD} (their capacity). */
    SESSION_PLACES,
    /** The persons enrolled in {@link #SESSIONS_HELD} (not waiting, not withdrawn). */
    SESSION_ENROLLED;

    /** The meeting indicator of guidance's judgement (charter's Compliance names); NO_STANDARD when none. */
    static Indicator ofCompliance(String compliance) {
        if (compliance == null) return MEETINGS_NO_STANDARD;
        return switch (compliance) {
            case "WITHIN" -> MEETINGS_WITHIN;
            case "OVER_MAXIMUM" -> MEETINGS_OVER;
            case "UNDER_MINIMUM" -> MEETINGS_UNDER;
            default -> MEETINGS_NO_STANDARD;
        };
    }
}
