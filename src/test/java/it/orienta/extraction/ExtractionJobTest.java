package it.orienta.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.extraction.ExtractionJob.State;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The job's state machine, without Spring: who may take it, when it fails, when its file goes. */
class ExtractionJobTest {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    static final int MAX = 3;

    static ExtractionJob queued() {
        return ExtractionJob.queued(
                UUID.randomUUID(),
                ExtractionWriter.Format.CSV,
                Locale.ITALIAN,
                new ExtractionFilter(null, null, null, null, null, null, null),
                null,
                "operatore",
                "CPI-FI",
                200,
                NOW,
                NOW.plusSeconds(3600));
    }

    static ExtractionJob with(ExtractionJob j, State state, long written, Instant lease, String reason) {
        return new ExtractionJob(
                j.id(),
                state,
                j.format(),
                j.locale(),
                j.filter(),
                j.requestedById(),
                j.requestedBy(),
                j.centreCode(),
                j.total(),
                written,
                j.attempts(),
                j.claimedBy(),
                lease,
                reason,
                j.fileSize(),
                j.createdAt(),
                j.startedAt(),
                j.finishedAt(),
                j.expiresAt());
    }

    @Test
    void aQueuedJobIsTakenFromScratchWithOneAttemptMoreAndALease() {
        var job = queued();
        assertThat(job.claimable(NOW, MAX)).isTrue();
        var running = job.claimedBy("a/1", NOW, NOW.plusSeconds(60), MAX);
        assertThat(running.state()).isEqualTo(State.RUNNING);
        assertThat(running.attempts()).isEqualTo(1);
        assertThat(running.claimedBy()).isEqualTo("a/1");
        assertThat(running.leaseUntil()).isEqualTo(NOW.plusSeconds(60));
        assertThat(running.heldBy("a/1", 1)).isTrue();
        assertThat(running.heldBy("b/2", 1)).isFalse();
        assertThat(running.heldBy("a/1", 2)).isFalse();
    }

    @Test
    void aRunningJobIsAnotherNodesOnlyOnceItsLeaseExpired() {
        var running = queued().claimedBy("a/1", NOW, NOW.plusSeconds(60), MAX);
        assertThat(running.claimable(NOW.plusSeconds(59), MAX)).isFalse();
        assertThat(running.abandoned(NOW.plusSeconds(59), MAX)).isFalse();
        var later = NOW.plusSeconds(61);
        assertThat(running.claimable(later, MAX)).isTrue();
        var resumed = running.claimedBy("b/2", later, later.plusSeconds(60), MAX);
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(resumed.written()).isZero();
        assertThat(running.heldBy("b/2", 2)).isFalse();
        assertThat(resumed.heldBy("a/1", 1)).as("the first node lost it").isFalse();
    }

    @Test
    void aJobWhoseNodeStoppedAsOftenAsAllowedFailsInsteadOfRunningForever() {
        var job = queued();
        Instant t = NOW;
        for (int attempt = 1; attempt <= MAX; attempt++) {
            assertThat(job.claimable(t, MAX)).as("attempt %d", attempt).isTrue();
            job = job.claimedBy("n/" + attempt, t, t.plusSeconds(60), MAX);
            t = t.plusSeconds(61); // the node died: no heartbeat
        }
        assertThat(job.attempts()).isEqualTo(MAX);
        assertThat(job.claimable(t, MAX)).isFalse();
        assertThat(job.abandoned(t, MAX)).isTrue();
        var last = job;
        var when = t;
        assertThatThrownBy(() -> last.claimedBy("x/9", when, when.plusSeconds(60), MAX))
                .isInstanceOf(IllegalStateException.class);
        assertThat(State.RUNNING.canMoveTo(State.FAILED)).isTrue();
    }

    @Test
    void finishedJobsExpireAfterTheirRetentionAndNothingLeavesExpired() {
        var done = with(queued(), State.DONE, 200, null, null);
        assertThat(done.downloadable()).isTrue();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.expired(NOW.plusSeconds(3599))).isFalse();
        assertThat(done.expired(NOW.plusSeconds(3600))).isTrue();
        var failed = with(queued(), State.FAILED, 20, null, ExtractionJob.INTERRUPTED);
        assertThat(failed.downloadable()).isFalse();
        assertThat(failed.expired(NOW.plusSeconds(3600))).isTrue();
        var running = with(queued(), State.RUNNING, 20, NOW.plusSeconds(60), null);
        assertThat(running.expired(NOW.plusSeconds(7200)))
                .as("a running job is never expired")
                .isFalse();
        assertThat(running.percent()).isEqualTo(10);
        assertThat(State.EXPIRED.next()).isEmpty();
        assertThat(State.DONE.canMoveTo(State.RUNNING)).isFalse();
        assertThat(State.QUEUED.canMoveTo(State.DONE)).isFalse();
        assertThat(State.RUNNING.canMoveTo(State.QUEUED))
                .as("a stopping node gives it back")
                .isTrue();
        assertThat(State.QUEUED.open()).isTrue();
        assertThat(State.FAILED.open()).isFalse();
    }
}
