package it.orienta.person;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the registry's search: who the person is (codice fiscale, names, birth date and place) and the label
 * of the centre that has them in charge ({@code null} when no centre has) — all any operator of the region may see,
 * to avoid duplicates and to find whom to ask for a transfer. Nothing of the case.
 */
public record PersonSearchRow(
        UUID id,
        String taxCode,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String birthMunicipalityCode,
        String birthCountryCode,
        String chargeCentre) {

    PersonSearchRow withChargeCentre(String centre) {
        return new PersonSearchRow(
                id, taxCode, firstName, lastName, birthDate, birthMunicipalityCode, birthCountryCode, centre);
    }
}
