package it.orienta.portalsim;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated portal ({@code /sim/portal/v1}, docs/portal-api.yaml) and CV search system
 * ({@code /sim/cv-search/v1}, docs/cv-search-api.yaml) over HTTP, with the failure mode applied to every call.
 */
@RestController
@ConditionalOnExpression(PortalSimulator.ENABLED)
class SimulatorApiController {

    static final String PROBLEM_TYPE = "https://orienta.example/portal-simulator/problems/";

    private final PortalSimulator simulator;

    SimulatorApiController(PortalSimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping("/sim/portal/v1/persons/{taxCode}")
    ResponseEntity<?> lookUp(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable String taxCode,
            HttpServletResponse response) {
        var refused = refuse(authorization, response, false);
        if (refused.isPresent()) return refused.get();
        return simulator
                .person(taxCode)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "person-unknown", "Persona non registrata sul portale"));
    }

    @PostMapping(value = "/sim/portal/v1/persons", consumes = "application/json")
    ResponseEntity<?> preRegister(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) PreRegistration person,
            HttpServletResponse response) {
        var refused = refuse(authorization, response, true);
        if (refused.isPresent()) return refused.get();
        if (person == null
                || person.taxCode() == null
                || !person.taxCode().matches("[A-Z0-9]{16}")
                || blank(person.firstName())
                || blank(person.lastName())
                || !("EMAIL".equals(person.channel()) && !blank(person.email())
                        || "SMS".equals(person.channel()) && !blank(person.mobilePhone()))) {
            return problem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid-person",
                    "Dati della persona incompleti: servono codice fiscale, nome, cognome e un recapito");
        }
        boolean created = simulator.preRegister(
                person.taxCode(),
                person.firstName(),
                person.lastName(),
                person.email(),
                person.mobilePhone(),
                person.channel());
        var body = simulator.person(person.taxCode()).orElseThrow();
        return created
                ? ResponseEntity.status(201).body(body)
                : ResponseEntity.status(409).body(body);
    }

    @PostMapping(value = "/sim/portal/v1/persons/{taxCode}/cvs", consumes = "application/pdf")
    ResponseEntity<?> upload(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestHeader(name = "X-File-Name", required = false) String fileName,
            @PathVariable String taxCode,
            @RequestBody(required = false) byte[] pdf,
            HttpServletResponse response) {
        var refused = refuse(authorization, response, true);
        if (refused.isPresent()) return refused.get();
        if (blank(key) || key.length() > 100) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "key-required", "Idempotency-Key mancante");
        }
        var person = simulator.person(taxCode);
        if (person.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "person-unknown", "Persona non registrata sul portale");
        }
        if (pdf == null || pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "not-a-pdf", "Il file ricevuto non è un PDF");
        }
        var receipt = simulator.upload(
                taxCode,
                key,
                fileName,
                pdf,
                sha256(pdf),
                "CONFIRMED".equals(person.get().get("status")));
        var body = Map.of("idempotencyKey", receipt.idempotencyKey(), "status", receipt.status());
        return receipt.first() ? ResponseEntity.accepted().body(body) : ResponseEntity.ok(body);
    }

    @DeleteMapping("/sim/cv-search/v1/cvs/{key}")
    ResponseEntity<?> remove(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable String key,
            HttpServletResponse response) {
        var refused = refuse(authorization, response, true);
        if (refused.isPresent()) return refused.get();
        return simulator.remove(key)
                ? ResponseEntity.noContent().build()
                : problem(HttpStatus.NOT_FOUND, "cv-unknown", "CV non presente nel sistema di ricerca");
    }

    /** The API key, then the failure mode: an answer that replaces the normal one, if any. */
    private Optional<ResponseEntity<?>> refuse(String authorization, HttpServletResponse response, boolean refusable) {
        if (authorization == null
                || !authorization.startsWith("Bearer ")
                || !MessageDigest.isEqual(
                        authorization.substring(7).getBytes(StandardCharsets.UTF_8),
                        simulator.apiKey().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(problem(HttpStatus.UNAUTHORIZED, "unauthorized", "API key errata"));
        }
        var failure = simulator.failure();
        switch (failure.mode()) {
            case UNREACHABLE -> {
                response.setHeader("Connection", "close");
                return Optional.of(ResponseEntity.status(503).build());
            }
            case ERROR -> {
                return Optional.of(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Errore interno del portale"));
            }
            case SLOW -> {
                try {
                    Thread.sleep(failure.slowMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case REFUSE -> {
                if (refusable) {
                    return Optional.of(problem(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "refused",
                            blank(failure.reason()) ? "Richiesta rifiutata dal portale" : failure.reason()));
                }
            }
            case NORMAL -> {}
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<?> problem(HttpStatus status, String code, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEM_TYPE + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    record PreRegistration(
            String taxCode, String firstName, String lastName, String email, String mobilePhone, String channel) {}

    /** The simulator stands for outside systems: its own chain, API key checked above, no session, no CSRF. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(PortalSimulator.ENABLED)
    static class SimulatorSecurity {
        @Bean
        @Order(0)
        SecurityFilterChain portalSimulatorChain(HttpSecurity http) throws Exception {
            http.securityMatcher("/sim/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
            return http.build();
        }
    }
}
