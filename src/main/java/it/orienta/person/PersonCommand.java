package it.orienta.person;

import it.orienta.system.RuleViolationException.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** An education title: ISTAT code (8 digits), year obtained, institution, country (ISTAT state code). */
    public record EducationTitleCommand(
            @NotBlank(message = "{field.required}") @Pattern(regexp = "\\d{8}", message = "{field.education-code}")
            String titleCode,

            Integer year,

            @Size(max = 200, message = "{field.too-long}") String institution,

            @Pattern(regexp = "\\d{3}", message = "{field.country-code}")
            String countryCode,

            @Size(max = 500, message = "{field.too-long}") String description) {}

    /**
     * A job: employer, role as an ISTAT profession code, from–to (to empty while ongoing), SEP sector 1–24, and the
     * person's own name for the job ({@code jobTitle}, optional: the CV shows it above the ISTAT unit).
     */
    public record WorkExperienceCommand(
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.too-long}")
            String employer,

            @NotBlank(message = "{field.required}") @Size(max = 20, message = "{field.too-long}")
            String professionCode,

            @NotNull(message = "{field.required}") LocalDate fromDate,
            LocalDate toDate,
            Integer sepSector,

            @Size(max = 2000, message = "{field.too-long}") String description,

            @Size(max = 200, message = "{field.too-long}") String jobTitle) {

        /** A job without the person's own title. */
        public WorkExperienceCommand(
                String employer,
                String professionCode,
                LocalDate fromDate,
                LocalDate toDate,
                Integer sepSector,
                String description) {
            this(employer, professionCode, fromDate, toDate, sepSector, description, null);
        }
    }

    /**
     * Text as typed by a person, made safe to store and compare: composed to Unicode NFC (so that "è" typed as "e" and
     * a combining accent is the same name as a precomposed "è"), and refused when it holds characters nobody can see
     * or that change how text around them is shown — C0 and C1 controls, the line and paragraph separators, and every
     * format character (zero-width spaces and joiners U+200B–U+200D, the word joiner U+2060, the byte-order mark
     * U+FEFF, the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the soft hyphen).
     * Line breaks and tabs are allowed only in long free text.
     */
    public static final class CleanText {

        /** The code of the refusal, also the message key {@code rule.text.control-characters}. */
        public static final String CONTROL_CHARACTERS = "text.control-characters";

        private CleanText() {}

        /** The text in NFC, or {@code null}. */
        public static String nfc(String value) {
            return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
        }

        /** Whether the text holds no control or format character (line breaks and tabs allowed when multiline). */
        public static boolean isClean(String value, boolean multiline) {
            return value == null || it.orienta.system.PlainText.Validator.isPlain(value, multiline);
        }

        /**
         * The text in NFC; a violation on the field is added when it holds control or format characters.
         *
         * @param multiline whether line breaks and tabs are allowed (long free text)
         */
        public static String check(String field, String value, boolean multiline, List<Violation> violations) {
            if (!isClean(value, multiline)) {
                violations.add(Violation.of(CONTROL_CHARACTERS, field));
            }
            return nfc(value);
        }

        /** Names and free text of a person's identity in NFC, refused when they hold control or format characters. */
        static PersonCommand person(PersonCommand c) {
            var v = new ArrayList<Violation>();
            var cleaned = new PersonCommand(
                    c.taxCode(),
                    check("firstName", c.firstName(), false, v),
                    check("lastName", c.lastName(), false, v),
                    c.sex(),
                    c.birthDate(),
                    c.birthMunicipalityCode(),
                    c.birthCountryCode(),
                    c.citizenshipCode(),
                    c.residenceMunicipalityCode(),
                    check("residenceAddress", c.residenceAddress(), false, v),
                    c.domicileMunicipalityCode(),
                    check("domicileAddress", c.domicileAddress(), false, v),
                    check("email", c.email(), false, v),
                    check("mobilePhone", c.mobilePhone(), false, v),
                    check("notes", c.notes(), true, v),
                    c.licences(),
                    c.languages());
            return refuseAny(cleaned, v);
        }

        static EducationTitleCommand educationTitle(EducationTitleCommand c) {
            var v = new ArrayList<Violation>();
            var cleaned = new EducationTitleCommand(
                    c.titleCode(),
                    c.year(),
                    check("institution", c.institution(), false, v),
                    c.countryCode(),
                    check("description", c.description(), true, v));
            return refuseAny(cleaned, v);
        }

        static WorkExperienceCommand workExperience(WorkExperienceCommand c) {
            var v = new ArrayList<Violation>();
            var cleaned = new WorkExperienceCommand(
                    check("employer", c.employer(), false, v),
                    c.professionCode(),
                    c.fromDate(),
                    c.toDate(),
                    c.sepSector(),
                    check("description", c.description(), true, v),
                    check("jobTitle", c.jobTitle(), false, v));
            return refuseAny(cleaned, v);
        }

        static SpecialCategoryData special(SpecialCategoryData d) {
            var v = new ArrayList<Violation>();
            var cleaned = new SpecialCategoryData(
                    d.disabilityL68(),
                    d.disabilityPercentage(),
                    check("vulnerabilityNotes", d.vulnerabilityNotes(), true, v));
            return refuseAny(cleaned, v);
        }

        private static <T> T refuseAny(T cleaned, List<Violation> violations) {
            if (!violations.isEmpty()) {
                throw it.orienta.system.RuleViolationException.of(violations);
            }
            return cleaned;
        }
    }
}
