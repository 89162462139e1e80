/**
 * The append-only audit log: who read or changed what, in which centre and role, when. Fed by every
 * {@link it.orienta.system.AuditableEvent} through the event publication registry, so that writing it never
 * breaks the action it records and no action goes unrecorded. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"system", "organisation"})
package it.orienta.audit;
