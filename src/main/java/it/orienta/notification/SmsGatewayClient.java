package it.orienta.notification;

import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The client of the SMS gateway (contract: docs/sms-gateway.openapi.yaml): {@code POST {base}/messages} with the
 * API key as a bearer token and the delivery's id as {@code Idempotency-Key} and {@code reference}, so that a
 * message sent again after a crash is accepted once. With no base URL configured it talks to the in-app simulator
 * on this application's own port (the embedded default).
 */
@Component
class SmsGatewayClient {

    private final NotificationProperties properties;
    private final Environment environment;
    private final RestClient http;
    private volatile Integer localPort;

    SmsGatewayClient(NotificationProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.sms().timeout())
                .build());
        factory.setReadTimeout(properties.sms().timeout());
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    @EventListener
    void onWebServer(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    /** Where the gateway is: the configured base URL, else the simulator when it runs, else nowhere. */
    String baseUrl() {
        String configured = properties.sms().baseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        if (simulatorEnabled(environment) && localPort != null) {
            return "http://localhost:" + localPort + environment.getProperty("server.servlet.context-path", "")
                    + "/simulators/sms";
        }
        return null;
    }

    /**
     * Whether the in-app simulator ({@code smssim}) runs: {@code orienta.notification.simulator.enabled}, else on the
     * embedded database only (the same condition as the simulator's own).
     */
    static boolean simulatorEnabled(Environment environment) {
        String explicit = environment.getProperty("orienta.notification.simulator.enabled");
        if (explicit != null) {
            return Boolean.parseBoolean(explicit);
        }
        return environment.getProperty("spring.datasource.url", "").isEmpty();
    }

    private String apiKey() {
        String configured = properties.sms().baseUrl();
        if (configured == null || configured.isBlank()) {
            return properties.simulator().apiKey();
        }
        return properties.sms().apiKey();
    }

    /** Sends one SMS; answers the gateway's id of the message. */
    String send(String reference, String to, String text) {
        String base = baseUrl();
        if (base == null) {
            throw new DeliveryException("sms: no gateway configured (orienta.notification.sms.base-url)");
        }
        try {
            var answer = http.post()
                    .uri(base + "/messages")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .header("Authorization", "Bearer " + apiKey())
                    .header("Idempotency-Key", reference)
                    .body(Map.of("to", e164(to), "text", text, "reference", reference))
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw new DeliveryException("sms: gateway answered HTTP "
                                + response.getStatusCode().value());
                    })
                    .body(SmsAccepted.class);
            return answer == null ? null : answer.id();
        } catch (ResourceAccessException e) {
            throw new DeliveryException("sms: " + EmailSender.rootMessage(e), e);
        } catch (RestClientException e) {
            throw new DeliveryException("sms: " + EmailSender.rootMessage(e), e);
        }
    }

    /** A mobile number as the gateway wants it: {@code +} and digits; Italian when no country code is given. */
    static String e164(String number) {
        String digits = number.replaceAll("[\\s().\\-/]", "");
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        return digits.startsWith("+") ? digits : "+39" + digits;
    }

    /** The gateway's answer to an accepted message. */
    record SmsAccepted(String id, String status) {}
}
