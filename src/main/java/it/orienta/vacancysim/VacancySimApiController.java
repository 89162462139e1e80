package it.orienta.vacancysim;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated regional system's feed over HTTP ({@code /sim/vacancies/v1}, docs/vacancy-api.yaml): pages in
 * (changedAt, id) order with a cursor that encodes the position of the page's last item, the API key, and the
 * failure mode applied to every call.
 */
@RestController
@ConditionalOnExpression(VacancySimulator.ENABLED)
class VacancySimApiController {

    static final String BASE = "/sim/vacancies/v1";
    static final String PROBLEM_TYPE = "https://orienta.example/vacancy-simulator/problems/";

    private final VacancySimulator simulator;
    private final SimStore store;

    VacancySimApiController(VacancySimulator simulator, SimStore store) {
        this.simulator = simulator;
        this.store = store;
    }

    @GetMapping(BASE + "/employers")
    ResponseEntity<?> employers(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestParam(name = "changedSince", required = false) String changedSince,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "limit", required = false) String limit,
            HttpServletResponse response) {
        return page(
                authorization,
                changedSince,
                cursor,
                limit,
                response,
                store::employers,
                VacancySimApiController::json,
                SimEmployer::changedAt,
                SimEmployer::id);
    }

    @GetMapping(BASE + "/vacancies")
    ResponseEntity<?> vacancies(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestParam(name = "changedSince", required = false) String changedSince,
            @RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam(name = "limit", required = false) String limit,
            HttpServletResponse response) {
        return page(
                authorization,
                changedSince,
                cursor,
                limit,
                response,
                store::vacancies,
                VacancySimApiController::json,
                SimVacancy::changedAt,
                SimVacancy::id);
    }

    interface PageQuery<T> {
        List<T> find(Instant since, Instant afterAt, String afterId, int limit);
    }

    private <T> ResponseEntity<?> page(
            String authorization,
            String changedSince,
            String cursor,
            String limitText,
            HttpServletResponse response,
            PageQuery<T> query,
            Function<T, Map<String, Object>> json,
            Function<T, Instant> changedAt,
            Function<T, String> id) {
        var refused = refuse(authorization, response);
        if (refused.isPresent()) return refused.get();
        int limit;
        try {
            limit = limitText == null || limitText.isBlank() ? 200 : Integer.parseInt(limitText.strip());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > 1000) {
            return badParameter("limit", "limit va da 1 a 1000");
        }
        Instant since = null;
        Instant afterAt = null;
        String afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                long micros = Long.parseLong(decoded.substring(0, colon));
                afterAt = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
                afterId = decoded.substring(colon + 1);
            } catch (RuntimeException e) {
                return badParameter("cursor", "cursore non valido");
            }
        } else if (changedSince != null && !changedSince.isBlank()) {
            try {
                since = OffsetDateTime.parse(changedSince.strip()).toInstant();
            } catch (DateTimeParseException e) {
                return badParameter("changedSince", "changedSince deve essere una data e ora ISO 8601 con fuso");
            }
        }
        var items = query.find(since, afterAt, afterId, limit + 1);
        boolean more = items.size() > limit;
        var shown = more ? items.subList(0, limit) : items;
        var body = new LinkedHashMap<String, Object>();
        body.put("items", shown.stream().map(json).toList());
        if (more) {
            var last = shown.getLast();
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, changedAt.apply(last));
            body.put(
                    "nextCursor",
                    Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString((micros + ":" + id.apply(last)).getBytes(StandardCharsets.UTF_8)));
        } else {
            body.put("nextCursor", null);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    static Map<String, Object> json(SimEmployer e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", e.id());
        m.put("version", e.version());
        m.put("changedAt", e.changedAt().toString());
        m.put("taxCode", e.taxCode());
        m.put("vatNumber", e.vatNumber());
        m.put("name", e.name());
        m.put("legalForm", e.legalForm());
        m.put("atecoCode", e.atecoCode());
        m.put("municipalityCode", e.municipalityCode());
        m.put("address", e.address());
        m.put("postalCode", e.postalCode());
        m.put("email", e.email());
        m.put("pec", e.pec());
        m.put("phone", e.phone());
        m.put("contactPerson", e.contactPerson());
        m.put("sizeBand", e.sizeBand());
        return m;
    }

    static Map<String, Object> json(SimVacancy v) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", v.id());
        m.put("version", v.version());
        m.put("changedAt", v.changedAt().toString());
        m.put("employerId", v.employerId());
        m.put("professionCode", v.professionCode());
        m.put("title", v.title());
        m.put("description", v.description());
        m.put("posts", v.posts());
        m.put("municipalityCode", v.municipalityCode());
        m.put("contractType", v.contractType());
        m.put("contractMonths", v.contractMonths());
        m.put("workingTime", v.workingTime());
        m.put("weeklyHours", v.weeklyHours());
        m.put("startDate", v.startDate() == null ? null : v.startDate().toString());
        m.put("publishedOn", v.publishedOn().toString());
        m.put("expiresOn", v.expiresOn().toString());
        var requirements = new LinkedHashMap<String, Object>();
        requirements.put("educationLevel", v.educationLevel());
        requirements.put("educationField", null);
        requirements.put("drivingLicences", v.drivingLicences());
        requirements.put(
                "languages",
                v.languages().stream()
                        .map(l -> Map.of("code", l.code(), "level", l.level()))
                        .toList());
        requirements.put("experienceYears", v.experienceYears());
        m.put("requirements", requirements);
        m.put("reservedL68", v.reservedL68());
        m.put("status", v.status());
        return m;
    }

    /** The API key, then the failure mode: an answer that replaces the normal one, if any. */
    private Optional<ResponseEntity<?>> refuse(String authorization, HttpServletResponse response) {
        if (authorization == null
                || !authorization.startsWith("Bearer ")
                || !MessageDigest.isEqual(
                        authorization.substring(7).getBytes(StandardCharsets.UTF_8),
                        simulator.apiKey().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(problem(HttpStatus.UNAUTHORIZED, "unauthorized", "API key errata", null));
        }
        var failure = simulator.failureForRequest();
        switch (failure.mode()) {
            case UNREACHABLE -> {
                response.setHeader("Connection", "close");
                return Optional.of(ResponseEntity.status(503).build());
            }
            case ERROR -> {
                return Optional.of(
                        problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Errore interno del sistema", null));
            }
            case TOO_MANY_REQUESTS -> {
                response.setHeader("Retry-After", "1");
                return Optional.of(problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-requests",
                        "Troppe richieste: riprovare tra poco",
                        null));
            }
            case SLOW -> {
                try {
                    Thread.sleep(failure.slowMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case NORMAL -> {}
        }
        return Optional.empty();
    }

    private static ResponseEntity<?> badParameter(String parameter, String detail) {
        return problem(HttpStatus.BAD_REQUEST, "bad-parameter", detail, parameter);
    }

    private static ResponseEntity<?> problem(HttpStatus status, String code, String detail, String parameter) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEM_TYPE + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        if (parameter != null) {
            problem.setProperty("parameter", parameter);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The simulator stands for an outside system: its own chain, API key checked above, no session, no CSRF. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(VacancySimulator.ENABLED)
    static class VacancySimSecurity {
        @Bean
        @Order(-1)
        SecurityFilterChain vacancySimulatorChain(HttpSecurity http) throws Exception {
            http.securityMatcher(BASE + "/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
            return http.build();
        }
    }
}
