package it.orienta.organisation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Logging in in controller slices: the request is authenticated with the same principal the application's login
 * produces ({@link OperatorPrincipal}), so {@link CurrentActor}, the centre choice and the roles all see one
 * consistent operator. Every operator works in {@link #CENTRE} unless a test says otherwise.
 */
public final class Logins {

    public static final String CENTRE = "CPI-FI";
    public static final String OTHER_CENTRE = "CPI-PI";

    private Logins() {}

    /** Giulia Bianchi, operator in {@link #CENTRE}. */
    public static RequestPostProcessor operator() {
        return as(account("operatore", "Giulia Bianchi", EnumSet.of(Role.OPERATOR), CENTRE));
    }

    /** Marco Neri, coordinator (and operator) in {@link #CENTRE}. */
    public static RequestPostProcessor coordinator() {
        return as(account("coordinatore", "Marco Neri", EnumSet.of(Role.COORDINATOR, Role.OPERATOR), CENTRE));
    }

    /** Laura Conti, administrator in {@link #CENTRE}. */
    public static RequestPostProcessor admin() {
        return as(account("amministratore", "Laura Conti", EnumSet.of(Role.ADMIN), CENTRE));
    }

    /** The request is made by this operator. */
    public static RequestPostProcessor as(OperatorAccount account) {
        var principal = new OperatorPrincipal(account, null, false, null);
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** The operator chose this centre earlier in their session (as the centre choice page does). */
    public static RequestPostProcessor workingIn(String centre) {
        return request -> {
            request.getSession(true).setAttribute(CurrentActor.CENTRE_ATTRIBUTE, centre);
            return request;
        };
    }

    /** The centre chosen in the session of this request, if any. */
    public static String chosenCentre(jakarta.servlet.http.HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(CurrentActor.CENTRE_ATTRIBUTE);
    }

    /** An active account with these roles and centres. */
    public static OperatorAccount account(String username, String fullName, Set<Role> roles, String... centres) {
        return new OperatorAccount(
                UUID.nameUUIDFromBytes(username.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                username,
                fullName,
                username + "@orienta.test",
                Set.copyOf(roles),
                List.of(centres),
                true,
                0);
    }
}
