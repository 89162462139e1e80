package it.orienta.person;

import java.time.LocalDate;
import java.util.UUID;

/** One row of a person search. */
public record PersonSummary(
        UUID id,
        String taxCode,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String residenceMunicipalityCode) {}
