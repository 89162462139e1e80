package it.orienta.portal;

import java.time.Duration;
import java.time.Instant;

/**
 * The transfer's state machine and backoff, free of I/O (unit-tested in TransferRulesTest): what an attempt's
 * outcome, a notice from the portal, a withdrawn consent or an operator's retry does to a transfer.
 */
final class TransferRules {

    private TransferRules() {}

    /** What an attempt to deliver came to. */
    sealed interface Outcome {}

    /** The portal took it: its receipt status (RECEIVED, AWAITING_CONFIRMATION, ACCEPTED, REMOVED). */
    record Delivered(String receipt) implements Outcome {}

    /** Unreachable, timed out or 5xx: try again later. */
    record Unavailable(String reason) implements Outcome {}

    /** A permanent refusal (4xx) with the portal's reason. */
    record Refused(String reason) implements Outcome {}

    /** Nothing to deliver any more (the CV was deleted or purged meanwhile). */
    record Gone(String reason) implements Outcome {}

    /** The transfer after an attempt: its state, the next attempt if any, the reason shown. */
    record Decision(TransferState state, Instant nextAttemptAt, String reason) {}

    /**
     * The state after attempt number {@code attempts} (1 for the first) of a transfer of {@code kind}.
     *
     * @throws IllegalStateException when the transfer was not waiting for an attempt
     */
    static Decision afterAttempt(
            TransferKind kind,
            TransferState state,
            Outcome outcome,
            int attempts,
            Instant now,
            int maxAttempts,
            Duration backoff,
            Duration maxBackoff) {
        if (!state.pending()) {
            throw new IllegalStateException("no attempt is made on a transfer " + state);
        }
        return switch (outcome) {
            case Delivered d -> new Decision(delivered(kind, d.receipt()), null, null);
            case Refused r -> new Decision(TransferState.FAILED, null, r.reason());
            case Gone g -> new Decision(TransferState.CANCELLED, null, g.reason());
            case Unavailable u ->
                attempts >= maxAttempts
                        ? new Decision(TransferState.FAILED, null, u.reason())
                        : new Decision(
                                TransferState.RETRYING, now.plus(backoff(attempts, backoff, maxBackoff)), u.reason());
        };
    }

    /** The state a delivered upload or removal is in, from the portal's receipt. */
    static TransferState delivered(TransferKind kind, String receipt) {
        if (kind == TransferKind.REMOVAL) {
            return TransferState.REMOVED;
        }
        return switch (receipt == null ? "" : receipt) {
            case "AWAITING_CONFIRMATION" -> TransferState.PRE_REGISTERED;
            case "ACCEPTED" -> TransferState.ACCEPTED;
            default -> TransferState.SENT;
        };
    }

    /** The wait before attempt {@code attempts + 1}: {@code backoff} doubled after each failure, capped. */
    static Duration backoff(int attempts, Duration backoff, Duration maxBackoff) {
        if (attempts <= 0 || backoff.isZero()) {
            return Duration.ZERO;
        }
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /**
     * The state after a notice from the portal about an upload, or {@code null} when the notice changes nothing
     * (already applied, or the transfer was cancelled or refused).
     */
    static TransferState afterNotice(TransferState state, String noticeType) {
        boolean open = state == TransferState.REQUESTED
                || state == TransferState.RETRYING
                || state == TransferState.SENT
                || state == TransferState.PRE_REGISTERED;
        if (!open) {
            return null;
        }
        return switch (noticeType) {
            case "CV_ACCEPTED" -> TransferState.ACCEPTED;
            case "CV_REFUSED" -> TransferState.FAILED;
            default -> null;
        };
    }

    /** Whether withdrawing the consent (or deleting the CV) cancels an upload in this state. */
    static boolean cancelledByWithdrawal(TransferState state) {
        return state == TransferState.REQUESTED
                || state == TransferState.RETRYING
                || state == TransferState.FAILED
                || state == TransferState.SENT
                || state == TransferState.PRE_REGISTERED;
    }

    /** Whether an upload in this state may have reached the portal, so that the CV search system may hold it. */
    static boolean mayBeOnSearchSystem(TransferState state, int attempts) {
        return state == TransferState.SENT
                || state == TransferState.ACCEPTED
                || state == TransferState.PRE_REGISTERED
                || (attempts > 0 && state != TransferState.CANCELLED);
    }

    /** An operator may retry a transfer by hand only once it failed. */
    static boolean retryableByHand(TransferState state) {
        return state == TransferState.FAILED;
    }
}
