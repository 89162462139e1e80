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

    /**
     * Whether the operator has any of the roles named (e.g. {@code COORDINATOR}): for the pages' menus and sections,
     * read once per request with the account instead of one security-expression evaluation per element.
     */
    public boolean hasAnyRole(String... names) {
        for (var name : names) {
            if (roles.contains(Role.valueOf(name))) {
                return true;
            }
        }
        return false;
    }
}
