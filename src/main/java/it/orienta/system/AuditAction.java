package it.orienta.system;

/** What an audited event did to the data it names. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT
}
