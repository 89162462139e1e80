package it.orienta.guidance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Durations in words. A total judged against a limit must never read as the limit when it is not: 479 minutes is
 * "7 ore e 59 minuti" (or 7,98 hours, rounded down), never "8,0".
 */
final class Durations {

    private Durations() {}

    /**
     * {@code minutes} in hours and minutes, in the reader's language ({@code guidance.duration.*}): "1 ora", "7 ore
     * e 59 minuti", "1 minuto". A message argument, resolved with the message.
     */
    static MessageSourceResolvable spoken(Integer minutes) {
        int total = minutes == null ? 0 : Math.max(minutes, 0);
        int hours = total / 60;
        int rest = total % 60;
        if (hours == 0) {
            return resolvable("guidance.duration.minutes", rest);
        }
        if (rest == 0) {
            return resolvable("guidance.duration.hours", hours);
        }
        return resolvable("guidance.duration.hours-minutes", hours, rest);
    }

    /** {@code minutes} as hours with at most two decimals, rounded down, Italian style: 479 → "7,98", 90 → "1,5". */
    static String hoursDown(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        return BigDecimal.valueOf(minutes)
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }

    private static MessageSourceResolvable resolvable(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }
}
