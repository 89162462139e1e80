package it.orienta.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the regional portal and the CV search system are, and how transfers are retried (README, ADR 0016).
 *
 * @param baseUrl the portal's base URL (contract docs/portal-api.yaml); blank means the in-app simulator
 *     ({@code /sim/portal/v1} on this application's port) when it runs
 * @param cvSearchBaseUrl the CV search system's base URL (docs/cv-search-api.yaml); blank means the simulator's
 * @param apiKey the bearer token Orienta sends to both; blank with the simulator means the simulator's key
 * @param noticeSecret the shared secret the portal's notices carry ({@code Authorization: Bearer …}); blank with
 *     the simulator means the simulator's; blank with a real portal refuses every notice
 * @param connectTimeout time to connect
 * @param readTimeout time to wait for an answer
 * @param maxAttempts attempts while the portal is unreachable (or answers 5xx) before the transfer fails
 * @param backoff the wait after the first unavailable attempt, doubled after each further one up to
 *     {@code maxBackoff}
 * @param lease how long a claimed transfer is left to its worker before another run may take it again (a crash)
 * @param batchSize transfers claimed at once
 * @param parallelism transfers delivered at the same time
 * @param scheduling the worker's schedule; off in tests, which run the worker themselves
 */
@ConfigurationProperties("orienta.portal")
record PortalProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String cvSearchBaseUrl,
        @DefaultValue("") String apiKey,
        @DefaultValue("") String noticeSecret,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration backoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("50") int batchSize,
        @DefaultValue("4") int parallelism,
        @DefaultValue Scheduling scheduling) {

    /** The simulator's credentials, used only when no real system is configured (embedded default). */
    static final String SIMULATOR_KEY = "orienta-portal-simulator";

    record Scheduling(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2s") Duration interval) {}

    boolean simulated() {
        return baseUrl == null || baseUrl.isBlank();
    }

    String effectiveApiKey() {
        return simulated() && (apiKey == null || apiKey.isBlank()) ? SIMULATOR_KEY : apiKey;
    }

    String effectiveNoticeSecret() {
        return simulated() && (noticeSecret == null || noticeSecret.isBlank()) ? SIMULATOR_KEY : noticeSecret;
    }
}
