package it.orienta.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains: the REST API (HTTP Basic or, in production, OIDC-backed accounts; stateless, no CSRF since
 * no cookie authenticates it) and the pages (form login, optional OpenID Connect login, CSRF on every form,
 * strict headers). Accounts and the OIDC mapping come from the organisation module as beans (by type, so that
 * this module does not depend on it); the centre choice after login is the organisation module's interceptor.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Only the application's own assets; no inline script or style, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** The API serves no documents: nothing may load from or frame its answers. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** No page of Orienta uses the camera, the microphone, the position or the other powerful features. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()";

    /** Swagger UI (a third-party page) sets inline styles; it gets no more than that. */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemWriter problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/v1/audit/**")
                        .hasAnyRole("COORDINATOR", "ADMIN")
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof LockedException) {
                        problems.write(request, response, 429, "auth.locked", Map.of());
                    } else {
                        // RFC 9110: a 401 names the scheme that would work
                        response.setHeader("WWW-Authenticate", "Basic realm=\"Orienta\", charset=\"UTF-8\"");
                        problems.write(
                                request, response, HttpServletResponse.SC_UNAUTHORIZED, "auth.required", Map.of());
                    }
                }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex.accessDeniedHandler(
                        (request, response, e) -> problems.write(request, response, 403, "auth.forbidden", Map.of())))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            ObjectProvider<AuthenticationSuccessHandler> loginSuccess,
            ObjectProvider<ClientRegistrationRepository> oidcClients,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUsers)
            throws Exception {
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        failure.setDefaultFailureUrl("/login?error");
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/error",
                                "/error/**")
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/lang")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/audit/**")
                        .hasAnyRole("COORDINATOR", "ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> {
                    form.loginPage("/login").failureHandler(failure).permitAll();
                    loginSuccess.ifAvailable(form::successHandler);
                })
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.addHeaderWriter(
                                new org.springframework.security.web.header.writers
                                        .DelegatingRequestMatcherHeaderWriter(
                                        new org.springframework.security.web.util.matcher.NegatedRequestMatcher(
                                                org.springframework.security.web.servlet.util.matcher
                                                        .PathPatternRequestMatcher.withDefaults()
                                                        .matcher("/swagger-ui/**")),
                                        new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                                "Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(
                                new org.springframework.security.web.header.writers
                                        .DelegatingRequestMatcherHeaderWriter(
                                        org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher
                                                .withDefaults()
                                                .matcher("/swagger-ui/**"),
                                        new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                                "Content-Security-Policy", SWAGGER_UI_POLICY)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .frameOptions(f -> f.deny()));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> {
                oauth.loginPage("/login");
                oidcUsers.ifAvailable(service -> oauth.userInfoEndpoint(u -> u.oidcUserService(service)));
                loginSuccess.ifAvailable(oauth::successHandler);
            });
        }
        return http.build();
    }
}
