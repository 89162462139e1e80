package it.orienta.portal;

import java.time.Instant;
import java.util.UUID;

/**
 * A transfer of a CV to the portal, or a removal from the CV search system, as pages and the API show it.
 *
 * @param nextAttemptAt when retrying: the next attempt
 * @param reason the portal's reason of a failure, or the last unavailability
 */
record TransferView(
        UUID id,
        UUID personId,
        UUID cvId,
        TransferKind kind,
        TransferState state,
        int attempts,
        Instant nextAttemptAt,
        String reason,
        Instant requestedAt,
        String requestedBy,
        Instant updatedAt,
        long version) {}
