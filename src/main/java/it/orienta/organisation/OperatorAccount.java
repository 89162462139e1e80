package it.orienta.organisation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An operator's account as the rest of the application sees it (never the password). Serializable: it is kept in
 * the session, in PostgreSQL (ADR 0022).
 */
public record OperatorAccount(
        UUID id,
        String username,
        String fullName,
        String email,
        Set<Role> roles,
        List<String> centreCodes,
        boolean active,
        long version)
        implements java.io.Serializable {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
