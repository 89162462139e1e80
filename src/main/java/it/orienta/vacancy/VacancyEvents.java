package it.orienta.vacancy;

import it.orienta.system.Actor;
import it.orienta.system.DomainEvent;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The facts of employers and vacancies (ADR 0020). They are not about a person's case ({@link DomainEvent}, not
 * {@code CaseEvent}): the audit log records each, in the transaction of the change
 * ({@link DomainEvent.AuditedInTransaction}: an import brings them by the thousand, ADR 0032); matching and proposals
 * may listen to them.
 */
public final class VacancyEvents {

    private VacancyEvents() {}

    /** An employer was registered (by hand, by the regional feed, by a CSV import). */
    public record EmployerRegistered(
            UUID eventId, Actor actor, Instant occurredAt, UUID employerId, String taxCode, String name, Source source)
            implements DomainEvent.AuditedInTransaction {}

    /** An employer was changed; {@code fields} names what changed. */
    public record EmployerChanged(
            UUID eventId, Actor actor, Instant occurredAt, UUID employerId, String name, List<String> fields)
            implements DomainEvent.AuditedInTransaction {}

    /** A vacancy was published (OPEN, or EXPIRED when delivered after its expiry). */
    public record VacancyPublished(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID vacancyId,
            UUID employerId,
            String professionCode,
            String title,
            Status status,
            Source source)
            implements DomainEvent.AuditedInTransaction {}

    /** A vacancy's content was changed; {@code fields} names what changed. */
    public record VacancyChanged(
            UUID eventId, Actor actor, Instant occurredAt, UUID vacancyId, String title, List<String> fields)
            implements DomainEvent.AuditedInTransaction {}

    /** A vacancy's status changed (also when the system closed it at its expiry, by {@link Actor#SYSTEM}). */
    public record VacancyStatusChanged(
            UUID eventId, Actor actor, Instant occurredAt, UUID vacancyId, Status from, Status to, String reason)
            implements DomainEvent.AuditedInTransaction {}
}
