package it.orienta.access;

import java.time.Instant;
import java.util.UUID;

/**
 * An exceptional read of a case granted to an operator of another centre: who, from which centre, on whose person,
 * why, and until when.
 *
 * @param centreCode the centre the operator worked in when asking
 * @param ownerCentre the centre that had the person in charge
 */
record ExceptionalAccessView(
        UUID id,
        UUID personId,
        String username,
        String operatorName,
        String centreCode,
        String ownerCentre,
        ExceptionalAccessReason reason,
        String text,
        Instant grantedAt,
        Instant expiresAt) {

    /** Whether the grant still allows reading at {@code now}. */
    public boolean activeAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
