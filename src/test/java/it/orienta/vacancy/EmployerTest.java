package it.orienta.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.vacancy.VacancyTerms.SizeBand;
import it.orienta.vacancy.VacancyTerms.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The employer's rules without Spring: the partita IVA's check digit with real numbers, and every refusal. */
class EmployerTest {

    static EmployerCommand command(String taxCode) {
        return new EmployerCommand(
                taxCode,
                "Officine Rossi srl",
                "25.62.00",
                "048017",
                "Via Roma 1, Firenze",
                "info@rossi.example",
                "+39 055 123456",
                "Anna Rossi",
                SizeBand.SMALL,
                "",
                null,
                null);
    }

    private static List<String> codes(EmployerCommand c, boolean municipality, boolean ateco) {
        return Employer.check(c.normalised(), municipality, ateco).stream()
                .map(Violation::code)
                .toList();
    }

    /** Real partite IVA: TIM, Eni, Poste Italiane, Ferrari, Pirelli, and a textbook one. */
    @ParameterizedTest
    @ValueSource(strings = {"00488410010", "00905811006", "01114601006", "00159560366", "00743110157", "12345678903"})
    void realPartiteIvaAreValid(String code) {
        assertThat(Employer.partitaIvaValid(code)).isTrue();
        assertThat(codes(command(code), true, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00488410011", "00905811007", "01114601000", "12345678901"})
    void aWrongCheckDigitIsRefused(String code) {
        assertThat(Employer.partitaIvaValid(code)).isFalse();
        assertThat(codes(command(code), true, true)).containsExactly("employer.tax-code.check-digit");
    }

    @Test
    void aSoleTraderHasAValidPersonalCodiceFiscale() {
        assertThat(codes(command("RSSMRA85T10D612S"), true, true)).isEmpty();
        assertThat(codes(command("RSSMRA85T10D612X"), true, true)).containsExactly("person.tax-code.check-character");
    }

    @Test
    void aCodeOfAnotherLengthOrNoneIsRefused() {
        assertThat(codes(command("1234567"), true, true)).containsExactly("employer.tax-code.format");
        assertThat(codes(command(" "), true, true)).containsExactly("employer.tax-code.required");
        assertThat(codes(command(null), true, true)).containsExactly("employer.tax-code.required");
    }

    @Test
    void spacesAndCaseInTheCodeAreIgnored() {
        assertThat(command("rssmra85t10d612s").normalised().taxCode()).isEqualTo("RSSMRA85T10D612S");
        assertThat(command("004 884 100 10").normalised().taxCode()).isEqualTo("00488410010");
    }

    @Test
    void theAtecoCodeIsADivisionOrAFinerCodeOfAKnownDivision() {
        assertThat(Employer.division("62")).isEqualTo("62");
        assertThat(Employer.division("62.01")).isEqualTo("62");
        assertThat(Employer.division("62.01.00")).isEqualTo("62");
        assertThat(Employer.division("6")).isNull();
        assertThat(Employer.division("C")).isNull();
        var c = command("00488410010");
        var bad = new EmployerCommand(
                c.taxCode(), c.name(), "6x", c.municipalityCode(), "", "", "", "", null, "", null, null);
        assertThat(codes(bad, true, true)).containsExactly("employer.ateco.format");
        assertThat(codes(c, true, false)).containsExactly("employer.ateco.unknown");
    }

    @Test
    void nameMunicipalityAndContactsAreChecked() {
        var c = new EmployerCommand("00488410010", " ", "", "", "", "not-an-email", "abc", "", null, "", null, null);
        assertThat(codes(c, false, true))
                .containsExactly(
                        "employer.name.required",
                        "employer.ateco.required",
                        "employer.municipality.required",
                        "employer.email.format",
                        "employer.phone.format");
        assertThat(codes(command("00488410010"), false, true)).containsExactly("employer.municipality.unknown");
    }

    @Test
    void anEmployerFromTheRegionalFeedCarriesItsExternalId() {
        var c = command("00488410010");
        var feed = new EmployerCommand(
                c.taxCode(),
                c.name(),
                c.atecoCode(),
                c.municipalityCode(),
                "",
                "",
                "",
                "",
                null,
                "",
                Source.REGIONAL_FEED,
                " ");
        assertThat(codes(feed, true, true)).containsExactly("employer.external-id.required");
    }

    @Test
    void textsHaveTheirLengths() {
        var c = command("00488410010");
        var longName = new EmployerCommand(
                c.taxCode(),
                "x".repeat(201),
                c.atecoCode(),
                c.municipalityCode(),
                "",
                "",
                "",
                "",
                null,
                "n".repeat(2001),
                null,
                null);
        assertThat(Employer.check(longName.normalised(), true, true))
                .extracting(Violation::field)
                .containsExactly("name", "notes");
    }

    @Test
    void validateThrowsEveryViolationAtOnce() {
        var c = new EmployerCommand("", "", "", "", "", "", "", "", null, "", null, null);
        assertThatThrownBy(() -> Employer.validate(c.normalised(), false, false))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e ->
                        assertThat(((RuleViolationException) e).violations()).hasSize(4));
    }

    @Test
    void aChangeNamesTheFieldsItChangesAndNothingWhenTheSame() {
        var c = command("00488410010").normalised();
        var employer = new Employer(c, "FI", "Anna", Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(employer.changes(c)).isEmpty();
        var renamed = new EmployerCommand(
                c.taxCode(),
                "Officine Rossi spa",
                c.atecoCode(),
                c.municipalityCode(),
                c.address(),
                c.email(),
                c.phone(),
                c.contactPerson(),
                SizeBand.MEDIUM,
                c.notes(),
                c.source(),
                c.externalId());
        assertThat(employer.change(renamed, "FI", "Anna", Instant.parse("2026-12-07T09:00:00Z")))
                .containsExactly("name", "sizeBand");
    }

    @Test
    void sizeBandsFollowTheEmployees() {
        assertThat(SizeBand.of(9)).isEqualTo(SizeBand.MICRO);
        assertThat(SizeBand.of(10)).isEqualTo(SizeBand.SMALL);
        assertThat(SizeBand.of(49)).isEqualTo(SizeBand.SMALL);
        assertThat(SizeBand.of(50)).isEqualTo(SizeBand.MEDIUM);
        assertThat(SizeBand.of(249)).isEqualTo(SizeBand.MEDIUM);
        assertThat(SizeBand.of(250)).isEqualTo(SizeBand.LARGE);
    }
}
