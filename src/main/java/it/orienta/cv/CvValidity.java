package it.orienta.cv;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long a CV is valid (R20, ADR 0015): six calendar months counted as art. 2963 of the Italian civil code counts
 * a term in months. The term ends on the day of the sixth month after the save that corresponds to the day of the
 * save, or on that month's last day when it has no such day; the CV is valid through that day and obsolete from the
 * next. Saved on 15 August: valid through 15 February, obsolete from 16 February. Saved on 31 August: valid through
 * the last day of February (28 or 29), obsolete from 1 March, in leap years too.
 */
final class CvValidity {

    /** The centres' time zone: the day a CV is saved is the day in Tuscany. */
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    static final int MONTHS = 6;

    /** How many days ahead the expiring list and the reminder look. */
    static final int EXPIRING_WITHIN_DAYS = 30;

    private CvValidity() {}

    /** The last day on which a CV saved on {@code savedOn} is valid. */
    static LocalDate validThrough(LocalDate savedOn) {
        // plusMonths keeps the day of the month, or takes the month's last day when it has no such day
        return savedOn.plusMonths(MONTHS);
    }

    /** The first day on which a CV saved on {@code savedOn} is obsolete (stored as {@code obsolete_from}). */
    static LocalDate obsoleteFrom(LocalDate savedOn) {
        return validThrough(savedOn).plusDays(1);
    }

    /** Whether a CV obsolete from {@code obsoleteFrom} is obsolete on {@code today}. */
    static boolean obsolete(LocalDate obsoleteFrom, LocalDate today) {
        return !today.isBefore(obsoleteFrom);
    }

    /**
     * The last {@code obsolete_from} of a CV that expires within the next {@code days} days of {@code today}: its
     * last valid day is today or one of the next {@code days} days. The expiring list and the reminder select
     * {@code today < obsolete_from <= expiringUpTo(today, days)}.
     */
    static LocalDate expiringUpTo(LocalDate today, int days) {
        return today.plusDays(days + 1L);
    }

    /** Whether a CV still valid on {@code today} expires within the next {@code days} days. */
    static boolean expiringWithin(LocalDate obsoleteFrom, LocalDate today, int days) {
        return !obsolete(obsoleteFrom, today) && !obsoleteFrom.isAfter(expiringUpTo(today, days));
    }
}
