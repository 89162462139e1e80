package it.orienta.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The indicator rules: the median, the shares derived from counts, months in Europe/Rome. */
class RulesTest {

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(Rules.median(List.of())).isNull();
        assertThat(Rules.median(List.of(12))).isEqualByComparingTo("12");
        assertThat(Rules.median(List.of(40, 3, 12))).isEqualByComparingTo("12");
        assertThat(Rules.median(List.of(10, 3, 40, 12))).isEqualByComparingTo("11");
        assertThat(Rules.median(List.of(10, 3, 40, 13))).isEqualByComparingTo("11.5");
    }

    @Test
    void aShareOfNothingIsNoFigureNotZero() {
        assertThat(Rules.percent(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
        assertThat(Rules.percent(BigDecimal.ONE, BigDecimal.valueOf(3))).isEqualByComparingTo("33.3");
        assertThat(Rules.percent(BigDecimal.valueOf(2), BigDecimal.valueOf(3))).isEqualByComparingTo("66.7");
    }

    @Test
    void aMonthStartsAtMidnightInRomeWhateverTheOffset() {
        // summer time (UTC+2) and winter time (UTC+1)
        assertThat(Rules.start(YearMonth.of(2026, 4))).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(Rules.start(YearMonth.of(2026, 11))).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        // half an hour after midnight in Rome on the 1st is still the previous day in UTC
        assertThat(Rules.monthOf(Instant.parse("2026-10-31T23:30:00Z"))).isEqualTo(YearMonth.of(2026, 11));
        assertThat(Rules.monthOf(Instant.parse("2026-10-31T22:59:59Z"))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(Rules.monthOf(Instant.parse("2026-03-31T22:00:00Z"))).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void theTrendIsTheTwelveMonthsEndingWithTheChosenOneAcrossTheYear() {
        var trend = Rules.trend(YearMonth.of(2026, 2));
        assertThat(trend).hasSize(12).startsWith(YearMonth.of(2025, 3)).endsWith(YearMonth.of(2026, 2));
    }

    @Test
    void ratesComeFromTheScopesCountsAndMissingCountsAreZero() {
        Map<Indicator, BigDecimal> f = new EnumMap<>(Indicator.class);
        assertThat(Metric.TAKEN_IN_CHARGE.of(f)).isEqualByComparingTo("0");
        assertThat(Metric.NO_SHOW_PERCENT.of(f)).isNull();
        assertThat(Metric.PSP_DAYS_MEDIAN.of(f)).isNull();
        f.put(Indicator.MEETINGS, BigDecimal.valueOf(8));
        f.put(Indicator.MEETINGS_ABSENT, BigDecimal.valueOf(2));
        f.put(Indicator.PSP_SIGNED, BigDecimal.valueOf(4));
        assertThat(Metric.NO_SHOW_PERCENT.of(f)).isEqualByComparingTo("25.0");
        assertThat(Metric.PSP_WITHIN_30_PERCENT.of(f)).isEqualByComparingTo("0");
        f.put(Indicator.PSP_WITHIN_30, BigDecimal.valueOf(3));
        assertThat(Metric.PSP_WITHIN_30_PERCENT.of(f)).isEqualByComparingTo("75.0");
    }

    @Test
    void guidancesJudgementsMapToTheMeetingIndicators() {
        assertThat(Indicator.ofCompliance("WITHIN")).isEqualTo(Indicator.MEETINGS_WITHIN);
        assertThat(Indicator.ofCompliance("OVER_MAXIMUM")).isEqualTo(Indicator.MEETINGS_OVER);
        assertThat(Indicator.ofCompliance("UNDER_MINIMUM")).isEqualTo(Indicator.MEETINGS_UNDER);
        assertThat(Indicator.ofCompliance("NO_STANDARD")).isEqualTo(Indicator.MEETINGS_NO_STANDARD);
        assertThat(Indicator.ofCompliance(null)).isEqualTo(Indicator.MEETINGS_NO_STANDARD);
    }

    @Test
    void theLinksBehindTheFiguresNameTheMonthAndTheJudgement() {
        var month = YearMonth.of(2026, 3);
        assertThat(Metric.MEETINGS_OVER.link(month))
                .isEqualTo("/centre/compliance?month=2026-03&compliance=OVER_MAXIMUM");
        assertThat(Metric.TAKEN_IN_CHARGE.link(month)).isEqualTo("/centre/intakes");
        assertThat(Metric.PSP_DAYS_MEDIAN.link(month)).isNull();
    }

    @Test
    void aStoredCountReadsAsAWholeNumber() {
        assertThat(MonitoringService.plain(new BigDecimal("10.00")).toPlainString())
                .isEqualTo("10");
        assertThat(MonitoringService.plain(new BigDecimal("11.50")).toPlainString())
                .isEqualTo("11.5");
    }

    @Test
    void aPlanItemIsOverdueWhenDueBeforeTodayAndStillOpen() {
        var today = java.time.LocalDate.of(2026, 12, 7);
        assertThat(Rules.overdue(today.minusDays(1), "PLANNED", today)).isTrue();
        assertThat(Rules.overdue(today.minusDays(1), "IN_PROGRESS", today)).isTrue();
        assertThat(Rules.overdue(today, "PLANNED", today)).isFalse();
        assertThat(Rules.overdue(today.minusDays(1), "DONE", today)).isFalse();
        assertThat(Rules.overdue(today.minusDays(1), "ABANDONED", today)).isFalse();
        assertThat(Rules.overdue(null, "PLANNED", today)).isFalse();
    }

    @Test
    void theShareProfiledIsOverThePersonsTakenInChargeInTheMonth() {
        var f = new java.util.EnumMap<Indicator, java.math.BigDecimal>(Indicator.class);
        assertThat(Metric.PROFILED_PERCENT.of(f)).isNull();
        f.put(Indicator.TAKEN_IN_CHARGE, java.math.BigDecimal.valueOf(8));
        assertThat(Metric.PROFILED_PERCENT.of(f)).isEqualByComparingTo("0");
        f.put(Indicator.PROFILED, java.math.BigDecimal.valueOf(6));
        assertThat(Metric.PROFILED_PERCENT.of(f)).isEqualByComparingTo("75.0");
        assertThat(Metric.PROFILED_PERCENT.percent()).isTrue();
        assertThat(Metric.PLAN_ITEMS_OVERDUE.percent()).isFalse();
    }

    @Test
    void aReferralIsOverdueWhenStillAwaitingAnAnswerAfterItsDueDate() {
        var today = java.time.LocalDate.of(2026, 12, 7);
        assertThat(Rules.referralOverdue(today.minusDays(1), "SENT", today)).isTrue();
        assertThat(Rules.referralOverdue(today.minusDays(1), "ACKNOWLEDGED", today))
                .isTrue();
        assertThat(Rules.referralOverdue(today, "SENT", today)).isFalse();
        assertThat(Rules.referralOverdue(today.minusDays(1), "ANSWERED", today)).isFalse();
        assertThat(Rules.referralOverdue(today.minusDays(1), "CLOSED", today)).isFalse();
        assertThat(Rules.referralOverdue(today.minusDays(1), "CANCELLED", today))
                .isFalse();
        assertThat(Rules.referralOverdue(null, "SENT", today)).isFalse();
    }

    @Test
    void overdueReferralsAreTheCentresOnlyAndLinkToItsOverdueList() {
        assertThat(Metric.REFERRALS_OVERDUE.perOperator()).isFalse();
        assertThat(Metric.forOperators())
                .doesNotContain(Metric.REFERRALS_OVERDUE)
                .contains(Metric.MEETINGS);
        assertThat(Metric.REFERRALS_OVERDUE.link(YearMonth.of(2026, 3))).isEqualTo("/centre/referrals?overdue=true");
        var f = new java.util.EnumMap<Indicator, java.math.BigDecimal>(Indicator.class);
        assertThat(Metric.REFERRALS_OVERDUE.of(f)).isEqualByComparingTo("0");
        f.put(Indicator.REFERRALS_OVERDUE, java.math.BigDecimal.valueOf(2));
        assertThat(Metric.REFERRALS_OVERDUE.of(f)).isEqualByComparingTo("2");
    }

    @Test
    void aCvIsObsoleteFromItsDayExpiringWithinThirtyDaysBeforeAndValidEarlier() {
        var day = java.time.LocalDate.of(2026, 12, 7);
        assertThat(Rules.cvState(day, day)).isEqualTo(Indicator.CVS_OBSOLETE);
        assertThat(Rules.cvState(day.minusDays(1), day)).isEqualTo(Indicator.CVS_OBSOLETE);
        assertThat(Rules.cvState(day.plusDays(1), day)).isEqualTo(Indicator.CVS_EXPIRING);
        // cv's expiring list: day < obsolete_from <= day + 31 (its last valid day within the next 30 days)
        assertThat(Rules.cvState(day.plusDays(31), day)).isEqualTo(Indicator.CVS_EXPIRING);
        assertThat(Rules.cvState(day.plusDays(32), day)).isEqualTo(Indicator.CVS_VALID);
    }

    @Test
    void aMonthsCvsAreCountedOnItsLastDayOrTodayForTheCurrentMonth() {
        var today = java.time.LocalDate.of(2026, 12, 7);
        assertThat(Rules.cvDay(YearMonth.of(2026, 12), today)).isEqualTo(today);
        assertThat(Rules.cvDay(YearMonth.of(2026, 11), today)).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        assertThat(Metric.CVS_EXPIRING.link(YearMonth.of(2026, 11))).isEqualTo("/cv/expiring");
        assertThat(Metric.forOperators()).doesNotContain(Metric.CVS_VALID, Metric.CVS_EXPIRING, Metric.CVS_OBSOLETE);
    }

    @Test
    void aTransferIsInProgressUntilAcceptedFailedCancelledOrRemoved() {
        for (var state : List.of("REQUESTED", "SENT", "RETRYING", "PRE_REGISTERED"))
            assertThat(Rules.transferState(state)).as(state).isEqualTo(Indicator.TRANSFERS_PENDING);
        assertThat(Rules.transferState("FAILED")).isEqualTo(Indicator.TRANSFERS_FAILED);
        for (var state : List.of("ACCEPTED", "CANCELLED", "REMOVED"))
            assertThat(Rules.transferState(state)).as(state).isNull();
        assertThat(Metric.TRANSFERS_FAILED.perOperator()).isFalse();
        assertThat(Metric.TRANSFERS_FAILED.link(YearMonth.of(2026, 3))).isNull();
    }

    @Test
    void aPathwaysOutcomesAreSharesOfTheClosedPathwaysThatNeedNotAddUp() {
        assertThat(Rules.pathwayOutcome("ACTIVATED")).isEqualTo(Indicator.PATHWAY_ACTIVATED);
        assertThat(Rules.pathwayOutcome("REFERRED")).isEqualTo(Indicator.PATHWAY_REFERRED);
        assertThat(Rules.pathwayOutcome("SOMETHING_ELSE")).isNull();
        var f = new EnumMap<Indicator, BigDecimal>(Indicator.class);
        assertThat(Metric.PATHWAY_ACTIVATED_PERCENT.of(f)).isNull();
        f.put(Indicator.PATHWAYS_CLOSED, BigDecimal.valueOf(4));
        f.put(Indicator.PATHWAY_ACTIVATED, BigDecimal.valueOf(3));
        f.put(Indicator.PATHWAY_GOAL_DEFINED, BigDecimal.valueOf(2));
        assertThat(Metric.PATHWAY_ACTIVATED_PERCENT.of(f)).isEqualByComparingTo("75.0");
        assertThat(Metric.PATHWAY_GOAL_DEFINED_PERCENT.of(f)).isEqualByComparingTo("50.0");
        assertThat(Metric.PATHWAY_REFERRED_PERCENT.of(f)).isEqualByComparingTo("0");
        assertThat(Metric.PATHWAY_ACTIVATED_PERCENT.percent()).isTrue();
        assertThat(Metric.PATHWAYS_CLOSED.percent()).isFalse();
        assertThat(Metric.PATHWAYS_CLOSED.perOperator()).isTrue();
    }

    @Test
    void theFillRateIsTheEnrolledOverThePlacesOfTheSessionsHeld() {
        var f = new EnumMap<Indicator, BigDecimal>(Indicator.class);
        assertThat(Metric.SESSION_FILL_PERCENT.of(f)).isNull();
        f.put(Indicator.SESSION_PLACES, BigDecimal.valueOf(40));
        f.put(Indicator.SESSION_ENROLLED, BigDecimal.valueOf(30));
        assertThat(Metric.SESSION_FILL_PERCENT.of(f)).isEqualByComparingTo("75.0");
        assertThat(Metric.SESSION_FILL_PERCENT.perOperator()).isTrue();
        assertThat(Metric.SESSIONS_HELD.link(YearMonth.of(2026, 3))).isEqualTo("/sessions?from=2026-03-01");
    }
}
