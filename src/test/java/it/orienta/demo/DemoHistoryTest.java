package it.orienta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.guidance.Attendance;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** The demo's year of history as planned from its seed: the same every time, spread over the year, recordable. */
class DemoHistoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theSameSeedPlansTheSameHistory() {
        assertThat(DemoHistory.plan(TODAY)).isEqualTo(DemoHistory.plan(TODAY));
        assertThat(DemoHistory.plan(TODAY)).hasSize(DemoHistory.PERSONS);
    }

    @Test
    void intakesFallOnWorkingDaysInEachOfTheLastTwelveMonthsAndNeverAfterToday() {
        var plan = DemoHistory.plan(TODAY);
        var months = new HashSet<YearMonth>();
        for (var p : plan) {
            assertThat(p.intakeDate()).isBeforeOrEqualTo(TODAY).isAfter(TODAY.minusMonths(13));
            assertThat(p.intakeDate().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            months.add(YearMonth.from(p.intakeDate()));
        }
        assertThat(months).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void meetingsArePastOnWorkingDaysNeverOverlapAnOperatorsOtherMeetingsAndVary() {
        var plan = DemoHistory.plan(TODAY);
        var starts = new ArrayList<String>();
        var attendances = new HashSet<Attendance>();
        int over = 0;
        int under = 0;
        for (var p : plan) {
            for (var m : p.meetings()) {
                assertThat(m.start()).isBefore(TODAY.atStartOfDay());
                assertThat(m.start()).isAfterOrEqualTo(p.intakeDate().atStartOfDay());
                assertThat(m.start().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                // two-hour slots, every meeting shorter than its slot: no two of one operator overlap
                assertThat(m.minutes()).isLessThan(120);
                assertThat(m.start().getHour() % 2).isZero();
                starts.add(p.operator() + m.start());
                attendances.add(m.attendance());
                if (m.activityId().equals("A05-BASE") && m.minutes() > 90) over++;
                if (m.activityId().equals("A06-CONS") && m.attendance() == Attendance.PRESENT && m.minutes() < 60)
                    under++;
            }
        }
        assertThat(starts).doesNotHaveDuplicates().hasSizeGreaterThan(DemoHistory.PERSONS);
        assertThat(attendances).containsExactlyInAnyOrder(Attendance.values());
        assertThat(over).isPositive();
        assertThat(under).isPositive();
    }

    @Test
    void onlyPersonsTakenInChargeInTheLastTwoMonthsSignTodayAtVariedDelays() {
        var delays = new HashSet<Long>();
        for (var p : DemoHistory.plan(TODAY)) {
            if (p.signsToday()) {
                long days = p.intakeDate().until(TODAY, java.time.temporal.ChronoUnit.DAYS);
                assertThat(days).isBetween(1L, 62L);
                delays.add(days);
            }
        }
        assertThat(delays).hasSizeGreaterThanOrEqualTo(4);
        assertThat(delays).anyMatch(d -> d <= 30).anyMatch(d -> d > 30);
    }

    @Test
    void aWeekendDayMovesToTheFridayBeforeAndAFutureDayToToday() {
        assertThat(DemoHistory.workday(LocalDate.of(2026, 12, 6), TODAY)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(DemoHistory.workday(LocalDate.of(2026, 12, 20), TODAY)).isEqualTo(TODAY);
    }
}
