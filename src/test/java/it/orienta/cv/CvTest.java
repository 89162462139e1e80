package it.orienta.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CV aggregate alone: R20 as ADR 0015 defines it (art. 2963 c.c., valid through the corresponding day, obsolete
 * from the next), the preconditions (R15), replacement and deletion (R21).
 */
class CvTest {

    static final Actor ACTOR = new Actor(UUID.randomUUID(), "op", "Giulia Bianchi", "CPI-FI", "OPERATOR");
    static final Instant NOW = Instant.parse("2026-08-31T10:00:00Z");

    static Cv saved() {
        return new Cv(UUID.randomUUID(), "UPLOADED", null, "cv.pdf", 10, "ab", ACTOR, NOW, LocalDate.of(2026, 8, 31));
    }

    @org.junit.jupiter.api.Test
    void aNewCvIsCurrentAtVersionOneAndObsoleteFromTheDayAfterItsTerm() {
        var cv = saved();
        assertThat(cv.isCurrent()).isTrue();
        assertThat(cv.version()).isEqualTo(1);
        assertThat(cv.obsoleteFrom()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @org.junit.jupiter.api.Test
    void aReplacedCvStaysAsHistoryAndOnlyTheCurrentOneIsReplaced() {
        var cv = saved();
        cv.replace(NOW.plusSeconds(60));
        assertThat(cv.isCurrent()).isFalse();
        assertThat(cv.isDeleted()).isFalse();
        assertThatThrownBy(() -> cv.replace(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @org.junit.jupiter.api.Test
    void theDeletionIsFromTheVersionReadOfTheCurrentCvOnly() {
        var cv = saved();
        assertThatThrownBy(() -> cv.delete(2, "Giulia Bianchi", NOW, c -> "state"))
                .isInstanceOf(StaleVersionException.class);
        assertThat(cv.isDeleted()).isFalse();
        cv.delete(1, "Giulia Bianchi", NOW, c -> "state");
        assertThat(cv.isDeleted()).isTrue();
        assertThat(cv.isCurrent()).isFalse();
        assertThatThrownBy(() -> cv.delete(1, "Giulia Bianchi", NOW, c -> "state"))
                .isInstanceOf(StaleVersionException.class);
        var replaced = saved();
        replaced.replace(NOW);
        assertThatThrownBy(() -> replaced.delete(1, "Giulia Bianchi", NOW, c -> "state"))
                .isInstanceOf(StaleVersionException.class);
    }

    @org.junit.jupiter.api.Test
    void aCvNeedsAnEducationTitleAndADesiredOccupationBothNamedAtOnce() {
        assertThat(Cv.preconditions(new CvChecklist(0, 0)))
                .extracting(Violation::code)
                .containsExactly("cv.education-title.missing", "cv.occupation.missing");
        assertThat(Cv.preconditions(new CvChecklist(1, 1))).isEmpty();
    }

    @ParameterizedTest(name = "saved {0}: valid through {1}, obsolete from {2}")
    @CsvSource({
        // the ordinary case: the corresponding day of the sixth month
        "2026-08-15, 2027-02-15, 2027-02-16",
        "2026-01-10, 2026-07-10, 2026-07-11",
        // month-end: the sixth month has no such day, so its last day
        "2026-08-31, 2027-02-28, 2027-03-01",
        "2026-08-30, 2027-02-28, 2027-03-01",
        "2026-08-29, 2027-02-28, 2027-03-01",
        "2026-12-31, 2027-06-30, 2027-07-01",
        "2027-03-31, 2027-09-30, 2027-10-01",
        // leap years: February has its 29th, still obsolete from 1 March (not from 29 February)
        "2027-08-31, 2028-02-29, 2028-03-01",
        "2027-08-30, 2028-02-29, 2028-03-01",
        "2027-08-29, 2028-02-29, 2028-03-01",
        // saved on 29 February: the corresponding day exists in August
        "2028-02-29, 2028-08-29, 2028-08-30",
        // across the year
        "2026-07-01, 2027-01-01, 2027-01-02"
    })
    void sixCalendarMonthsByArticle2963(LocalDate saved, LocalDate validThrough, LocalDate obsoleteFrom) {
        assertThat(Cv.validThrough(saved)).isEqualTo(validThrough);
        assertThat(Cv.obsoleteFrom(saved)).isEqualTo(obsoleteFrom);
    }

    @Test
    void validThroughItsLastDayObsoleteFromTheNext() {
        var obsoleteFrom = Cv.obsoleteFrom(LocalDate.of(2026, 8, 15));
        assertThat(Cv.obsolete(obsoleteFrom, LocalDate.of(2027, 2, 15))).isFalse();
        assertThat(Cv.obsolete(obsoleteFrom, LocalDate.of(2027, 2, 16))).isTrue();
        assertThat(Cv.obsolete(obsoleteFrom, LocalDate.of(2027, 5, 1))).isTrue();
        assertThat(Cv.obsolete(obsoleteFrom, LocalDate.of(2026, 8, 15))).isFalse();
    }

    @Test
    void expiringWithinThirtyDaysCountsTheLastValidDay() {
        LocalDate obsoleteFrom = LocalDate.of(2027, 3, 1); // valid through 28/02/2027
        assertThat(Cv.expiringWithin(obsoleteFrom, LocalDate.of(2027, 1, 28), 30))
                .as("31 days before its last day")
                .isFalse();
        assertThat(Cv.expiringWithin(obsoleteFrom, LocalDate.of(2027, 1, 29), 30))
                .as("30 days before its last day")
                .isTrue();
        assertThat(Cv.expiringWithin(obsoleteFrom, LocalDate.of(2027, 2, 28), 30))
                .as("its last day")
                .isTrue();
        assertThat(Cv.expiringWithin(obsoleteFrom, LocalDate.of(2027, 3, 1), 30))
                .as("obsolete already")
                .isFalse();
    }
}
