package it.orienta.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

/**
 * What a page session holds after a password login, serialized as Spring Session JDBC stores it in PostgreSQL (ADR
 * 0022): the security context with the operator, the CSRF token, the centre of the day and a saved request. Every
 * attribute serializes and reads back, the whole stays small, and the password hash is not in it; the same for a
 * session opened by the regional identity provider (OIDC), whose principal carries the ID token's claims.
 */
class SessionContentsTest {

    static final String PASSWORD = "Sessioni.2026!";

    final SerializingConverter serializer = new SerializingConverter();
    final DeserializingConverter deserializer = new DeserializingConverter();

    @Test
    void aLoggedInSessionSerializesSmallAndWithoutThePasswordHash() {
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode(PASSWORD);
        var account = new OperatorAccount(
                UUID.randomUUID(),
                "giulia.bianchi",
                "Giulia Bianchi",
                "giulia.bianchi@regione.toscana.it",
                EnumSet.of(Role.OPERATOR, Role.COORDINATOR).stream().collect(java.util.stream.Collectors.toSet()),
                List.of("CPI-FI", "CPI-PI"),
                true,
                3);
        var provider = new DaoAuthenticationProvider(username -> new OperatorPrincipal(account, hash, false, null));
        provider.setPasswordEncoder(encoder);
        var login = new MockHttpServletRequest("POST", "/login");
        login.setRemoteAddr("10.0.0.7");
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("giulia.bianchi", PASSWORD);
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(login));

        var authenticated = new ProviderManager(provider).authenticate(attempt); // as the login filter does

        var session = new LinkedHashMap<String, Object>();
        session.put("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(authenticated));
        session.put(
                "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN",
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", UUID.randomUUID().toString()));
        session.put(CurrentActor.CENTRE_ATTRIBUTE, "CPI-FI");
        session.put(
                "SPRING_SECURITY_SAVED_REQUEST",
                new DefaultSavedRequest.Builder()
                        .setScheme("https")
                        .setServerName("orienta.regione.toscana.it")
                        .setServerPort(443)
                        .setRequestURI("/persons")
                        .setServletPath("/persons")
                        .setQueryString("q=rossi")
                        .setMethod("GET")
                        .build());

        int bytes = 0;
        var everything = new StringBuilder();
        for (Map.Entry<String, Object> attribute : session.entrySet()) {
            byte[] value = serializer.convert(attribute.getValue());
            bytes += value.length;
            everything.append(new String(value, StandardCharsets.ISO_8859_1));
            assertThat(deserializer.convert(value))
                    .as(attribute.getKey() + " reads back")
                    .isNotNull();
        }

        var principal = (OperatorPrincipal)
                ((SecurityContextImpl) deserializer.convert(serializer.convert(session.get("SPRING_SECURITY_CONTEXT"))))
                        .getAuthentication()
                        .getPrincipal();
        assertThat(principal.account()).isEqualTo(account);
        assertThat(principal.getPassword()).as("erased after the login").isNull();
        assertThat(everything.toString()).doesNotContain(hash, "{bcrypt}");
        System.out.printf("a logged-in session: %d bytes serialized%n", bytes);
        assertThat(bytes).isLessThan(4096);
    }

    @Test
    void aSessionOpenedByTheRegionalIdentityProviderSerializesSmallAndReadsBackWithItsClaims() {
        var account = Logins.account("gbianchi", "Giulia Bianchi", EnumSet.of(Role.OPERATOR), "CPI-FI");
        var oidc = OidcMappingTest.user(Map.of(
                "preferred_username", "gbianchi",
                "email", "giulia.bianchi@regione.toscana.it",
                "name", "Giulia Bianchi"));
        var principal = new OperatorPrincipal(account, null, false, oidc);
        var authentication = new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "regione-toscana");

        byte[] context = serializer.convert(new SecurityContextImpl(authentication));

        var back =
                (OAuth2AuthenticationToken) ((SecurityContextImpl) deserializer.convert(context)).getAuthentication();
        var read = (OperatorPrincipal) back.getPrincipal();
        assertThat(read.account()).isEqualTo(account);
        assertThat(read.getIdToken().getSubject()).isEqualTo("regional-subject-1");
        assertThat(read.getClaims()).containsEntry("preferred_username", "gbianchi");
        assertThat(back.getAuthorizedClientRegistrationId()).isEqualTo("regione-toscana");
        System.out.printf("an OIDC session's security context: %d bytes serialized%n", context.length);
        assertThat(context.length).isLessThan(4096);
    }

    @Test
    void thePrincipalKeepsItsHashUntilTheLoginSucceeded() {
        var account = Logins.account("operatore", "Giulia Bianchi", EnumSet.of(Role.OPERATOR), "CPI-FI");
        var principal = new OperatorPrincipal(account, "{bcrypt}$2a$10$hash", false, null);
        assertThat(principal.getPassword()).isEqualTo("{bcrypt}$2a$10$hash");
        principal.eraseCredentials();
        assertThat(principal.getPassword()).isNull();
    }
}
