package it.orienta.smssim;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.notification.Mailbox;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The SMS gateway simulator with notification (whose local mailbox it writes to), on the embedded PostgreSQL: an
 * SMS is accepted once per reference, a repeat answered with the first id, a wrong key refused.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
@TestPropertySource(
        properties = {"orienta.notification.scheduling.enabled=false", "orienta.notification.simulator.api-key=k"})
class SmsSimulatorModuleTest {

    @Autowired
    SmsSimulatorController simulator;

    @Autowired
    Mailbox mailbox;

    @Test
    void anSmsIsStoredInTheMailboxOncePerReference() {
        String reference = UUID.randomUUID().toString();
        var sms = new SmsSimulatorController.SmsRequest("+39 333 7654321", "Promemoria", reference);
        assertThat(mailbox.received(reference)).isFalse();

        var first = simulator.receive("Bearer k", reference, sms);
        assertThat(first.getStatusCode().value()).isEqualTo(202);
        assertThat(mailbox.received(reference)).isTrue();

        var again = simulator.receive("Bearer k", reference, sms);
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(((Map<?, ?>) again.getBody()).get("id")).isEqualTo(((Map<?, ?>) first.getBody()).get("id"));

        String other = UUID.randomUUID().toString();
        var refused = simulator.receive(
                "Bearer wrong", other, new SmsSimulatorController.SmsRequest("+393337654321", "x", other));
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(mailbox.received(other)).isFalse();
    }
}
