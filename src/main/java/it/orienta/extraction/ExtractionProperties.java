package it.orienta.extraction;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the background extractions run on every node (ADR 0026).
 *
 * @param parallelism extractions one node writes at the same time
 * @param lease how long a claimed job is its node's without a heartbeat; past it another node takes the job again
 * @param heartbeat how often a running job's progress is written and its lease renewed (shorter than the lease)
 * @param maxAttempts how many times a job is taken (the first run and the resumptions after a node stopped) before
 *     it fails with the reason {@code extraction.failure.interrupted}
 * @param retention how long a finished job's file is kept for its download
 * @param history how long the row of an expired job (who asked for which filters, when, with what outcome) stays
 *     listed after its file went; then it is deleted (the audit log keeps every extraction for its own retention)
 * @param pausePerBatch a pause after every {@value ExtractionWorker#BATCH} rows written: zero in production; the
 *     cluster proof slows a job down with it so that a node can be killed in the middle of one
 * @param scheduling the worker's poll on this node (off: the node takes no job, e.g. a module test's)
 */
@ConfigurationProperties("orienta.extraction")
record ExtractionProperties(
        @DefaultValue("2") int parallelism,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("1s") Duration heartbeat,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("1h") Duration retention,
        @DefaultValue("90d") Duration history,
        @DefaultValue("0s") Duration pausePerBatch,
        @DefaultValue Scheduling scheduling) {

    /** The poll for queued jobs and expired files. */
    record Scheduling(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1s") Duration interval) {}
}
