package it.orienta.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A person's identity and contacts as entered. Codes are ISTAT codes: municipalities 6 digits, states 3 digits
 * ({@code 100} is Italy). Birth place is a municipality for people born in Italy, a state otherwise. The codice
 * fiscale may be typed in lower case and with spaces; names and free text are stored in Unicode NFC and refused
 * when they hold control or format characters ({@link CleanText}).
 */
public record PersonCommand(
        @NotBlank(message = "{field.required}") @Size(max = 32, message = "{field.too-long}")
        String taxCode,

        @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.too-long}")
        String firstName,

        @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.too-long}")
        String lastName,

        @NotNull(message = "{field.required}") Sex sex,
        @NotNull(message = "{field.required}") LocalDate birthDate,

        @Pattern(regexp = "\\d{6}", message = "{field.municipality-code}")
        String birthMunicipalityCode,

        @Pattern(regexp = "\\d{3}", message = "{field.country-code}")
        String birthCountryCode,

        @Pattern(regexp = "\\d{3}", message = "{field.country-code}")
        String citizenshipCode,

        @Pattern(regexp = "\\d{6}", message = "{field.municipality-code}")
        String residenceMunicipalityCode,

        @Size(max = 200, message = "{field.too-long}") String residenceAddress,

        @Pattern(regexp = "\\d{6}", message = "{field.municipality-code}")
        String domicileMunicipalityCode,

        @Size(max = 200, message = "{field.too-long}") String domicileAddress,

        @Email(message = "{field.email}") @Size(max = 254, message = "{field.too-long}")
        String email,

        @Pattern(regexp = "\\+?[0-9 ]{6,20}", message = "{field.phone}")
        String mobilePhone,

        @Size(max = 2000, message = "{field.too-long}") String notes,

        Set<DrivingLicence> licences,
        @Valid @Size(max = 20, message = "{field.too-many}") List<LanguageCommand> languages) {

    /** A language with its CEFR level; the language as an ISO 639-1 code ({@code it}, {@code en}, …). */
    public record LanguageCommand(
            @NotBlank(message = "{field.required}") @Pattern(regexp = "[a-z]{2}", message = "{field.language-code}")
            String language,

            @NotNull(message = "{field.required}") CefrLevel level) {}
}
