package it.orienta.audit;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import it.orienta.vacancy.VacancyEvents.EmployerChanged;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module on its own: an audited change published by any module is written once to the append-only log,
 * after the change committed; a second delivery of the same event changes nothing; a fact audited in its transaction
 * is written with it, or not at all.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "access", "intake"})
class AuditModuleTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedChangeIsWrittenOnceToTheLog(Scenario scenario) {
        var event = DataChanged.of(
                java.time.Instant.parse("2026-12-07T10:00:00Z"),
                Actor.SYSTEM,
                AuditAction.UPDATE,
                "ModuleTest",
                UUID.randomUUID(),
                List.of("name"));
        scenario.stimulate(() -> transactions.executeWithoutResult(s -> events.publishEvent(event)))
                .andWaitForStateChange(() -> entries(event.eventId()), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
        transactions.executeWithoutResult(s -> events.publishEvent(event));
        assertThat(entries(event.eventId())).isEqualTo(1);
        assertThat(jdbc.sql("select entity_type from audit_entry where event_id = ?")
                        .param(event.eventId())
                        .query(String.class)
                        .single())
                .isEqualTo("ModuleTest");
    }

    /**
     * A fact audited in its own transaction (an import's vacancies, ADR 0032): its line is written when the
     * transaction commits, with no row in the event publication registry; rolled back, it leaves no line.
     */
    @Test
    void aFactAuditedInTransactionIsWrittenWithItOrNotAtAll() {
        var committed = changed();
        long publications = publications();
        transactions.executeWithoutResult(s -> {
            events.publishEvent(committed);
            assertThat(entries(committed.eventId())).as("written at the commit").isZero();
        });
        assertThat(entries(committed.eventId())).isEqualTo(1);
        assertThat(publications()).isEqualTo(publications);
        assertThat(jdbc.sql("select entity_type from audit_entry where event_id = ?")
                        .param(committed.eventId())
                        .query(String.class)
                        .single())
                .isEqualTo("Employer");

        var rolledBack = changed();
        transactions.executeWithoutResult(s -> {
            events.publishEvent(rolledBack);
            s.setRollbackOnly();
        });
        assertThat(entries(rolledBack.eventId())).isZero();
        assertThat(publications()).isEqualTo(publications);
    }

    static EmployerChanged changed() {
        return new EmployerChanged(
                UUID.randomUUID(),
                Actor.SYSTEM,
                java.time.Instant.parse("2026-12-07T10:00:00Z"),
                UUID.randomUUID(),
                "Trattoria",
                List.of("name"));
    }

    long publications() {
        return jdbc.sql("select count(*) from event_publication")
                .query(Long.class)
                .single();
    }

    long entries(UUID eventId) {
        return jdbc.sql("select count(*) from audit_entry where event_id = ?")
                .param(eventId)
                .query(Long.class)
                .single();
    }
}
