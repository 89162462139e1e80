package it.orienta.charter;

/** The stages of the orientation pathway, in the card's order (R1: the centre may take them in any order). */
public enum Stage {
    RECEPTION,
    NEEDS_ANALYSIS,
    INFORMATION_GUIDANCE,
    CAREER_COUNSELLING,
    SKILLS_AUDIT,
    AGREEMENT,
    TRANSITION_SUPPORT
}
