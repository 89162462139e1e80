package it.orienta.smssim;

import it.orienta.notification.Channel;
import it.orienta.notification.Mailbox;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
 * A simulator of the SMS gateway inside the application (contract: docs/sms-gateway.openapi.yaml), on by default
 * on the embedded database only, so that the default run shows the whole flow: the client posts over HTTP, the
 * simulator checks the API key and writes the SMS to the local mailbox (once per reference).
 */
@RestController
@ConditionalOnExpression(SmsSimulatorController.ENABLED)
class SmsSimulatorController {

    /** On when {@code orienta.notification.simulator.enabled} says so, else when the database is embedded. */
    static final String ENABLED = "${orienta.notification.simulator.enabled:'${spring.datasource.url:}'.isEmpty()}";

    static final String PROBLEM_TYPE = "https://orienta.example/sms-gateway/problems/";

    private final Mailbox mailbox;
    private final String apiKey;
    private final Clock clock;

    SmsSimulatorController(
            Mailbox mailbox,
            @Value("${orienta.notification.simulator.api-key:orienta-simulator}") String apiKey,
            Clock clock) {
        this.mailbox = mailbox;
        this.apiKey = apiKey;
        this.clock = clock;
    }

    @PostMapping(value = "/simulators/sms/messages", consumes = "application/json")
    ResponseEntity<?> receive(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(required = false) SmsRequest request) {
        if (!authorised(authorization)) {
            return problem(HttpStatus.UNAUTHORIZED, "unauthorized");
        }
        if (request == null
                || request.to() == null
                || !request.to().replace(" ", "").matches("\\+?[0-9]{6,15}")
                || request.text() == null
                || request.text().isBlank()
                || request.text().length() > 1600) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-message");
        }
        String reference =
                request.reference() != null && !request.reference().isBlank() ? request.reference() : idempotencyKey;
        if (reference == null || reference.isBlank()) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "reference-required");
        }
        boolean before = mailbox.received(reference);
        var id = mailbox.receive(
                reference, Channel.SMS, request.to().replace(" ", ""), null, request.text(), Instant.now(clock));
        var body = Map.of("id", id.toString(), "status", "ACCEPTED");
        return before ? ResponseEntity.ok(body) : ResponseEntity.accepted().body(body);
    }

    private boolean authorised(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring(7).getBytes(StandardCharsets.UTF_8);
        byte[] expected = apiKey.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(PROBLEM_TYPE + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A message to send: the recipient's number, the text, the client's reference (idempotency key). */
    record SmsRequest(String to, String text, String reference) {}

    /**
     * The simulator stands for an outside system: its own filter chain, before the application's, authenticating
     * by the gateway's API key (checked above) rather than by operator accounts, with no session and no CSRF.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(SmsSimulatorController.ENABLED)
    static class SimulatorSecurity {
        @Bean
        @Order(0)
        SecurityFilterChain smsSimulatorChain(HttpSecurity http) throws Exception {
            http.securityMatcher("/simulators/sms/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
            return http.build();
        }
    }
}
