package it.orienta.system;

/**
 * Writes one audit entry at once, in a transaction of its own, before the data is shown: for reads, which happen
 * in read-only transactions where no event can be stored. Changes keep going through published {@link DomainEvent}s.
 * Implemented by the audit module.
 */
public interface AuditTrail {

    void recordNow(DomainEvent event);
}
