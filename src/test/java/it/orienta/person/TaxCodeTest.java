package it.orienta.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxCodeTest {

    static final String MARIO = "RSSMRA85T10A562S"; // born 10/12/1985 in San Giuliano Terme (A562), male

    @Test
    void acceptsAValidCodeWrittenAnyHow() {
        var code = TaxCode.parse(" rssmra85t10a562s ");
        assertThat(code.value()).isEqualTo(MARIO);
        assertThat(code.canonical()).isEqualTo(MARIO);
        assertThat(code.temporary()).isFalse();
        assertThat(code.omocode()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rssmra85t10a562s",
                "RSSM RA85 T10A 562S",
                "rss mra 85t10 a562s",
                "RSSMRA\t85T10A562S",
                "RSSMRA\u00A085T10\u202FA562S",
                "\u2007RSSMRA85T10A562S\u3000"
            })
    void lowerCaseAndSpacesOfAnyKindAreNormalised(String raw) {
        var code = TaxCode.parse(raw);
        assertThat(code.value()).isEqualTo(MARIO);
        assertThat(code.canonical()).isEqualTo(MARIO);
    }

    @Test
    void aWrongMonthLetterIsNamedNotJustAWrongForm() {
        assertThatThrownBy(() -> TaxCode.parse("rssmra85z10a562s"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> {
                    var violation = ((RuleViolationException) e).violations().getFirst();
                    assertThat(violation.code()).isEqualTo("person.tax-code.month");
                    assertThat(violation.field()).isEqualTo("taxCode");
                    assertThat(violation.args()).containsExactly('Z');
                });
    }

    @ParameterizedTest
    @CsvSource({"RSSMRA85T10A56NH", "RSSMRA85T10ARSNO"})
    void omocodeVariantsShareTheCanonicalForm(String omocode) {
        var code = TaxCode.parse(omocode);
        assertThat(code.omocode()).isTrue();
        assertThat(code.canonical()).isEqualTo(MARIO);
    }

    @ParameterizedTest
    @CsvSource({
        "'', person.tax-code.required",
        "RSSMRA85T10A562, person.tax-code.length",
        "RSSMRA85T10A562SX, person.tax-code.length",
        "RSSMRA8XT10A562S, person.tax-code.format",
        "RSSMRA85Z10A562S, person.tax-code.month",
        "RSSMRA85F10A562S, person.tax-code.month",
        "RSS1RA85T10A562S, person.tax-code.format",
        "RSSMRA85T10A562X, person.tax-code.check-character",
        "RSSMRA85T10A56NX, person.tax-code.check-character",
        "12345678901, person.tax-code.temporary-check-digit",
    })
    void refusesEachWayACodeCanBeWrong(String raw, String code) {
        assertThatThrownBy(() -> TaxCode.parse(raw))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo(code);
    }

    @Test
    void refusesAnUnknownBirthplaceCode() {
        // Z999 is no state; the check character is computed so that only the place is wrong
        String first15 = "RSSMRA85T10Z999";
        String raw = first15 + TaxCode.checkCharacter(first15);
        assertThatThrownBy(() -> TaxCode.parse(raw))
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("person.tax-code.birthplace-unknown");
    }

    @Test
    void refusesADayThatDoesNotExist() {
        String first15 = "RSSMRA85B31A562"; // 31 February
        String raw = first15 + TaxCode.checkCharacter(first15);
        assertThatThrownBy(() -> TaxCode.parse(raw))
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("person.tax-code.birth-date-invalid");
    }

    @Test
    void acceptsAValidTemporaryCodeAndMarksIt() {
        var code = TaxCode.parse("12345678903");
        assertThat(code.temporary()).isTrue();
        assertThat(code.canonical()).isEqualTo("12345678903");
        assertThat(code.inconsistenciesWith(LocalDate.of(2000, 1, 1), Sex.F, "Z100"))
                .isEmpty();
    }

    @Test
    void isConsistentWithTheRightBirthData() {
        assertThat(TaxCode.parse(MARIO).inconsistenciesWith(LocalDate.of(1985, 12, 10), Sex.M, "A562"))
                .isEmpty();
        assertThat(TaxCode.parse("MRTLCU98H65G702W").inconsistenciesWith(LocalDate.of(1998, 6, 25), Sex.F, "G702"))
                .isEmpty();
        assertThat(TaxCode.parse("PPSLNE79S42Z129E").inconsistenciesWith(LocalDate.of(1979, 11, 2), Sex.F, "Z129"))
                .isEmpty();
    }

    @Test
    void findsEachInconsistency() {
        var code = TaxCode.parse(MARIO);
        assertThat(code.inconsistenciesWith(LocalDate.of(1985, 12, 11), Sex.M, "A562"))
                .extracting(Violation::code, Violation::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("person.tax-code.birth-date-mismatch", "birthDate"));
        assertThat(code.inconsistenciesWith(LocalDate.of(1985, 12, 10), Sex.F, "A562"))
                .extracting(Violation::code)
                .containsExactly("person.tax-code.sex-mismatch");
        assertThat(code.inconsistenciesWith(LocalDate.of(1985, 12, 10), Sex.M, "D612"))
                .extracting(Violation::code)
                .containsExactly("person.tax-code.birthplace-mismatch");
        assertThat(code.inconsistenciesWith(LocalDate.of(1885, 12, 10), Sex.M, "A562"))
                .as("the code carries the year modulo 100 only")
                .isEmpty();
    }

    @Test
    void omocodeCodesAreCheckedOnTheirDecodedData() {
        assertThat(TaxCode.parse("RSSMRA85T10ARSNO").inconsistenciesWith(LocalDate.of(1985, 12, 10), Sex.M, "A562"))
                .isEmpty();
    }

    @Test
    void theBirthACodeEncodesIsTheLatestCenturyNotInTheFuture() {
        var mario = TaxCode.parse(MARIO).birth(LocalDate.of(2026, 12, 7)).orElseThrow();
        assertThat(mario.sex()).isEqualTo(Sex.M);
        assertThat(mario.date()).isEqualTo(LocalDate.of(1985, 12, 10));
        assertThat(mario.belfiore()).isEqualTo("A562");
        var anna = TaxCode.parse(it.orienta.Persons.taxCode("Anna", "Verdi", LocalDate.of(2008, 3, 1), true, "D612"))
                .birth(LocalDate.of(2026, 12, 7))
                .orElseThrow();
        assertThat(anna.sex()).isEqualTo(Sex.F);
        assertThat(anna.date()).isEqualTo(LocalDate.of(2008, 3, 1)); // "08": 2008, not 1908
        assertThat(TaxCode.parse("RSSMRA85T10A562S")
                        .birth(LocalDate.of(1985, 12, 9))
                        .orElseThrow()
                        .date())
                .isEqualTo(LocalDate.of(1885, 12, 10)); // a day before: not yet born in 1985
        assertThat(TaxCode.parse("12345678903").birth(LocalDate.of(2026, 12, 7)))
                .isEmpty(); // temporary: none
    }
}
