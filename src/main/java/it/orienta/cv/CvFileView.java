package it.orienta.cv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A saved CV as other modules read it.
 *
 * @param obsoleteFrom the first day on which the CV is obsolete (R20)
 * @param obsolete whether it is obsolete today
 * @param transferState the last transfer state the portal module reported, or null
 */
public record CvFileView(
        UUID id,
        UUID personId,
        String origin,
        String fileName,
        int sizeBytes,
        String sha256,
        Instant savedAt,
        String savedBy,
        LocalDate obsoleteFrom,
        boolean obsolete,
        String transferState,
        String transferDetail,
        Instant transferUpdatedAt) {}
