/**
 * The append-only audit log: who read or changed what, in which centre and role, when. Fed by every
 * {@link it.orienta.system.DomainEvent} through the event publication registry, so that writing it never
 * breaks the action it records and no action goes unrecorded; {@code AuditDescriptions} says, in one switch, what
 * the log writes for each event type, so this module names the publishing modules' events (ADR 0020). Nobody
 * depends on this module. Its pages name the
 * persons through the person registry and find the persons a coordinator's centre has in charge through the
 * intake module; it reads no other module's tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {
            "system",
            "organisation",
            "person",
            "intake",
            "caseload",
            "web",
            "access",
            "guidance",
            "session",
            "skillsaudit",
            "pathway",
            "agreement",
            "profiling",
            "referral",
            "occupation",
            "extraction",
            "cv",
            "portal",
            "notification",
            "workerfile",
            "vacancy",
            "proposal",
            "scouting"
        })
package it.orienta.audit;
