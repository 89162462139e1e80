package it.orienta.vacancy;

import it.orienta.system.Versioned;
import it.orienta.vacancy.VacancyTerms.SizeBand;
import it.orienta.vacancy.VacancyTerms.Source;
import java.time.Instant;
import java.util.UUID;

/**
 * An employer as pages, the API and other modules read it.
 *
 * @param atecoDivision the ATECO 2007 division (two digits) of {@code atecoCode}: what matching compares
 * @param atecoLabel the division's label in Italian
 * @param provinceCode the two-letter province of the municipality ("FI")
 */
public record EmployerView(
        UUID id,
        String taxCode,
        String name,
        String atecoCode,
        String atecoDivision,
        String atecoLabel,
        String municipalityCode,
        String municipalityLabel,
        String provinceCode,
        String address,
        String email,
        String phone,
        String contactPerson,
        SizeBand sizeBand,
        String notes,
        Source source,
        String externalId,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version)
        implements Versioned {}
