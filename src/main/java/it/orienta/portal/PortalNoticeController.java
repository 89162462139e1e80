package it.orienta.portal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook on which the portal tells Orienta what became of a transfer and of a pre-registration
 * (docs/portal-api.yaml, {@code webhooks.notice}). Not an operator's request: it is authenticated by the shared
 * secret ({@code Authorization: Bearer …}, compared in constant time), has no session and no CSRF token (no cookie
 * authenticates it). Each notice is applied once, by its id (ADR 0016).
 */
@RestController
class PortalNoticeController {

    static final String PATH = "/integrations/portal/notices";
    static final String PROBLEM_TYPE = "https://orienta.example/portal-notices/problems/";

    private final TransferService transfers;
    private final PortalProperties properties;

    PortalNoticeController(TransferService transfers, PortalProperties properties) {
        this.transfers = transfers;
        this.properties = properties;
    }

    @PostMapping(value = PATH, consumes = "application/json")
    ResponseEntity<?> notice(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) TransferService.PortalNotice notice) {
        if (!authorised(authorization)) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthorized");
        }
        if (notice == null
                || notice.noticeId() == null
                || notice.noticeId().isBlank()
                || notice.noticeId().length() > 100
                || notice.type() == null
                || !java.util.Set.of("CV_ACCEPTED", "CV_REFUSED", "PERSON_CONFIRMED")
                        .contains(notice.type())) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-notice");
        }
        if (!transfers.applyNotice(notice)) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-subject");
        }
        return ResponseEntity.noContent().build();
    }

    private boolean authorised(String authorization) {
        String secret = properties.effectiveNoticeSecret();
        if (secret == null || secret.isBlank() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                authorization.substring(7).getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(PROBLEM_TYPE + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The webhook's own filter chain, before the pages': no login, no session, no CSRF; the secret is checked above. */
    @Configuration(proxyBeanMethods = false)
    static class NoticeSecurity {
        @Bean
        @Order(0)
        SecurityFilterChain portalNoticeChain(HttpSecurity http) throws Exception {
            http.securityMatcher("/integrations/portal/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
            return http.build();
        }
    }
}
