package it.orienta.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The charter's time standards at their boundaries (R2, R23, R24); limits are inclusive, in whole minutes. */
class TimeStandardTest {

    static TimeStandard standard(Integer min, Integer max, Integer minTotal, Integer maxTotal) {
        return new TimeStandard(null, "X", LocalDate.of(2000, 1, 1), min, max, minTotal, maxTotal);
    }

    @Test
    void basicGuidanceIsAtMostNinetyMinutes() {
        var a05 = standard(null, 90, null, null);
        assertThat(a05.judgeMeeting(1)).isEqualTo(Compliance.WITHIN);
        assertThat(a05.judgeMeeting(90)).isEqualTo(Compliance.WITHIN);
        assertThat(a05.judgeMeeting(91)).isEqualTo(Compliance.OVER_MAXIMUM);
        assertThat(a05.judgeTotal(100_000)).isEqualTo(Compliance.NO_STANDARD);
    }

    @Test
    void careerCounsellingIsAtLeastSixtyMinutes() {
        var a06 = standard(60, null, null, null);
        assertThat(a06.judgeMeeting(59)).isEqualTo(Compliance.UNDER_MINIMUM);
        assertThat(a06.judgeMeeting(60)).isEqualTo(Compliance.WITHIN);
        assertThat(a06.judgeMeeting(600)).isEqualTo(Compliance.WITHIN);
    }

    @Test
    void theSkillsAuditIsEightToTwelveHoursInTotal() {
        var audit = standard(null, null, 8 * 60, 12 * 60);
        assertThat(audit.judgeMeeting(30)).isEqualTo(Compliance.NO_STANDARD);
        assertThat(audit.judgeTotal(7 * 60 + 59)).isEqualTo(Compliance.UNDER_MINIMUM);
        assertThat(audit.judgeTotal(8 * 60)).isEqualTo(Compliance.WITHIN);
        assertThat(audit.judgeTotal(12 * 60)).isEqualTo(Compliance.WITHIN);
        assertThat(audit.judgeTotal(12 * 60 + 1)).isEqualTo(Compliance.OVER_MAXIMUM);
        assertThat(audit.judgeTotal(12 * 60 + 1).outside()).isTrue();
        assertThat(audit.judgeTotal(8 * 60).outside()).isFalse();
    }

    @Test
    void anActivityWithoutLimitsIsNeverOutside() {
        var none = TimeStandard.none("A05-INFO");
        assertThat(none.judgeMeeting(0)).isEqualTo(Compliance.NO_STANDARD);
        assertThat(none.judgeMeeting(0).outside()).isFalse();
        assertThat(none.limitsMeetings()).isFalse();
        assertThat(none.limitsTotal()).isFalse();
    }

    @Test
    void deliveryTellsWhichMeetingsAnActivityAllows() {
        assertThat(Delivery.INDIVIDUAL.allows(false)).isTrue();
        assertThat(Delivery.INDIVIDUAL.allows(true)).isFalse();
        assertThat(Delivery.GROUP.allows(true)).isTrue();
        assertThat(Delivery.GROUP.allows(false)).isFalse();
        assertThat(Delivery.BOTH.allows(true)).isTrue();
        assertThat(Delivery.BOTH.allows(false)).isTrue();
    }
}
