package it.orienta.reference;

import java.time.Instant;
import java.util.UUID;

/**
 * A synonym of a profession: an ordinary job title that finds it.
 *
 * @param source {@code SEED} (shipped with Orienta) or {@code ADMIN} (added by an administrator)
 */
record ProfessionSynonym(
        UUID id,
        String professionCode,
        String professionTitle,
        String term,
        String source,
        Instant createdAt,
        String createdBy)
        implements java.io.Serializable {}
