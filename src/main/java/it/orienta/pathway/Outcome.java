package it.orienta.pathway;

/** The outcomes of an orientation pathway (R26); a pathway closes with one or more. */
public enum Outcome {
    /** Assisted in defining the professional goal and the individual pathway; referred to accompaniment or training. */
    GOAL_DEFINED,
    /** Aware and able to plan with the services. */
    ABLE_TO_PLAN,
    /** Activated in the job search. */
    ACTIVATED,
    /** Supported in showing their skills. */
    SKILLS_SHOWN,
    /** Referred to another service (named). */
    REFERRED
}
