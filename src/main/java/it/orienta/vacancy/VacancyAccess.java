package it.orienta.vacancy;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import it.orienta.system.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change employers and vacancies (ADR 0017's service-layer decision for data that is not a
 * person's case): pre-selection operators ({@link Role#MATCHING_OPERATOR}) and coordinators change them; operators
 * read them too; regional monitors and administrators do neither. Work done by the application itself (the regional
 * feed, the expiry job, start-up) acts as {@link Actor#SYSTEM} and may do both.
 */
@Component
class VacancyAccess {

    private final CurrentActor current;

    VacancyAccess(CurrentActor current) {
        this.current = current;
    }

    /** Refuses (403) an operator who may not read employers and vacancies. */
    void read() {
        if (current.account().isPresent()
                && !(current.has(Role.OPERATOR)
                        || current.has(Role.COORDINATOR)
                        || current.has(Role.MATCHING_OPERATOR))) {
            throw new AccessDeniedException("vacancy.read");
        }
    }

    /** Refuses (403) an operator who may not change employers and vacancies; returns who acts. */
    Actor write() {
        if (current.account().isPresent() && !mayWrite()) {
            throw new AccessDeniedException("vacancy.write");
        }
        return current.actor();
    }

    /** Whether the current operator may change employers and vacancies (the pages show or hide their buttons). */
    boolean mayWrite() {
        return current.account().isEmpty() || current.has(Role.MATCHING_OPERATOR) || current.has(Role.COORDINATOR);
    }
}
