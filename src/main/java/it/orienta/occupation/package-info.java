/**
 * Desired occupations (R11–R13): the professions a person wants to work in, at most three, each a fifth-level
 * ISTAT profession with its sources and the card's structured notes; the person's availability once per person.
 * The selective extraction of persons by profession is the module {@code extraction} (issue 12).
 *
 * <p><b>Owns</b> the tables {@code desired_occupation} and {@code person_availability} (V20). The rules live in the
 * aggregate {@link it.orienta.occupation.DesiredOccupations} (the person's occupations, guarded by the person's case
 * lock, {@code PersonService#lockCase}) and in {@link it.orienta.occupation.Availability.PersonAvailability}.
 *
 * <p><b>Offers</b> {@link it.orienta.occupation.OccupationService} (pages, API, demo data),
 * {@link it.orienta.occupation.OccupationDirectory} (the cv module's R15 and generated CV),
 * {@link it.orienta.occupation.OccupationEvents} (the worker file's timeline, the audit log), and to SQL readers the
 * views {@code desired_occupation_v} and {@code person_availability_v} (V45; the extraction module reads them).
 *
 * <p><b>Reads</b> other modules' data only through their Java API or their published views: labels through
 * {@code reference_label_v} (V40). It never reads the tables {@code person}, {@code cv} or {@code reference_code}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Desired occupations",
        allowedDependencies = {"system", "organisation", "reference", "person", "intake", "web"})
package it.orienta.occupation;
