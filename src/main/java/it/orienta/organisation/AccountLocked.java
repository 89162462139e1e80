package it.orienta.organisation;

import it.orienta.system.Actor;
import it.orienta.system.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A fact (ADR 0020): the login throttle locked an operator's account after {@code failures} failed logins within
 * its window, until {@code lockedUntil}. Every session of the account ends with it (ADR 0022), and the audit log
 * records it. Published by Orienta itself ({@link Actor#SYSTEM}): whoever typed the passwords is not known.
 *
 * @param operatorId the locked account
 * @param username the account's login name, as stored
 * @param failures the failed logins counted when the lock began
 * @param lockedUntil when the account can log in again
 */
public record AccountLocked(
        UUID eventId,
        Actor actor,
        Instant occurredAt,
        UUID operatorId,
        String username,
        int failures,
        Instant lockedUntil)
        implements DomainEvent {}
