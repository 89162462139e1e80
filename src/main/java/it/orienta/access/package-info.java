/**
 * Who may see and change a case (ADR 0017): the record-access policy that implements {@link
 * it.orienta.system.CaseAccess} — the case belongs to the centre that has the person in charge (intake's {@link
 * it.orienta.intake.Charges}), each read audited once per request — and the exceptional, time-boxed, read-only access
 * of another centre with its stated reason (table {@code exceptional_access}), its page and API, the owning
 * coordinator's list and worklist of accesses and transfers out. Nobody depends on it: every module asks through the
 * kernel's {@code CaseAccess}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Record access",
        allowedDependencies = {"system", "web", "home", "organisation", "person", "intake"})
package it.orienta.access;
