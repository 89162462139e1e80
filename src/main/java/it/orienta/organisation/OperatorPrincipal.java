package it.orienta.organisation;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The logged-in operator, whether by form login, HTTP Basic or OpenID Connect. It is kept in the session, which
 * lives in PostgreSQL (ADR 0022): serializable, small (the account and, after an OIDC login, the provider's user),
 * and without the password hash, which Spring Security erases once the login succeeded ({@link
 * CredentialsContainer}).
 */
final class OperatorPrincipal implements UserDetails, OidcUser, CredentialsContainer {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final OperatorAccount account;
    private String passwordHash;
    private final boolean locked;
    private final OidcUser oidc;

    OperatorPrincipal(OperatorAccount account, String passwordHash, boolean locked, OidcUser oidc) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.locked = locked;
        this.oidc = oidc;
    }

    OperatorAccount account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /** After the login: the hash is not needed any more and does not go into the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public String getName() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.active();
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc == null ? Map.of() : oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc == null ? null : oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc == null ? null : oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc == null ? Map.of() : oidc.getAttributes();
    }
}
