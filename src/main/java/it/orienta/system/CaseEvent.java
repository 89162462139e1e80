package it.orienta.system;

import java.util.UUID;

/**
 * A fact about one person's case: the worker file puts it on the person's timeline, in the transaction of the
 * action, and the audit log names the person (ADR 0020).
 */
public interface CaseEvent extends DomainEvent {

    /** The person whose case this is. */
    UUID personId();
}
