package it.orienta.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The vacancy's rules and transitions without Spring. */
class VacancyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    static VacancyCommand command() {
        return command(2, TODAY, TODAY.plusDays(30));
    }

    static VacancyCommand command(Integer posts, LocalDate publication, LocalDate expiry) {
        return new VacancyCommand(
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                "5.2.2.3.2",
                "Aiuto cuoco per ristorante",
                "",
                posts,
                "048017",
                ContractType.FIXED_TERM,
                WorkingTime.FULL_TIME,
                TODAY.plusDays(10),
                publication,
                expiry,
                new VacancyView.Requirements(
                        3, List.of(DrivingLicence.B), List.of(new VacancyView.Language("EN ", CefrLevel.A2)), 1),
                false,
                null,
                null);
    }

    private static List<String> codes(VacancyCommand c) {
        return Vacancy.check(c.normalised(), true, Vacancy.Profession.UNIT, true).stream()
                .map(Violation::code)
                .toList();
    }

    private static Vacancy open() {
        return new Vacancy(command().normalised(), "FI", TODAY, "Anna", NOW);
    }

    @Test
    void aCompleteVacancyPasses() {
        assertThat(codes(command())).isEmpty();
        assertThat(command().normalised().requirements().languages())
                .containsExactly(new VacancyView.Language("en", CefrLevel.A2));
    }

    @Test
    void postsAreAtLeastOne() {
        assertThat(codes(command(0, TODAY, TODAY))).containsExactly("vacancy.posts.range");
        assertThat(codes(command(null, TODAY, TODAY))).containsExactly("vacancy.posts.required");
        assertThat(codes(command(1, TODAY, TODAY))).isEmpty();
    }

    @Test
    void theExpiryIsNotBeforeThePublication() {
        assertThat(codes(command(1, TODAY, TODAY.minusDays(1)))).containsExactly("vacancy.expiry.before-publication");
        assertThat(codes(command(1, null, null)))
                .containsExactly("vacancy.publication-date.required", "vacancy.expiry-date.required");
    }

    @Test
    void theProfessionIsAFifthLevelUnit() {
        var c = command().normalised();
        assertThat(Vacancy.check(c, true, Vacancy.Profession.NOT_UNIT, true))
                .extracting(Violation::code)
                .containsExactly("vacancy.profession.not-unit");
        assertThat(Vacancy.check(c, true, Vacancy.Profession.UNKNOWN, true))
                .extracting(Violation::code)
                .containsExactly("vacancy.profession.unknown");
    }

    @Test
    void employerMunicipalityContractAndTimeAreRequiredAndKnown() {
        var c = command().normalised();
        assertThat(Vacancy.check(c, false, Vacancy.Profession.UNIT, false))
                .extracting(Violation::code)
                .containsExactly("vacancy.employer.unknown", "vacancy.municipality.unknown");
        var empty =
                new VacancyCommand(null, "", " ", "", 1, "", null, null, null, TODAY, TODAY, null, false, null, null);
        assertThat(codes(empty))
                .containsExactly(
                        "vacancy.employer.required",
                        "vacancy.profession.required",
                        "vacancy.title.required",
                        "vacancy.municipality.required",
                        "vacancy.contract-type.required",
                        "vacancy.working-time.required");
    }

    @Test
    void requirementsHaveTheirRanges() {
        var c = command();
        var r = new VacancyView.Requirements(
                9,
                List.of(),
                List.of(
                        new VacancyView.Language("eng", CefrLevel.B1),
                        new VacancyView.Language("fr", null),
                        new VacancyView.Language("FR", CefrLevel.B1)),
                51);
        var bad = new VacancyCommand(
                c.employerId(),
                c.professionCode(),
                c.title(),
                "",
                1,
                c.municipalityCode(),
                c.contractType(),
                c.workingTime(),
                null,
                TODAY,
                TODAY,
                r,
                false,
                null,
                null);
        assertThat(codes(bad))
                .containsExactly(
                        "vacancy.education-level.range",
                        "vacancy.experience.range",
                        "vacancy.language.code",
                        "vacancy.language.level-required",
                        "vacancy.language.duplicate");
    }

    @Test
    void aNewVacancyIsOpenWithItsPublicationInTheHistory() {
        var v = open();
        assertThat(v.status()).isEqualTo(Status.OPEN);
        assertThat(v.history()).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.to()).isEqualTo(Status.OPEN);
        });
        var late =
                new Vacancy(command(1, TODAY.minusDays(40), TODAY.minusDays(1)).normalised(), "FI", TODAY, "x", NOW);
        assertThat(late.status()).isEqualTo(Status.EXPIRED);
    }

    @Test
    void openAndSuspendedGoBackAndForthEachInTheHistory() {
        var v = open();
        assertThat(v.changeStatus(Status.SUSPENDED, "in attesa", null, TODAY, "Anna", NOW))
                .isEqualTo(Status.OPEN);
        assertThat(v.changeStatus(Status.OPEN, "", null, TODAY, "Anna", NOW)).isEqualTo(Status.SUSPENDED);
        assertThat(v.changeStatus(Status.OPEN, "", null, TODAY, "Anna", NOW)).isNull();
        assertThat(v.history())
                .extracting(VacancyView.StatusChange::to)
                .containsExactly(Status.OPEN, Status.SUSPENDED, Status.OPEN);
        assertThat(v.history().get(1).reason()).isEqualTo("in attesa");
    }

    @Test
    void filledAndWithdrawnAreFinal() {
        for (var end : List.of(Status.FILLED, Status.WITHDRAWN)) {
            var v = open();
            v.changeStatus(end, "", null, TODAY, "Anna", NOW);
            assertThatThrownBy(() -> v.changeStatus(Status.OPEN, "", TODAY.plusDays(5), TODAY, "Anna", NOW))
                    .isInstanceOf(RuleViolationException.class)
                    .satisfies(e -> {
                        assertThat(((RuleViolationException) e).code()).isEqualTo("vacancy.status.final");
                        assertThat(((RuleViolationException) e).isConflict()).isTrue();
                    });
            assertThatThrownBy(() ->
                            v.change(command(5, TODAY, TODAY.plusDays(30)).normalised(), "FI", TODAY, "Anna", NOW))
                    .satisfies(
                            e -> assertThat(((RuleViolationException) e).code()).isEqualTo("vacancy.final"));
        }
    }

    @Test
    void anExpiredVacancyMayStillBeFilledOrWithdrawnAndThenStaysSo() {
        var later = TODAY.plusDays(31);
        var filled = open();
        assertThat(filled.expire(later, "Orienta", NOW)).isTrue();
        assertThat(filled.changeStatus(Status.FILLED, "assunto dopo la scadenza", null, later, "Orienta", NOW))
                .isEqualTo(Status.EXPIRED);
        assertThat(filled.status()).isEqualTo(Status.FILLED);
        assertThatThrownBy(() -> filled.changeStatus(Status.OPEN, "", later.plusDays(30), later, "Anna", NOW))
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("vacancy.status.final"));
        var withdrawn = open();
        withdrawn.expire(later, "Orienta", NOW);
        assertThat(withdrawn.changeStatus(Status.WITHDRAWN, "", null, later, "Orienta", NOW))
                .isEqualTo(Status.EXPIRED);
        assertThat(withdrawn.history())
                .extracting(VacancyView.StatusChange::to)
                .containsExactly(Status.OPEN, Status.EXPIRED, Status.WITHDRAWN);
    }

    @Test
    void expiredOnlyByTheSystemAndReopenedOnlyWithANewExpiry() {
        var v = open();
        assertThatThrownBy(() -> v.changeStatus(Status.EXPIRED, "", null, TODAY, "Anna", NOW))
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("vacancy.status.transition"));
        var later = TODAY.plusDays(31);
        assertThat(v.expire(TODAY, "Orienta", NOW)).isFalse();
        assertThat(v.expire(later, "Orienta", NOW)).isTrue();
        assertThat(v.status()).isEqualTo(Status.EXPIRED);
        assertThatThrownBy(() -> v.changeStatus(Status.SUSPENDED, "", null, later, "Anna", NOW))
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("vacancy.status.transition"));
        assertThatThrownBy(() -> v.changeStatus(Status.OPEN, "", null, later, "Anna", NOW))
                .satisfies(e ->
                        assertThat(((RuleViolationException) e).code()).isEqualTo("vacancy.reopen.expiry-required"));
        assertThatThrownBy(() -> v.changeStatus(Status.OPEN, "", later.minusDays(1), later, "Anna", NOW))
                .satisfies(
                        e -> assertThat(((RuleViolationException) e).code()).isEqualTo("vacancy.reopen.expiry-past"));
        assertThat(v.changeStatus(Status.OPEN, "prorogata", later.plusDays(30), later, "Anna", NOW))
                .isEqualTo(Status.EXPIRED);
        assertThat(v.expiryDate()).isEqualTo(later.plusDays(30));
        assertThat(v.history())
                .extracting(VacancyView.StatusChange::to)
                .containsExactly(Status.OPEN, Status.EXPIRED, Status.OPEN);
    }

    @Test
    void aSuspendedVacancyPastItsExpiryReopensOnlyWithANewOne() {
        var v = open();
        v.changeStatus(Status.SUSPENDED, "", null, TODAY, "Anna", NOW);
        var later = TODAY.plusDays(40);
        assertThatThrownBy(() -> v.changeStatus(Status.OPEN, "", null, later, "Anna", NOW))
                .satisfies(e ->
                        assertThat(((RuleViolationException) e).code()).isEqualTo("vacancy.reopen.expiry-required"));
        assertThatThrownBy(() -> v.changeStatus(Status.WITHDRAWN, "", later, later, "Anna", NOW))
                .satisfies(e -> assertThat(((RuleViolationException) e).code())
                        .isEqualTo("vacancy.status.expiry-only-on-open"));
    }

    @Test
    void aReasonHasItsLength() {
        var v = open();
        assertThatThrownBy(() -> v.changeStatus(Status.SUSPENDED, "r".repeat(501), null, TODAY, "Anna", NOW))
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("vacancy.text.too-long"));
        assertThat(v.status()).isEqualTo(Status.OPEN);
    }

    @Test
    void aChangeNamesItsFieldsAndARunningVacancyGetsNoPastExpiry() {
        var v = open();
        var c = command().normalised();
        assertThat(v.changes(c)).isEmpty();
        var more = new VacancyCommand(
                c.employerId(),
                c.professionCode(),
                c.title(),
                c.description(),
                3,
                c.municipalityCode(),
                c.contractType(),
                WorkingTime.SHIFTS,
                c.startDate(),
                c.publicationDate(),
                c.expiryDate(),
                VacancyView.Requirements.none(),
                true,
                c.source(),
                c.externalId());
        assertThat(v.change(more, "FI", TODAY, "Anna", NOW))
                .containsExactly("posts", "workingTime", "requirements", "reservedL68");
        var past = new VacancyCommand(
                c.employerId(),
                c.professionCode(),
                c.title(),
                c.description(),
                3,
                c.municipalityCode(),
                c.contractType(),
                WorkingTime.SHIFTS,
                c.startDate(),
                TODAY.minusDays(10),
                TODAY.minusDays(1),
                VacancyView.Requirements.none(),
                true,
                c.source(),
                c.externalId());
        assertThatThrownBy(() -> v.change(past, "FI", TODAY, "Anna", NOW))
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("vacancy.expiry.past"));
    }

    @Test
    void educationLevelsAreTheFirstDigitOfTheIstatTitleCode() {
        assertThat(VacancyTerms.educationLevel("10000000")).isEqualTo(1);
        assertThat(VacancyTerms.educationLevel("40206001")).isEqualTo(4);
        assertThat(VacancyTerms.educationLevel("72005999")).isEqualTo(7);
        assertThat(VacancyTerms.educationLevel("00000000")).isNull();
        assertThat(VacancyTerms.educationLevel("123")).isNull();
    }
}
