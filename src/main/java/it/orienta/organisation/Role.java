package it.orienta.organisation;

/** What an operator may do. Spring Security sees each as {@code ROLE_<name>}. */
public enum Role {
    OPERATOR,
    COORDINATOR,
    ADMIN,
    /** Pre-selection and marketing operator (measure d): employers and vacancies (module vacancy, issue 13). */
    MATCHING_OPERATOR,
    /** The region's monitoring: reads figures across centres, reads no person's case and changes nothing. */
    REGIONAL;

    public String authority() {
        return "ROLE_" + name();
    }
}
