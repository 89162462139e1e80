package it.orienta.cv;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A current CV that becomes obsolete within 30 days (R20), for the centre's list and the home page.
 *
 * @param daysLeft the days it is still valid from today (0 = its last valid day is today)
 */
record CvExpiring(
        UUID cvId,
        UUID personId,
        String personName,
        String taxCode,
        String fileName,
        LocalDate validThrough,
        LocalDate obsoleteFrom,
        long daysLeft) {}
