package it.orienta.audit;

import it.orienta.system.AuditAction;
import java.util.List;
import java.util.UUID;

/**
 * One line of the audit log as {@link AuditDescriptions} describes an event: what was done to which record, whose
 * case it is, which fields, and the reason of an exceptional access. The who and when come from the event itself.
 *
 * @param entityType the kind of record touched, e.g. {@code Person}, {@code Intake} (the pages translate it)
 * @param personId the person whose data this is, or {@code null}
 * @param fields the names of the fields that changed, or that were read
 * @param exceptionalReason for a read under an exceptional access, the reason stated; otherwise {@code null}
 */
record AuditRecord(
        AuditAction action,
        String entityType,
        String entityId,
        UUID personId,
        List<String> fields,
        String exceptionalReason) {

    AuditRecord {
        fields = List.copyOf(fields);
    }

    /** This line about the person of a case event. */
    AuditRecord about(UUID person) {
        return new AuditRecord(action, entityType, entityId, person, fields, exceptionalReason);
    }
}
