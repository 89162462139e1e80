/**
 * Desired occupations (R11–R13): the professions a person wants to work in, at most three, each a fifth-level
 * ISTAT profession with its sources and the card's structured notes; the person's availability once per person;
 * the selective extraction of persons by profession.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Desired occupations",
        allowedDependencies = {"system", "organisation", "reference", "person", "intake", "web"})
package it.orienta.occupation;
