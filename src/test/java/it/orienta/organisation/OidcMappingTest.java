package it.orienta.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The regional identity provider's claims map to an existing, active operator account, or the login is refused. */
class OidcMappingTest {

    final OperatorRepository repository = mock(OperatorRepository.class);

    OperatorAccounts accounts(String claim) {
        return new OperatorAccounts(
                repository, mock(LoginThrottle.class), new SecurityProperties(5, Duration.ofMinutes(15), claim));
    }

    static OidcUser user(Map<String, Object> claims) {
        var all = new java.util.HashMap<String, Object>(claims);
        all.put("sub", "regional-subject-1");
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all);
        return new DefaultOidcUser(java.util.List.of(new SimpleGrantedAuthority("OIDC_USER")), token);
    }

    static Operator operator(boolean active) {
        var o = new Operator("gbianchi", "Giulia Bianchi", "giulia.bianchi@regione.toscana.it", null);
        o.update(
                "Giulia Bianchi", "giulia.bianchi@regione.toscana.it", Set.of(Role.OPERATOR), Set.of("CPI-FI"), active);
        return o;
    }

    static String code(Throwable e) {
        return ((OAuth2AuthenticationException) e).getError().getErrorCode();
    }

    @Test
    void mapsTheEmailClaimToTheOperatorWithTheirRoles() {
        when(repository.findFirstByEmailIgnoreCase("Giulia.Bianchi@regione.toscana.it"))
                .thenReturn(Optional.of(operator(true)));
        var mapped = accounts("email").map(user(Map.of("email", "Giulia.Bianchi@regione.toscana.it")));
        assertThat(mapped.getName()).isEqualTo("gbianchi");
        assertThat(mapped.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OPERATOR");
        assertThat(mapped.getClaims()).containsEntry("sub", "regional-subject-1");
        assertThat(((OperatorPrincipal) mapped).account().centreCodes()).containsExactly("CPI-FI");
    }

    @Test
    void mapsAUsernameClaimByUsername() {
        when(repository.findByUsernameIgnoreCase("gbianchi")).thenReturn(Optional.of(operator(true)));
        assertThat(accounts("preferred_username")
                        .map(user(Map.of("preferred_username", "gbianchi")))
                        .getName())
                .isEqualTo("gbianchi");
    }

    @Test
    void refusesUnknownInactiveAndNamelessIdentities() {
        when(repository.findFirstByEmailIgnoreCase("nessuno@example.it")).thenReturn(Optional.empty());
        when(repository.findFirstByEmailIgnoreCase("ex@regione.toscana.it")).thenReturn(Optional.of(operator(false)));
        assertThatThrownBy(() -> accounts("email").map(user(Map.of("email", "nessuno@example.it"))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("operator.oidc.unknown"));
        assertThatThrownBy(() -> accounts("email").map(user(Map.of("email", "ex@regione.toscana.it"))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("operator.oidc.unknown"));
        assertThatThrownBy(() -> accounts("email").map(user(Map.of("name", "Senza Email"))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("operator.oidc.claim-missing"));
    }
}
