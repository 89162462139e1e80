/**
 * The person's CV (R14–R21): uploaded or generated PDFs, their validity, history and deletion. The transfer to the
 * regional portal is carried out by the {@code portal} module, which reads the CV through {@link CvFiles}, reports
 * the transfer's state back through it and reacts to {@link CvEvents}.
 *
 * <p><b>Owns</b> the table {@code cv} (V21). Its rules — validity (art. 2963 c.c.), one current CV per person with
 * the replaced ones as history, deletion from the version read — live in the aggregate {@link it.orienta.cv.Cv};
 * the file's acceptability (R16) in {@code CvFileRules}.
 *
 * <p><b>Publishes</b> for SQL readers in other modules the view {@code cv_validity_v} (the person's current CV and
 * its {@code obsolete_from}) and the function {@code cv_state(obsolete_from, day)} (V39), the validity rule once:
 * the occupation module's extraction reads the CV's state through them, so the SQL no longer depends on the table
 * {@code cv} and the Java dependency cv → occupation (R15, the generated CV's occupations) is the only one.
 *
 * <p><b>Offers</b> {@link it.orienta.cv.CvService} (pages, API), {@link it.orienta.cv.CvFiles} (the worker file and
 * the portal: the CV without its file, the file only when served or transferred), {@link it.orienta.cv.CvEvents}.
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
