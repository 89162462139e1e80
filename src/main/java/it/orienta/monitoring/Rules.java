package it.orienta.monitoring;

import it.orienta.system.Rome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/** The indicator rules that are not plain counts: the median, the share, months in Rome. */
final class Rules {

    /** The PSP is due within 30 days of taking in charge (the LEP's target). */
    static final int PSP_DAYS = 30;

    private Rules() {}

    /** The median of the values (the mean of the two middle ones for an even count); {@code null} when none. */
    static BigDecimal median(List<Integer> values) {
        if (values.isEmpty()) return null;
        int[] sorted = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n % 2 == 1) return BigDecimal.valueOf(sorted[n / 2]);
        return BigDecimal.valueOf((long) sorted[n / 2 - 1] + sorted[n / 2])
                .divide(BigDecimal.TWO, 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** part / whole as a percentage with one decimal; {@code null} when the whole is zero or unknown. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** A plan item is overdue when its due date is before today and it is still planned or in progress. */
    static boolean overdue(LocalDate due, String status, LocalDate today) {
        return due != null && due.isBefore(today) && ("PLANNED".equals(status) || "IN_PROGRESS".equals(status));
    }

    /** A referral is overdue when it is still awaiting an answer (sent or acknowledged) and its due date has passed. */
    static boolean referralOverdue(LocalDate due, String status, LocalDate today) {
        return due != null && due.isBefore(today) && ("SENT".equals(status) || "ACKNOWLEDGED".equals(status));
    }

    /** How many days ahead a CV counts as expiring (cv's expiring list: {@code day < obsolete_from <= day + 31}). */
    static final int CV_EXPIRING_DAYS = 30;

    /**
     * A current CV's state on {@code day} (R20, cv's {@code Cv#obsolete} and {@code Cv#expiringWithin}): obsolete from
     * its {@code obsoleteFrom}, expiring when that comes within the next 30 days, else valid.
     */
    static Indicator cvState(LocalDate obsoleteFrom, LocalDate day) {
        if (!day.isBefore(obsoleteFrom)) return Indicator.CVS_OBSOLETE;
        if (!obsoleteFrom.isAfter(day.plusDays(CV_EXPIRING_DAYS + 1L))) return Indicator.CVS_EXPIRING;
        return Indicator.CVS_VALID;
    }

    /** The day a month's CV states are counted on: its last day, or today for the current month. */
    static LocalDate cvDay(YearMonth month, LocalDate today) {
        var last = month.atEndOfMonth();
        return last.isAfter(today) ? today : last;
    }

    /**
     * A transfer's figure besides {@link Indicator#TRANSFERS_REQUESTED} by its state (portal's {@code TransferState}):
     * failed, in progress (requested, sent, retrying, held pre-registered), or none once accepted, cancelled, removed.
     */
    static Indicator transferState(String state) {
        return switch (state) {
            case "FAILED" -> Indicator.TRANSFERS_FAILED;
            case "REQUESTED", "SENT", "RETRYING", "PRE_REGISTERED" -> Indicator.TRANSFERS_PENDING;
            default -> null;
        };
    }

    /** The indicator of one of pathway's Outcome names; {@code null} for a name it does not know. */
    static Indicator pathwayOutcome(String outcome) {
        return switch (outcome) {
            case "GOAL_DEFINED" -> Indicator.PATHWAY_GOAL_DEFINED;
            case "ABLE_TO_PLAN" -> Indicator.PATHWAY_ABLE_TO_PLAN;
            case "ACTIVATED" -> Indicator.PATHWAY_ACTIVATED;
            case "SKILLS_SHOWN" -> Indicator.PATHWAY_SKILLS_SHOWN;
            case "REFERRED" -> Indicator.PATHWAY_REFERRED;
            default -> null;
        };
    }

    /** The first instant of the month in Rome (a meeting belongs to the month of its start in Rome). */
    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(Rome.ZONE).toInstant();
    }

    /** The month, in Rome, of an instant. */
    static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(Rome.ZONE));
    }

    /** The 12 months ending with {@code month}, oldest first. */
    static List<YearMonth> trend(YearMonth month) {
        return java.util.stream.IntStream.rangeClosed(0, 11)
                .mapToObj(i -> month.minusMonths(11 - i))
                .toList();
    }
}
