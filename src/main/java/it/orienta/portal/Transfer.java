package it.orienta.portal;

import it.orienta.system.DuplicateException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One delivery to make (V24 {@code portal_transfer}): the upload of a CV version to the portal, or the removal of an
 * upload from the CV search system. The transfer's state machine lives here and nowhere else:
 *
 * <pre>
 * upload:  REQUESTED/RETRYING --attempt--> SENT | PRE_REGISTERED | ACCEPTED | RETRYING | FAILED | CANCELLED (CV gone)
 *          SENT/PRE_REGISTERED/REQUESTED/RETRYING --notice--> ACCEPTED | FAILED
 *          any but ACCEPTED/CANCELLED/REMOVED --withdrawal or deleted CV--> CANCELLED
 *          FAILED --operator--> RETRYING (due at once, attempts reset)
 * removal: REQUESTED/RETRYING --attempt--> REMOVED | RETRYING | FAILED;  settled --requeue--> REQUESTED
 * </pre>
 *
 * The worker's claim (due rows {@code for update skip locked}, the lease written as the next attempt) stays a SQL
 * statement in {@link TransferStore}: it is the one query that must skip rows others hold. Every state change after
 * it loads the row with a write lock ({@link TransferRepository}) and calls a method here; an illegal move throws.
 */
@Entity
@Table(name = "portal_transfer")
class Transfer {

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

    private static final String REMOVAL_PREFIX = "remove:";
    private static final int REASON_LENGTH = 1000;

    @Id
    private UUID id;

    private UUID personId;
    private UUID cvId;

    @Enumerated(EnumType.STRING)
    private TransferKind kind;

    @Enumerated(EnumType.STRING)
    private TransferState state;

    private String idempotencyKey;
    private int attempts;
    private Instant nextAttemptAt;
    private String reason;
    private String centreCode;
    private Instant requestedAt;
    private String requestedBy;
    private Instant updatedAt;

    @Version
    private Long version;

    protected Transfer() {}

    private Transfer(
            UUID personId, UUID cvId, TransferKind kind, String key, String centreCode, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.cvId = cvId;
        this.kind = kind;
        this.state = TransferState.REQUESTED;
        this.idempotencyKey = key;
        this.nextAttemptAt = now;
        this.centreCode = centreCode;
        this.requestedAt = now;
        this.requestedBy = by;
        this.updatedAt = now;
    }

    /**
     * The upload of a CV version, due at once. Its idempotency key is the CV's id for its first upload, then the id
     * with the number of earlier (cancelled) uploads, so that the portal takes a new request as new.
     */
    static Transfer upload(UUID personId, UUID cvId, int earlierUploads, String centreCode, String by, Instant now) {
        String key = earlierUploads == 0 ? cvId.toString() : cvId + "." + earlierUploads;
        return new Transfer(personId, cvId, TransferKind.UPLOAD, key, centreCode, by, now);
    }

    /** The key of the removal of the upload with key {@code uploadKey}: one removal per upload. */
    static String removalKey(String uploadKey) {
        return REMOVAL_PREFIX + uploadKey;
    }

    /** The removal from the CV search system of what this upload may have put there, due at once. */
    Transfer removal(String by, Instant now) {
        if (kind != TransferKind.UPLOAD) {
            throw new IllegalStateException("only an upload is removed");
        }
        return new Transfer(personId, cvId, TransferKind.REMOVAL, removalKey(idempotencyKey), centreCode, by, now);
    }

    /** The upload key a removal removes. */
    String uploadKey() {
        return idempotencyKey.startsWith(REMOVAL_PREFIX)
                ? idempotencyKey.substring(REMOVAL_PREFIX.length())
                : idempotencyKey;
    }

    /** Waiting for the worker: an attempt may be recorded. */
    boolean awaitingAttempt() {
        return state.pending();
    }

    /**
     * Records the outcome of the attempt the worker made (its count already taken by the claim).
     *
     * @throws IllegalStateException when the transfer was not waiting for an attempt
     */
    void recordAttempt(Outcome outcome, RetryPolicy retries, Instant now) {
        if (!awaitingAttempt()) {
            throw new IllegalStateException("no attempt is made on a transfer " + state);
        }
        switch (outcome) {
            case Delivered d -> move(delivered(kind, d.receipt()), null, null, now);
            case Refused r -> move(TransferState.FAILED, null, r.reason(), now);
            case Gone g -> move(TransferState.CANCELLED, null, g.reason(), now);
            case Unavailable u -> {
                if (attempts >= retries.maxAttempts()) {
                    move(TransferState.FAILED, null, u.reason(), now);
                } else {
                    move(TransferState.RETRYING, now.plus(retries.waitAfter(attempts)), u.reason(), now);
                }
            }
        }
    }

    /** The state a delivered upload or removal is in, from the portal's receipt. */
    private static TransferState delivered(TransferKind kind, String receipt) {
        if (kind == TransferKind.REMOVAL) {
            return TransferState.REMOVED;
        }
        return switch (receipt == null ? "" : receipt) {
            case "AWAITING_CONFIRMATION" -> TransferState.PRE_REGISTERED;
            case "ACCEPTED" -> TransferState.ACCEPTED;
            default -> TransferState.SENT;
        };
    }

    /**
     * Applies a notice of the portal about this upload ({@code CV_ACCEPTED}, {@code CV_REFUSED}); answers false when
     * it changes nothing (an other notice, or the upload is settled: accepted, refused, cancelled).
     */
    boolean applyNotice(String noticeType, String noticeReason, Instant now) {
        boolean open = state == TransferState.REQUESTED
                || state == TransferState.RETRYING
                || state == TransferState.SENT
                || state == TransferState.PRE_REGISTERED;
        if (!open || kind != TransferKind.UPLOAD) {
            return false;
        }
        TransferState next = switch (noticeType) {
            case "CV_ACCEPTED" -> TransferState.ACCEPTED;
            case "CV_REFUSED" -> TransferState.FAILED;
            default -> null;
        };
        if (next == null) {
            return false;
        }
        move(next, null, noticeReason, now);
        return true;
    }

    /** Whether withdrawing the consent (or deleting the CV) cancels this upload. */
    boolean cancellable() {
        return kind == TransferKind.UPLOAD
                && (state == TransferState.REQUESTED
                        || state == TransferState.RETRYING
                        || state == TransferState.FAILED
                        || state == TransferState.SENT
                        || state == TransferState.PRE_REGISTERED);
    }

    /**
     * Cancels the upload: the consent was withdrawn or the CV deleted.
     *
     * @throws IllegalStateException when it is accepted, cancelled already, or a removal
     */
    void cancel(String why, Instant now) {
        if (!cancellable()) {
            throw new IllegalStateException("a transfer " + state + " is not cancelled");
        }
        move(TransferState.CANCELLED, null, why, now);
    }

    /** Whether this upload may have reached the portal, so that the CV search system may hold it. */
    boolean mayBeOnSearchSystem() {
        return state == TransferState.SENT
                || state == TransferState.ACCEPTED
                || state == TransferState.PRE_REGISTERED
                || (attempts > 0 && state != TransferState.CANCELLED);
    }

    /** Whether an operator may retry it by hand: only once it failed. */
    boolean retryableByHand() {
        return state == TransferState.FAILED;
    }

    /**
     * An operator retries a failed transfer once its cause is fixed: due at once, its attempts counted afresh.
     *
     * @throws DuplicateException {@code portal.transfer.not-failed} when it has not failed
     */
    void retryByHand(Instant now) {
        if (!retryableByHand()) {
            throw new DuplicateException("portal.transfer.not-failed", null, "/persons/" + personId + "/cv/transfer");
        }
        move(TransferState.RETRYING, now, null, now);
        attempts = 0;
    }

    /**
     * Asks a settled removal again (a delivery landed after it); answers false when it is still waiting for the
     * worker, which will deliver it anyway.
     */
    boolean requeue(Instant now) {
        if (kind != TransferKind.REMOVAL) {
            throw new IllegalStateException("only a removal is asked again");
        }
        if (state.pending()) {
            return false;
        }
        move(TransferState.REQUESTED, now, null, now);
        attempts = 0;
        return true;
    }

    private void move(TransferState to, Instant next, String why, Instant now) {
        this.state = to;
        this.nextAttemptAt = next;
        this.reason = why == null || why.length() <= REASON_LENGTH ? why : why.substring(0, REASON_LENGTH - 1) + "…";
        this.updatedAt = now;
    }

    TransferView view() {
        return new TransferView(
                id,
                personId,
                cvId,
                kind,
                state,
                attempts,
                nextAttemptAt,
                reason,
                requestedAt,
                requestedBy,
                updatedAt,
                version == null ? 0 : version);
    }

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    UUID cvId() {
        return cvId;
    }

    TransferKind kind() {
        return kind;
    }

    TransferState state() {
        return state;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    String centreCode() {
        return centreCode;
    }

    String reason() {
        return reason;
    }

    int attempts() {
        return attempts;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
