package it.orienta.extraction;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A background extraction as its row says (V44): what was asked, by whom and in which centre ({@code null}: an
 * administrator's, across centres), how far it is, which node holds it and until when. The rules of its states
 * are here, pure; {@link ExtractionJobStore}'s statements apply them to the rows, each conditional on the state it
 * leaves, so that two nodes never both move a job.
 *
 * <pre>
 * QUEUED ──claim──▶ RUNNING ──file saved──▶ DONE ──retention──▶ EXPIRED
 *   ▲                │  ▲ lease expired, attempts left: claimed again (from scratch)
 *   └─ node stopping ┤  └─┘
 *                    └── error, or lease expired with no attempt left ──▶ FAILED ──retention──▶ EXPIRED
 * </pre>
 */
public record ExtractionJob(
        UUID id,
        State state,
        ExtractionWriter.Format format,
        Locale locale,
        ExtractionFilter filter,
        UUID requestedById,
        String requestedBy,
        String centreCode,
        long total,
        long written,
        int attempts,
        String claimedBy,
        Instant leaseUntil,
        String failureReason,
        Long fileSize,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant expiresAt) {

    /** The reason of a job whose node stopped in the middle of it more times than a job is taken. */
    public static final String INTERRUPTED = "extraction.failure.interrupted";

    /** The reason of a job that failed on its own (the query, the writer). */
    public static final String ERROR = "extraction.failure.error";

    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED,
        EXPIRED;

        /** The states this one may move to. */
        Set<State> next() {
            return switch (this) {
                case QUEUED -> EnumSet.of(RUNNING);
                case RUNNING -> EnumSet.of(QUEUED, RUNNING, DONE, FAILED);
                case DONE, FAILED -> EnumSet.of(EXPIRED);
                case EXPIRED -> EnumSet.noneOf(State.class);
            };
        }

        public boolean canMoveTo(State to) {
            return next().contains(to);
        }

        /** Still to be written (the page keeps polling). */
        public boolean open() {
            return this == QUEUED || this == RUNNING;
        }
    }

    /** A new job, queued: nothing written yet, kept until {@code expiresAt} at least. */
    static ExtractionJob queued(
            UUID id,
            ExtractionWriter.Format format,
            Locale locale,
            ExtractionFilter filter,
            UUID requestedById,
            String requestedBy,
            String centreCode,
            long total,
            Instant now,
            Instant expiresAt) {
        return new ExtractionJob(
                id,
                State.QUEUED,
                format,
                locale,
                filter,
                requestedById,
                requestedBy,
                centreCode,
                total,
                0,
                0,
                null,
                null,
                null,
                null,
                now,
                null,
                null,
                expiresAt);
    }

    /**
     * The job as {@code node} takes it at {@code now}: running from scratch, one attempt more, leased until {@code
     * leaseUntil}; refused unless {@link #claimable}.
     */
    ExtractionJob claimedBy(String node, Instant now, Instant leaseUntil, int maxAttempts) {
        if (!claimable(now, maxAttempts)) {
            throw new IllegalStateException("extraction " + id + " is not claimable: " + state);
        }
        return new ExtractionJob(
                id,
                State.RUNNING,
                format,
                locale,
                filter,
                requestedById,
                requestedBy,
                centreCode,
                total,
                0,
                attempts + 1,
                node,
                leaseUntil,
                null,
                null,
                createdAt,
                now,
                null,
                expiresAt);
    }

    /** Whether a worker may take it now: queued, or running under a lease that expired, with an attempt left. */
    public boolean claimable(Instant now, int maxAttempts) {
        return state == State.QUEUED || (leaseExpired(now) && attempts < maxAttempts);
    }

    /** Whether it must fail now: its node stopped (the lease expired) and it was taken as many times as allowed. */
    public boolean abandoned(Instant now, int maxAttempts) {
        return leaseExpired(now) && attempts >= maxAttempts;
    }

    /** Whether its file goes now: finished (well or not) and past its retention. */
    public boolean expired(Instant now) {
        return (state == State.DONE || state == State.FAILED) && !expiresAt.isAfter(now);
    }

    /** Whether the holder of this claim ({@code node}, its {@code attempt}) still holds the job. */
    public boolean heldBy(String node, int attempt) {
        return state == State.RUNNING && node.equals(claimedBy) && attempts == attempt;
    }

    private boolean leaseExpired(Instant now) {
        return state == State.RUNNING && leaseUntil != null && leaseUntil.isBefore(now);
    }

    public boolean downloadable() {
        return state == State.DONE;
    }

    /** The current state (the page's name for it). */
    public State current() {
        return state;
    }

    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, written * 100 / total);
    }

    public String fileName() {
        return "estrazione-professioni." + format.extension;
    }
}
