package it.orienta.portalsim;

import java.net.http.HttpClient;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Sends the simulator's notices to Orienta's webhook (docs/portal-api.yaml, {@code webhooks.notice}) with the
 * shared secret, in order, after the action that raised them committed; a notice not accepted stays pending and
 * is sent again at the next kick or sweep, as a real portal would resend it. The sweep takes no scheduler lock on
 * a cluster (ADR 0023): it only wakes the sender's thread, and a notice sent by two nodes is the resend Orienta's
 * webhook applies once by its id.
 */
@Component
@ConditionalOnExpression(PortalSimulator.ENABLED)
class NoticeSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

    private final JdbcClient jdbc;
    private final Environment environment;
    private final Clock clock;
    private final RestClient http;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("portalsim-notices").daemon().factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile Integer localPort;

    NoticeSender(JdbcClient jdbc, Environment environment, Clock clock) {
        this.jdbc = jdbc;
        this.environment = environment;
        this.clock = clock;
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    @EventListener
    void onWebServer(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    /** Sends the pending notices soon, on the sender's thread (coalesced). */
    void kick() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                sendPending();
            });
        }
    }

    @Scheduled(fixedDelayString = "${orienta.portalsim.notice-retry-interval:PT10S}")
    void sweep() {
        kick();
    }

    /** Sends the pending notices in order; stops at the first not accepted. Answers how many were accepted. */
    int sendPending() {
        String url = url();
        if (url == null) {
            return 0;
        }
        int sent = 0;
        var pending = jdbc.sql("""
                        select id, type, tax_code, idempotency_key, reason, created_at from portalsim_notice
                         where delivered_at is null order by created_at, id limit 200""")
                .query((rs, n) -> {
                    var notice = new LinkedHashMap<String, Object>();
                    notice.put("noticeId", rs.getObject("id", UUID.class).toString());
                    notice.put("type", rs.getString("type"));
                    notice.put("taxCode", rs.getString("tax_code"));
                    notice.put("idempotencyKey", rs.getString("idempotency_key"));
                    notice.put("reason", rs.getString("reason"));
                    notice.put(
                            "occurredAt",
                            rs.getTimestamp("created_at").toInstant().toString());
                    return notice;
                })
                .list();
        for (var notice : pending) {
            int status;
            try {
                status = http.post()
                        .uri(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .headers(h -> h.setBearerAuth(secret()))
                        .body(notice)
                        .exchange(
                                (request, response) -> response.getStatusCode().value());
            } catch (RuntimeException e) {
                log.info("Portal simulator: notice not delivered ({}), kept for later", e.toString());
                status = 0;
            }
            // 422: Orienta does not know the subject; resending would not change that
            boolean done = (status >= 200 && status < 300) || status == 422;
            jdbc.sql("""
                            update portalsim_notice set attempts = attempts + 1,
                                   delivered_at = case when :done then cast(:now as timestamptz) else null end
                             where id = :id""")
                    .param("done", done)
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .param("id", UUID.fromString((String) notice.get("noticeId")))
                    .update();
            if (!done) {
                break;
            }
            sent++;
        }
        return sent;
    }

    private String url() {
        String configured = environment.getProperty("orienta.portalsim.notice-url", "");
        if (!configured.isBlank()) {
            return configured;
        }
        if (localPort == null) {
            return null;
        }
        return "http://localhost:" + localPort + environment.getProperty("server.servlet.context-path", "")
                + "/integrations/portal/notices";
    }

    private String secret() {
        return environment.getProperty("orienta.portalsim.notice-secret", PortalSimulator.DEFAULT_KEY);
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
