/**
 * A simulator of the regional SMS gateway inside the application (contract: docs/sms-gateway.openapi.yaml), on by
 * default with the embedded database only ({@code orienta.notification.simulator.enabled}), under
 * {@code /simulators/sms/…} with its own stateless filter chain and the gateway's API key
 * ({@code orienta.notification.simulator.api-key}). It owns no table: what it accepts goes to notification's local
 * mailbox through the public {@link it.orienta.notification.Mailbox}, once per reference (the client's idempotency
 * key). Nothing depends on it: notification's gateway client only calls its URL over HTTP when no gateway is
 * configured, as it would call the real one.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "SMS gateway simulator",
        allowedDependencies = {"notification"})
package it.orienta.smssim;
