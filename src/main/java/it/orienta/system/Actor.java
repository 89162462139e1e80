package it.orienta.system;

import java.util.UUID;

/**
 * Who did something: the operator, the centre they were working in and their roles at that moment.
 *
 * @param operatorId the operator's id; {@code null} for the application itself
 * @param username the login name
 * @param displayName name and surname as shown to users
 * @param centreCode the centre the operator was working in; {@code null} when none applies
 * @param roles the roles held, comma separated (for the audit log)
 */
public record Actor(UUID operatorId, String username, String displayName, String centreCode, String roles) {

    /** The application acting on its own (start-up imports, demo data, scheduled work). */
    public static final Actor SYSTEM = new Actor(null, "system", "Orienta", null, "SYSTEM");

    /** Whether the actor held this role (its exact name: "OPERATOR" is not "MATCHING_OPERATOR"). */
    public boolean hasRole(String role) {
        if (roles == null) return false;
        for (String held : roles.split(",")) {
            if (held.strip().equals(role)) return true;
        }
        return false;
    }
}
