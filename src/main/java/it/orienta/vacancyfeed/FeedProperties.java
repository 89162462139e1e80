package it.orienta.vacancyfeed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the regional vacancy system is and how it is read (README, ADR 0029).
 *
 * @param baseUrl its base URL (docs/vacancy-api.yaml); blank means the in-app simulator ({@code /sim/vacancies/v1}
 *     on this application's port)
 * @param apiKey the bearer key; blank with the simulator means the simulator's
 * @param pageSize items asked per page (the contract allows 1–1000)
 * @param maxAttempts attempts of one page while the system answers 429 or 5xx or cannot be reached
 * @param backoff the wait after the first failed attempt, doubled after each further one up to {@code maxBackoff};
 *     a {@code Retry-After} replaces it, capped by {@code maxBackoff} too
 * @param lease how long a run is left to its node before another may start (a node that died mid-run)
 * @param scheduling the schedule; off in tests, which run imports themselves
 */
@ConfigurationProperties("orienta.vacancyfeed")
record FeedProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String apiKey,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("200") int pageSize,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("1s") Duration backoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("10m") Duration lease,
        @DefaultValue Scheduling scheduling) {

    /** The simulator's key (vacancysim's default), used only when no real system is configured. */
    static final String SIMULATOR_KEY = "orienta-vacancy-simulator";

    /**
     * @param enabled the periodic run and the run at start-up
     * @param cron when the periodic run starts (every 15 minutes by default), once per cluster
     */
    record Scheduling(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0 */15 * * * *") String cron) {}

    boolean simulated() {
        return baseUrl == null || baseUrl.isBlank();
    }

    String effectiveApiKey() {
        return simulated() && (apiKey == null || apiKey.isBlank()) ? SIMULATOR_KEY : apiKey;
    }
}
