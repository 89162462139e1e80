package it.orienta.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The pages' sessions, kept in PostgreSQL by Spring Session JDBC and shared by every node (ADR 0022; tables
 * {@code spring_session} and {@code spring_session_attributes}, owned here). Offers one operation to the modules
 * that decide who may work: end every session of an account, on whichever node it was opened.
 */
@Component
public class Sessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
    }

    /**
     * Deletes every session whose login is {@code username} (the principal name Spring Session indexes); returns how
     * many there were. Without a session store (controller slices) there is nothing to end.
     */
    public int endAllOf(String username) {
        var sessions = repository.getIfAvailable();
        if (sessions == null || username == null) {
            return 0;
        }
        var ids = sessions.findByPrincipalName(username).keySet();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }
}
