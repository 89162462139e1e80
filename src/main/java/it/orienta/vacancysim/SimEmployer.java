package it.orienta.vacancysim;

import java.time.Instant;

/** An employer of the simulated regional system, as the contract publishes it (docs/vacancy-api.yaml). */
record SimEmployer(
        String id,
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
        String sizeBand) {

    /** The ATECO 2007 division: the first two digits. */
    String division() {
        return atecoCode.substring(0, 2);
    }
}
