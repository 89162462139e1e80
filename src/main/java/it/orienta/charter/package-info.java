/**
 * The service charter (Carta dei servizi): the activity types a centre delivers, with their regional codes,
 * the pathway stage each belongs to, whether they are delivered individually or in groups, the active measure
 * (R25 a–h) they implement, and their time standards (R2, R23, R24), dated so that a change never rewrites the
 * judgement of past meetings. Public surface: {@link it.orienta.charter.CharterService} and its records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Service charter",
        allowedDependencies = {"system", "organisation", "web"})
package it.orienta.charter;
