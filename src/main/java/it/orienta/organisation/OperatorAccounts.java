package it.orienta.organisation;

import java.util.Map;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operator accounts for Spring Security: password login (form and HTTP Basic) and OpenID Connect login, where
 * the regional identity provider's claims are mapped to an existing, active Orienta account — never created on
 * the fly, so that roles and centres stay the administrators' decision.
 */
@Component
class OperatorAccounts implements UserDetailsService, OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OperatorRepository operators;
    private final LoginThrottle throttle;
    private final SecurityProperties properties;
    private final OidcUserService oidcDelegate = new OidcUserService();

    OperatorAccounts(OperatorRepository operators, LoginThrottle throttle, SecurityProperties properties) {
        this.operators = operators;
        this.throttle = throttle;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var operator = operators
                .findByUsernameIgnoreCase(username.trim())
                .filter(o -> o.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown operator"));
        return new OperatorPrincipal(operator.account(), operator.passwordHash(), throttle.isLocked(username), null);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return map(oidcDelegate.loadUser(request));
    }

    /** Maps a verified OIDC user to its operator account, or refuses the login. */
    @Transactional(readOnly = true)
    OidcUser map(OidcUser user) {
        Object claim = claims(user).get(properties.oidcUsernameClaim());
        if (!(claim instanceof String value) || value.isBlank()) {
            throw refused("operator.oidc.claim-missing");
        }
        var operator = (value.contains("@")
                        ? operators.findFirstByEmailIgnoreCase(value)
                        : operators.findByUsernameIgnoreCase(value))
                .filter(Operator::active)
                .orElseThrow(() -> refused("operator.oidc.unknown"));
        return new OperatorPrincipal(operator.account(), null, false, user);
    }

    private static Map<String, Object> claims(OidcUser user) {
        return user.getClaims() == null ? Map.of() : user.getClaims();
    }

    private static OAuth2AuthenticationException refused(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }
}
