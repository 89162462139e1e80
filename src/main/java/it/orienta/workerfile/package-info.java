/**
 * The worker's file: one page per person with identity, centre, current intake and consent, and a timeline of
 * everything that happened, built from every module's {@link it.orienta.person.PersonFileEvent}s; and the export
 * of the whole file (the person's right of access).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Worker file",
        allowedDependencies = {
            "system",
            "organisation",
            "reference",
            "person",
            "intake",
            "charter",
            "guidance",
            "pathway",
            "agreement",
            "cv"
        })
package it.orienta.workerfile;
