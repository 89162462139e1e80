package it.orienta.vacancyfeed;

import java.time.Instant;

/**
 * An employer as the regional system publishes it (docs/vacancy-api.yaml, Employer). Terms keep the contract's
 * names: {@code legalForm} SRL…, {@code sizeBand} MICRO, SMALL, MEDIUM, LARGE.
 *
 * @param externalId the regional system's stable id
 * @param version grows by one at every change: a sink that has this version already has nothing to do
 * @param changedAt the instant of the change, the feed's order with {@code externalId}
 * @param taxCode codice fiscale (11 digits for a company, 16 characters for a sole trader)
 * @param atecoCode ATECO 2007, a division or finer ("56.10.11")
 * @param municipalityCode ISTAT code of the registered office
 */
public record FeedEmployer(
        String externalId,
        int version,
        Instant changedAt,
        String taxCode,
        String vatNumber,
        String name,
        String legalForm,
        String atecoCode,
        String municipalityCode,
        String address,
        String postalCode,
        String email,
        String pec,
        String phone,
        String contactPerson,
        String sizeBand) {}
