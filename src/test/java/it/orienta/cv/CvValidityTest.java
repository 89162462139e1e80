package it.orienta.cv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R20 as ADR 0015 defines it: art. 2963 c.c., valid through the corresponding day, obsolete from the next. */
class CvValidityTest {

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
        assertThat(CvValidity.validThrough(saved)).isEqualTo(validThrough);
        assertThat(CvValidity.obsoleteFrom(saved)).isEqualTo(obsoleteFrom);
    }

    @Test
    void validThroughItsLastDayObsoleteFromTheNext() {
        var obsoleteFrom = CvValidity.obsoleteFrom(LocalDate.of(2026, 8, 15));
        assertThat(CvValidity.obsolete(obsoleteFrom, LocalDate.of(2027, 2, 15))).isFalse();
        assertThat(CvValidity.obsolete(obsoleteFrom, LocalDate.of(2027, 2, 16))).isTrue();
        assertThat(CvValidity.obsolete(obsoleteFrom, LocalDate.of(2027, 5, 1))).isTrue();
        assertThat(CvValidity.obsolete(obsoleteFrom, LocalDate.of(2026, 8, 15))).isFalse();
    }

    @Test
    void expiringWithinThirtyDaysCountsTheLastValidDay() {
        LocalDate obsoleteFrom = LocalDate.of(2027, 3, 1); // valid through 28/02/2027
        assertThat(CvValidity.expiringWithin(obsoleteFrom, LocalDate.of(2027, 1, 28), 30))
                .as("31 days before its last day")
                .isFalse();
        assertThat(CvValidity.expiringWithin(obsoleteFrom, LocalDate.of(2027, 1, 29), 30))
                .as("30 days before its last day")
                .isTrue();
        assertThat(CvValidity.expiringWithin(obsoleteFrom, LocalDate.of(2027, 2, 28), 30))
                .as("its last day")
                .isTrue();
        assertThat(CvValidity.expiringWithin(obsoleteFrom, LocalDate.of(2027, 3, 1), 30))
                .as("obsolete already")
                .isFalse();
    }
}
