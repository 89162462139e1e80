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
