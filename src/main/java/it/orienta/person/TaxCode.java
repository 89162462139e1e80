package it.orienta.person;

import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A codice fiscale: the 16-character personal code (with omocodia: digits replaced by letters to tell apart
 * people who would otherwise share a code) or the 11-digit temporary numeric code. Two codes that differ only by
 * omocodia substitutions have the same {@link #canonical()} form and identify the same person.
 */
public record TaxCode(String value, String canonical, boolean temporary) {

    private static final Pattern PERSONAL =
            Pattern.compile("[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    /** The form of a personal code whatever its month letter: to tell a wrong month from a wrong form. */
    private static final Pattern PERSONAL_ANY_MONTH =
            Pattern.compile("[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    /** Spaces of any kind (also no-break and thin spaces) that people and copied documents put between groups. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");

    private static final Pattern TEMPORARY = Pattern.compile("\\d{11}");
    private static final int[] ODD = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };
    private static final String FIELD = "taxCode";
    /**
     * The library's table of municipalities and states, read once: {@code CodiceFiscale.of(String)} reads its CSV
     * files anew on every call (about 15 ms of CPU), which made every search by code slow (docs/performance.md).
     */
    private static final CityProvider CITIES = CityProvider.ofDefault();

    /** Reads and checks a code as typed (spaces of any kind and case ignored). */
    public static TaxCode parse(String raw) {
        String value = raw == null ? "" : SPACES.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new RuleViolationException("person.tax-code.required", FIELD);
        }
        if (TEMPORARY.matcher(value).matches()) {
            if (!temporaryCheckDigitValid(value)) {
                throw new RuleViolationException("person.tax-code.temporary-check-digit", FIELD);
            }
            return new TaxCode(value, value, true);
        }
        if (value.length() != 16) {
            throw new RuleViolationException("person.tax-code.length", FIELD, value.length());
        }
        if (!PERSONAL.matcher(value).matches()) {
            if (PERSONAL_ANY_MONTH.matcher(value).matches()) {
                throw new RuleViolationException("person.tax-code.month", FIELD, value.charAt(8));
            }
            throw new RuleViolationException("person.tax-code.format", FIELD);
        }
        char expected = checkCharacter(value.substring(0, 15));
        if (value.charAt(15) != expected) {
            throw new RuleViolationException("person.tax-code.check-character", FIELD, value.charAt(15), expected);
        }
        CodiceFiscale decoded;
        try {
            decoded = CodiceFiscale.of(value, CITIES);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("not found")) {
                throw new RuleViolationException("person.tax-code.birthplace-unknown", FIELD, value.substring(11, 15));
            }
            throw new RuleViolationException("person.tax-code.birth-date-invalid", FIELD);
        }
        return new TaxCode(value, decoded.normalized().getValue(), false);
    }

    /** Whether the code is written with omocodia substitutions. */
    public boolean omocode() {
        return !temporary && !value.equals(canonical);
    }

    /**
     * Checks the code against the birth data given with it: date (day and month, year modulo 100), sex, and birth
     * place (cadastral code of the municipality or Z-code of the foreign state) where that is known.
     */
    public List<Violation> inconsistenciesWith(LocalDate birthDate, Sex sex, String birthPlaceBelfiore) {
        var violations = new ArrayList<Violation>();
        if (temporary) {
            return violations;
        }
        var decoded = CodiceFiscale.of(canonical, CITIES);
        LocalDate coded = decoded.getDate().getDate();
        if (birthDate != null
                && (coded.getDayOfMonth() != birthDate.getDayOfMonth()
                        || coded.getMonthValue() != birthDate.getMonthValue()
                        || coded.getYear() % 100 != birthDate.getYear() % 100)) {
            violations.add(Violation.of("person.tax-code.birth-date-mismatch", "birthDate"));
        }
        if (sex != null && (sex == Sex.F) != decoded.getDate().isFemale()) {
            violations.add(Violation.of("person.tax-code.sex-mismatch", "sex"));
        }
        if (birthPlaceBelfiore != null
                && !birthPlaceBelfiore.equals(decoded.getBelfiore().getValue())) {
            violations.add(Violation.of("person.tax-code.birthplace-mismatch", "birthPlace"));
        }
        return violations;
    }

    /**
     * What the code says of the birth: sex, date (the century the one that does not put the birth in the future of
     * {@code today}) and the place's cadastral or Z-code; empty for a temporary code.
     */
    public Optional<Birth> birth(LocalDate today) {
        if (temporary) {
            return Optional.empty();
        }
        var decoded = CodiceFiscale.of(canonical, CITIES);
        LocalDate date = decoded.getDate().getDate();
        while (date.isAfter(today)) {
            date = date.minusYears(100);
        }
        while (date.plusYears(100).isBefore(today) || date.plusYears(100).isEqual(today)) {
            date = date.plusYears(100);
        }
        return Optional.of(new Birth(
                decoded.getDate().isFemale() ? Sex.F : Sex.M,
                date,
                decoded.getBelfiore().getValue()));
    }

    /**
     * What a codice fiscale says of a birth, for the registration form to fill in (still editable, still checked
     * when the person is registered).
     *
     * @param birthMunicipalityCode the ISTAT code of the Italian municipality, else null
     * @param birthCountryCode the ISTAT code of the foreign state (a Z-code in the codice fiscale), else null
     * @param birthPlace the place's name, or the code written in the codice fiscale when Orienta does not know it
     * @param birthPlaceChoice the place as a form's place field holds it ("Firenze (FI) · 048017"); null when unknown
     */
    public record BirthFromTaxCode(
            String taxCode,
            Sex sex,
            LocalDate birthDate,
            String birthMunicipalityCode,
            String birthCountryCode,
            String birthPlace,
            String birthPlaceChoice) {}

    /**
     * The birth a codice fiscale encodes with its place named (a municipality or a foreign state of the reference
     * tables), or the code's own refusal ({@code person.tax-code.*}, field {@code taxCode}); empty for a temporary
     * (numeric) code, which encodes none.
     */
    public static Optional<BirthFromTaxCode> birthFacts(
            String raw, it.orienta.reference.ReferenceService reference, LocalDate today) {
        var code = parse(raw);
        return code.birth(today).map(birth -> {
            var place = reference.byBelfiore(birth.belfiore());
            boolean abroad = birth.belfiore().startsWith("Z");
            String istat = place.map(it.orienta.reference.ReferenceCode::code).orElse(null);
            return new BirthFromTaxCode(
                    code.value(),
                    birth.sex(),
                    birth.date(),
                    abroad ? null : istat,
                    abroad ? istat : null,
                    place.map(it.orienta.reference.ReferenceCode::label).orElse(birth.belfiore()),
                    place.map(it.orienta.reference.ReferenceService::choice).orElse(null));
        });
    }

    /** The birth a codice fiscale encodes. */
    public record Birth(Sex sex, LocalDate date, String belfiore) {}

    /** The birth place code written in the code, for display ("A562"). */
    public Optional<String> belfiore() {
        return temporary ? Optional.empty() : Optional.of(canonical.substring(11, 15));
    }

    static char checkCharacter(String first15) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += (i % 2 == 0) ? ODD[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    static boolean temporaryCheckDigitValid(String digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10 == digits.charAt(10) - '0';
    }
}
