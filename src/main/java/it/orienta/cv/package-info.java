/**
 * The person's CV (R14–R21): uploaded or generated PDFs, their validity, history and deletion. The transfer to the
 * regional portal is carried out by the {@code portal} module, which reads the CV through {@link CvFiles}, reports
 * the transfer's state back through it and reacts to {@link CvEvents}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "CV",
        allowedDependencies = {
            "system",
            "organisation",
            "reference",
            "person",
            "intake",
            "occupation",
            "notification",
            "home",
            "web"
        })
package it.orienta.cv;
