package it.orienta.system;

import java.util.UUID;

/**
 * The record-access policy (ADR 0017): the person registry is regional, the case is the centre's.
 *
 * <p>Every service method that reads or changes any part of a person's case calls this first, with the person the
 * data belongs to — so the pages, the API, the exports and the PDFs all obey the same rule. An operator or a
 * coordinator may act on a case only in the centre of the day that has the person in charge; a person never taken
 * in charge belongs to no centre yet. An operator of another centre may <em>read</em> a case only through a
 * time-boxed exceptional access with a stated reason. The administrator and the regional role read no case data.
 * Work done by the application itself (scheduled jobs, start-up tasks) is not restricted.
 *
 * <p>Each read is written to the audit log once per request and person, with what was read in words and the
 * purpose (ordinary, or exceptional with its reason). Implemented by the access module, from the intakes (who has
 * the person in charge) and its exceptional accesses.
 */
public interface CaseAccess {

    /**
     * Lets the current user read this person's case, or throws {@link CaseAccessDeniedException}; records the read.
     *
     * @param what what is read, a key of the vocabulary {@code audit.what.<what>} (e.g. {@code meetings},
     *     {@code special-category-data}), shown in words in the audit log
     */
    void read(UUID personId, String what);

    /** Lets the current user change this person's case, or throws {@link CaseAccessDeniedException}. */
    void write(UUID personId);

    /**
     * Lets the current user export this person's whole case (right of access, GDPR art. 15): the owning centre only,
     * never under an exceptional access. Records nothing itself: the caller publishes the export as an
     * {@link CaseEvent} the audit log records with action {@link AuditAction#EXPORT}, the one audit entry of the request.
     */
    void export(UUID personId);

    /** Whether the current user may read this person's case now (nothing recorded): for what a page offers. */
    boolean mayRead(UUID personId);

    /**
     * Lets the current user act on a record that belongs to a centre rather than to one person (a group session,
     * the centre's lists): an operator or coordinator working in that centre today; otherwise throws
     * {@link CaseAccessDeniedException} ({@code access.other-centre}, {@code access.role} or
     * {@code access.no-centre}).
     */
    void centre(String centreCode);

    /**
     * Lets the current user work on cases at all (an operator or a coordinator; the application itself too), or
     * throws {@code access.role}: for what does not depend on who has the person in charge (taking in charge, asking
     * for an exceptional access).
     */
    void caseWorker();

    /** The person's charge or access has just changed: what this request decided about them is forgotten. */
    void chargeChanged(UUID personId);
}
