package it.orienta.portal;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.cv.CvEvents.CvDeleted;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.portal.PortalEvents.TransferStepRecorded;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal module with the modules it needs, on the embedded PostgreSQL: a deleted CV cancels its upload and
 * queues its removal from the CV search system, through the transfer aggregate.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
@TestPropertySource(properties = {"orienta.embedded-db.data-directory=", "orienta.portal.scheduling.enabled=false"})
class PortalModuleTest {

    @Autowired
    TransferRepository transfers;

    @Autowired
    TransferStore store;

    @Autowired
    PersonService persons;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    String username;

    @BeforeEach
    void setUp() throws Exception {
        if (reference.count(it.orienta.reference.CodeSystem.MUNICIPALITY) == 0) {
            try (var in = new ClassPathResource("reference/demo/demo-municipalities.xml").getInputStream()) {
                reference.importFhir(in, "m.xml", null, Actor.SYSTEM);
            }
        }
        String centre = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        username = "mod" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Module Test",
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of(centre),
                        true),
                "Module.Test.2026");
    }

    @Test
    void aDeletedCvCancelsItsUploadAndQueuesItsRemoval(Scenario scenario) {
        var person = organisation.runAs(
                username,
                () -> persons.register(new PersonCommand(
                        it.orienta.Persons.taxCode("Portale", "Prova", LocalDate.of(1985, 5, 5), false, "D612"),
                        "Portale",
                        "Prova",
                        Sex.M,
                        LocalDate.of(1985, 5, 5),
                        "048017",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of())));
        UUID cvId = UUID.randomUUID();
        Instant now = Instant.now();
        var upload = Transfer.upload(person.id(), cvId, 0, "C1", "Op", now);
        upload.recordAttempt(
                new Transfer.Delivered("RECEIVED"),
                new RetryPolicy(8, java.time.Duration.ZERO, java.time.Duration.ZERO),
                now);
        transfers.saveAndFlush(upload);

        scenario.publish(() -> new CvDeleted(UUID.randomUUID(), Actor.SYSTEM, now, person.id(), cvId))
                .andWaitForEventOfType(TransferStepRecorded.class)
                .matching(e -> e.personId().equals(person.id()) && e.kind() == TransferKind.REMOVAL)
                .toArriveAndVerify(e -> {
                    assertThat(e.state()).isEqualTo(TransferState.REQUESTED);
                    assertThat(e.detail()).isEqualTo("portal.reason.cv-deleted");
                });

        var after = store.ofPerson(person.id());
        assertThat(after)
                .extracting(TransferView::kind, TransferView::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(TransferKind.UPLOAD, TransferState.CANCELLED),
                        org.assertj.core.groups.Tuple.tuple(TransferKind.REMOVAL, TransferState.REQUESTED));
        assertThat(store.find(upload.id()).orElseThrow().view().version()).isEqualTo(1);
    }
}
