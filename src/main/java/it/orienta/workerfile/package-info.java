/**
 * The worker's file: one page per person with identity, centre, current intake and consent, and a timeline of
 * everything that happened, built from every module's {@link it.orienta.system.CaseEvent}s; and the export of the
 * whole file (the person's right of access), as JSON or as a tagged PDF of the whole file or a period. {@code TimelineDescriptions} says, in one switch, how each case event
 * reads on the timeline, so this module names the publishing modules' events (ADR 0020).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Worker file",
        allowedDependencies = {
            "system",
            "organisation",
            "reference",
            "person",
            "intake",
            "caseload",
            "charter",
            "guidance",
            "pathway",
            "agreement",
            "cv",
            "access",
            "session",
            "skillsaudit",
            "profiling",
            "referral",
            "occupation",
            "portal",
            "notification",
            "proposal",
            "scouting",
            "web"
        })
package it.orienta.workerfile;
