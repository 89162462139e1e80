package it.orienta.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a person's desired occupations, on the aggregate alone (no Spring, no database). */
class DesiredOccupationsTest {

    static final Actor ACTOR = new Actor(UUID.randomUUID(), "op", "Giulia Bianchi", "CPI-FI", "OPERATOR");
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    static OccupationCommand of(String code) {
        return new OccupationCommand(code, true, false, false, TODAY, null, "", null, null, false, "", "", "");
    }

    static DesiredOccupations withCodes(String... codes) {
        var person = UUID.randomUUID();
        var aggregate = new DesiredOccupations(person, List.of());
        for (var code : codes) {
            aggregate.add(of(code), DesiredOccupations.Profession.UNIT, TODAY, ACTOR, NOW, c -> "T" + c);
        }
        return aggregate;
    }

    @Test
    void aFourthOccupationIsRefusedNamingTheThreeAndNothingIsAdded() {
        var aggregate = withCodes("1.1.1.1.1", "2.2.2.2.2", "3.3.3.3.3");
        assertThatThrownBy(() -> aggregate.add(
                        of("4.4.4.4.4"), DesiredOccupations.Profession.UNIT, TODAY, ACTOR, NOW, c -> "T" + c))
                .isInstanceOf(OccupationLimitException.class)
                .satisfies(e -> {
                    var v = ((RuleViolationException) e).violations().getFirst();
                    assertThat(v.code()).isEqualTo("occupation.limit");
                    assertThat(v.args())
                            .containsExactly(
                                    "T1.1.1.1.1 (1.1.1.1.1); T2.2.2.2.2 (2.2.2.2.2); T3.3.3.3.3 (3.3.3.3.3)", 3);
                });
        assertThat(aggregate.occupations()).hasSize(3);
    }

    @Test
    void theLimitIsCheckedBeforeTheCommand() {
        var aggregate = withCodes("1.1.1.1.1", "2.2.2.2.2", "3.3.3.3.3");
        var invalid = new OccupationCommand("", false, false, false, null, null, "", null, null, false, "", "", "");
        assertThatThrownBy(
                        () -> aggregate.add(invalid, DesiredOccupations.Profession.UNKNOWN, TODAY, ACTOR, NOW, c -> c))
                .isInstanceOf(OccupationLimitException.class);
    }

    @Test
    void aProfessionIsChosenOnceOnAddAndOnChange() {
        var aggregate = withCodes("1.1.1.1.1", "2.2.2.2.2");
        assertThatThrownBy(() -> aggregate.add(
                        of("1.1.1.1.1"), DesiredOccupations.Profession.UNIT, TODAY, ACTOR, NOW, c -> "T" + c))
                .isInstanceOf(DesiredOccupations.Duplicate.class)
                .hasFieldOrPropertyWithValue("conflict", true);
        var second = aggregate.occupations().get(1);
        assertThatThrownBy(() -> aggregate.change(
                        second.id(), 1, of("1.1.1.1.1"), DesiredOccupations.Profession.UNIT, TODAY, ACTOR, NOW, c -> c))
                .isInstanceOf(DesiredOccupations.Duplicate.class);
        assertThat(second.professionCode()).isEqualTo("2.2.2.2.2");
    }

    @Test
    void aChangeOrARemovalFromAnOlderVersionIsStaleAndChangesNothing() {
        var aggregate = withCodes("1.1.1.1.1");
        var first = aggregate.occupations().getFirst();
        assertThat(first.version()).isEqualTo(1);
        assertThatThrownBy(() -> aggregate.change(
                        first.id(), 0, of("2.2.2.2.2"), DesiredOccupations.Profession.UNIT, TODAY, ACTOR, NOW, c -> c))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> aggregate.remove(first.id(), 2, c -> c)).isInstanceOf(StaleVersionException.class);
        assertThat(aggregate.occupations()).containsExactly(first);
        assertThat(first.professionCode()).isEqualTo("1.1.1.1.1");
    }

    @Test
    void aChangeReportsTheFieldsItChangesAndNothingWhenItChangesNothing() {
        var aggregate = withCodes("1.1.1.1.1");
        var first = aggregate.occupations().getFirst();
        assertThat(aggregate.change(
                        first.id(), 1, of("1.1.1.1.1"), DesiredOccupations.Profession.UNIT, TODAY, ACTOR, NOW, c -> c))
                .isEmpty();
        var other = new OccupationCommand("2.2.2.2.2", false, true, false, TODAY, 3, "", null, null, false, "", "", "");
        assertThat(aggregate.change(
                        first.id(), 1, other, DesiredOccupations.Profession.UNIT, TODAY, ACTOR, NOW, c -> c))
                .containsExactly("professionCode", "sources", "sepSector");
        assertThat(first.professionCode()).isEqualTo("2.2.2.2.2");
    }

    @Test
    void anOccupationOfAnotherPersonIsNotFound() {
        var aggregate = withCodes("1.1.1.1.1");
        assertThatThrownBy(() -> aggregate.remove(UUID.randomUUID(), 1, c -> c))
                .isInstanceOf(it.orienta.system.NotFoundException.class);
    }

    @Test
    void anInvalidCommandIsRefusedWithEveryReasonAndNothingIsAdded() {
        var aggregate = withCodes();
        var none = new OccupationCommand(
                "5.2.2.3.2", false, false, false, TODAY.plusDays(1), null, "", null, null, false, "", "", "");
        assertThatThrownBy(() -> aggregate.add(none, DesiredOccupations.Profession.UNIT, TODAY, ACTOR, NOW, c -> c))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(codes(((RuleViolationException) e).violations()))
                        .containsExactlyInAnyOrder("occupation.source.required", "occupation.interview-date.future"));
        assertThat(aggregate.occupations()).isEmpty();
    }

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static OccupationCommand valid() {
        return new OccupationCommand(
                "5.2.2.3.2", true, false, false, TODAY, 23, "Servizio ai tavoli", 5, 2024, false, "", "HACCP", "");
    }

    static List<String> codes(List<Violation> v) {
        return v.stream().map(Violation::code).toList();
    }

    @Test
    void aCompleteOccupationPasses() {
        assertThat(DesiredOccupations.check(valid(), DesiredOccupations.Profession.UNIT, TODAY))
                .isEmpty();
    }

    @Test
    void atLeastOneSourceIsNeeded() {
        var c = new OccupationCommand("5.2.2.3.2", false, false, false, TODAY, null, "", null, null, false, "", "", "");
        assertThat(codes(DesiredOccupations.check(c, DesiredOccupations.Profession.UNIT, TODAY)))
                .containsExactly("occupation.source.required");
        assertThat(DesiredOccupations.check(c, DesiredOccupations.Profession.UNIT, TODAY)
                        .getFirst()
                        .field())
                .isEqualTo("sources");
    }

    @Test
    void theInterviewDateIsRequiredAndNotInTheFutureButTodayIsFine() {
        var none =
                new OccupationCommand("5.2.2.3.2", true, false, false, null, null, "", null, null, false, "", "", "");
        assertThat(codes(DesiredOccupations.check(none, DesiredOccupations.Profession.UNIT, TODAY)))
                .containsExactly("occupation.interview-date.required");
        var tomorrow = new OccupationCommand(
                "5.2.2.3.2", true, false, false, TODAY.plusDays(1), null, "", null, null, false, "", "", "");
        assertThat(codes(DesiredOccupations.check(tomorrow, DesiredOccupations.Profession.UNIT, TODAY)))
                .containsExactly("occupation.interview-date.future");
    }

    @Test
    void theProfessionMustBeAKnownFifthLevelUnit() {
        assertThat(codes(DesiredOccupations.check(valid(), DesiredOccupations.Profession.NOT_UNIT, TODAY)))
                .containsExactly("occupation.profession.not-unit");
        assertThat(codes(DesiredOccupations.check(valid(), DesiredOccupations.Profession.UNKNOWN, TODAY)))
                .containsExactly("occupation.profession.unknown");
        var blank = new OccupationCommand(" ", true, false, false, TODAY, null, "", null, null, false, "", "", "");
        assertThat(codes(DesiredOccupations.check(blank, DesiredOccupations.Profession.UNKNOWN, TODAY)))
                .containsExactly("occupation.profession.required");
    }

    @Test
    void notesAreCheckedForRangesLengthsAndTheFormalLearningsName() {
        var c = new OccupationCommand(
                "5.2.2.3.2", true, false, false, TODAY, 25, "x".repeat(2001), 71, 2027, true, " ", "", "");
        assertThat(codes(DesiredOccupations.check(c, DesiredOccupations.Profession.UNIT, TODAY)))
                .containsExactlyInAnyOrder(
                        "occupation.sep.unknown",
                        "occupation.experience.range",
                        "occupation.last-year.range",
                        "occupation.formal-learning.which",
                        "occupation.text.too-long");
    }

    @Test
    void threeIsTheMost() {
        assertThat(DesiredOccupations.roomForOneMore(2)).isTrue();
        assertThat(DesiredOccupations.roomForOneMore(3)).isFalse();
    }

    @Test
    void theRegionalTextHasOneLinePerElementInTheCardsOrderAndLeavesOutWhatIsNotGiven() {
        var o = new DesiredOccupationView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "5.2.2.3.2",
                "Camerieri di ristorante",
                true,
                true,
                false,
                TODAY,
                23,
                "Servizio ai tavoli\nvini",
                10,
                2024,
                true,
                "Istituto alberghiero",
                "HACCP",
                "",
                Instant.EPOCH,
                1);
        String text = DesiredOccupations.regionalText(o, "Servizi turistici", "Tempo pieno; In Toscana", k -> k);
        assertThat(text.split("\n"))
                .containsExactly(
                        "sep: 23 - Servizi turistici",
                        "skills: Servizio ai tavoli; vini",
                        "experience: 10 years",
                        "last-year: 2024",
                        "availability: Tempo pieno; In Toscana",
                        "licences: HACCP",
                        "formal: yes - Istituto alberghiero");
    }
}
