package it.orienta.system;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event the audit log records: every change of data and every read of a person's file or of
 * special-category data. Modules publish such events inside the transaction of the action; the audit module
 * stores them through the event publication registry, so writing the audit never breaks the action and no
 * action goes unrecorded (ADR 0003).
 */
public interface AuditableEvent {

    /** Unique per event: the audit log stores each event once even when it is delivered again. */
    UUID eventId();

    Actor actor();

    Instant occurredAt();

    AuditAction action();

    /** The kind of record touched, e.g. {@code Person}, {@code Intake}. */
    String entityType();

    String entityId();

    /** The person whose data this is, or {@code null}. */
    UUID personId();

    /** Names of the fields that changed, or that were read for special-category reads. */
    List<String> fields();

    /**
     * For a read under an exceptional access (another centre's case), the reason stated; {@code null} for an
     * ordinary access.
     */
    default String exceptionalReason() {
        return null;
    }
}
