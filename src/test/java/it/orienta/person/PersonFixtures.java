package it.orienta.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Persons as services return them, for controller slices of any module. */
public final class PersonFixtures {

    public static final String TAX_CODE = "RSSMRA85C14D612H";

    private PersonFixtures() {}

    /** Mario Rossi, born in Florence on 14 March 1985, living in Florence, at version {@code version}. */
    public static PersonView rossi(UUID id, long version) {
        return new PersonView(
                id,
                TAX_CODE,
                false,
                "Mario",
                "Rossi",
                Sex.M,
                LocalDate.of(1985, 3, 14),
                "048017",
                null,
                "100",
                "048017",
                "Via Roma 1",
                null,
                null,
                "mario.rossi@example.it",
                "+39 333 1234567",
                null,
                List.of(DrivingLicence.B),
                List.of(new PersonView.LanguageView("it", CefrLevel.NATIVE)),
                List.of(),
                List.of(),
                Instant.parse("2026-11-02T09:00:00Z"),
                "CPI-FI",
                version);
    }

    /** The JSON a client sends to register Mario Rossi. */
    public static String rossiJson() {
        return """
                {"taxCode": "RSSMRA85C14D612H", "firstName": "Mario", "lastName": "Rossi", "sex": "M",
                 "birthDate": "1985-03-14", "birthMunicipalityCode": "048017", "citizenshipCode": "100",
                 "residenceMunicipalityCode": "048017", "residenceAddress": "Via Roma 1",
                 "email": "mario.rossi@example.it", "licences": ["B"],
                 "languages": [{"language": "it", "level": "NATIVE"}]}
                """;
    }

    /** The command {@link #rossiJson()} stands for. */
    public static PersonCommand rossiCommand() {
        return new PersonCommand(
                TAX_CODE,
                "Mario",
                "Rossi",
                Sex.M,
                LocalDate.of(1985, 3, 14),
                "048017",
                null,
                "100",
                "048017",
                "Via Roma 1",
                null,
                null,
                "mario.rossi@example.it",
                null,
                null,
                java.util.Set.of(DrivingLicence.B),
                List.of(new PersonCommand.LanguageCommand("it", CefrLevel.NATIVE)));
    }
}
