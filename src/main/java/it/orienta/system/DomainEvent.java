package it.orienta.system;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact: something that happened in Orienta, published by the module where it happened, in the transaction of
 * the action (ADR 0020). A plain record of what happened — ids, values as typed data, names as they were — never
 * how it is shown: the audit log describes every domain event in one place ({@code audit.AuditDescriptions}), and
 * the worker file describes the case events on its timeline ({@code workerfile.TimelineDescriptions}). The audit
 * log records each one, through the event publication registry, so writing it never breaks the action and no
 * action goes unrecorded.
 */
public interface DomainEvent {

    /** Unique per event: the audit log and the timeline store each event once even when it is delivered again. */
    UUID eventId();

    /** Who did it, in which centre and role. */
    Actor actor();

    /** When it happened (the injected clock's instant). */
    Instant occurredAt();

    /**
     * A fact the audit log records in the transaction of the action itself, with the action's other writes, rather
     * than after the commit through the event publication registry: facts that come in thousands at once (an import
     * of vacancies, ADR 0032), where the registry's row per listener, its completion and the asynchronous insert cost
     * three writes and a thread's hand-over per fact. The line is committed with the action or not at all, so no
     * action still goes unrecorded; what is lost is only that a failing audit insert no longer spares the action.
     */
    interface AuditedInTransaction extends DomainEvent {}
}
