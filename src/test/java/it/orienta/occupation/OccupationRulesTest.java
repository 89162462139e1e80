package it.orienta.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.system.RuleViolationException.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OccupationRulesTest {

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
        assertThat(OccupationRules.check(valid(), OccupationRules.Profession.UNIT, TODAY))
                .isEmpty();
    }

    @Test
    void atLeastOneSourceIsNeeded() {
        var c = new OccupationCommand("5.2.2.3.2", false, false, false, TODAY, null, "", null, null, false, "", "", "");
        assertThat(codes(OccupationRules.check(c, OccupationRules.Profession.UNIT, TODAY)))
                .containsExactly("occupation.source.required");
        assertThat(OccupationRules.check(c, OccupationRules.Profession.UNIT, TODAY)
                        .getFirst()
                        .field())
                .isEqualTo("sources");
    }

    @Test
    void theInterviewDateIsRequiredAndNotInTheFutureButTodayIsFine() {
        var none =
                new OccupationCommand("5.2.2.3.2", true, false, false, null, null, "", null, null, false, "", "", "");
        assertThat(codes(OccupationRules.check(none, OccupationRules.Profession.UNIT, TODAY)))
                .containsExactly("occupation.interview-date.required");
        var tomorrow = new OccupationCommand(
                "5.2.2.3.2", true, false, false, TODAY.plusDays(1), null, "", null, null, false, "", "", "");
        assertThat(codes(OccupationRules.check(tomorrow, OccupationRules.Profession.UNIT, TODAY)))
                .containsExactly("occupation.interview-date.future");
    }

    @Test
    void theProfessionMustBeAKnownFifthLevelUnit() {
        assertThat(codes(OccupationRules.check(valid(), OccupationRules.Profession.NOT_UNIT, TODAY)))
                .containsExactly("occupation.profession.not-unit");
        assertThat(codes(OccupationRules.check(valid(), OccupationRules.Profession.UNKNOWN, TODAY)))
                .containsExactly("occupation.profession.unknown");
        var blank = new OccupationCommand(" ", true, false, false, TODAY, null, "", null, null, false, "", "", "");
        assertThat(codes(OccupationRules.check(blank, OccupationRules.Profession.UNKNOWN, TODAY)))
                .containsExactly("occupation.profession.required");
    }

    @Test
    void notesAreCheckedForRangesLengthsAndTheFormalLearningsName() {
        var c = new OccupationCommand(
                "5.2.2.3.2", true, false, false, TODAY, 25, "x".repeat(2001), 71, 2027, true, " ", "", "");
        assertThat(codes(OccupationRules.check(c, OccupationRules.Profession.UNIT, TODAY)))
                .containsExactlyInAnyOrder(
                        "occupation.sep.unknown",
                        "occupation.experience.range",
                        "occupation.last-year.range",
                        "occupation.formal-learning.which",
                        "occupation.text.too-long");
    }

    @Test
    void threeIsTheMost() {
        assertThat(OccupationRules.roomForOneMore(2)).isTrue();
        assertThat(OccupationRules.roomForOneMore(3)).isFalse();
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
        String text = OccupationRules.regionalText(o, "Servizi turistici", "Tempo pieno; In Toscana", k -> k);
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
