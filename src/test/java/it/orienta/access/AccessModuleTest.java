package it.orienta.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.OrientaModuleTest;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.CaseAccessDeniedException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;

/**
 * The record-access module with the modules it decides on: a case belongs to the centre that has the person in
 * charge; another centre reads it only under an exceptional access, which is published for the timeline and the
 * audit log, and never writes it.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class AccessModuleTest {

    @Autowired
    CaseAccess access;

    @Autowired
    ExceptionalAccessService grants;

    @Autowired
    IntakeService intakes;

    @Autowired
    PersonService persons;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    String operator(String centre) {
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI " + centre, "FI", "Via 1", true));
        String username = "acc" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Operatore " + centre,
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of(centre),
                        true),
                "Accesso.Test.2026");
        return username;
    }

    @Test
    void anotherCentreReadsOnlyUnderAnExceptionalAccessAndNeverWrites(Scenario scenario) throws Exception {
        if (reference.count(CodeSystem.MUNICIPALITY) == 0) {
            try (var in = new ClassPathResource("reference/demo/demo-municipalities.xml").getInputStream()) {
                reference.importFhir(in, "m.xml", null, Actor.SYSTEM);
            }
        }
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String owner = operator("A" + suffix);
        String other = operator("B" + suffix);
        if (intakes.currentNotice().isEmpty()) {
            organisation.runAs(owner, () -> intakes.publishNotice("Informativa", "Testo"));
        }
        var born = LocalDate.of(1979, 5, 5);
        var person = organisation.runAs(
                owner,
                () -> persons.register(new PersonCommand(
                        it.orienta.Persons.taxCode("Accesso", "Eccezionale", born, true, "D612"),
                        "Accesso",
                        "Eccezionale",
                        Sex.F,
                        born,
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
        var notice = intakes.currentNotice().orElseThrow().id();
        organisation.runAs(
                owner,
                () -> intakes.takeInCharge(
                        person.id(), new IntakeCommand(LocalDate.now(), notice, true, ConsentState.GIVEN, null, null)));

        assertThat(organisation.runAs(other, () -> access.mayRead(person.id()))).isFalse();

        scenario.stimulate(() -> organisation.runAs(
                        other,
                        () -> grants.grant(
                                person.id(),
                                ExceptionalAccessReason.PERSON_AT_DESK,
                                "La persona è allo sportello del centro di Pisa e chiede del suo patto.")))
                .andWaitForEventOfType(ExceptionalAccessGranted.class)
                .matching(e -> e.personId().equals(person.id()))
                .toArriveAndVerify(e -> assertThat(e.ownerCentre()).isEqualTo("A" + suffix));

        assertThat(organisation.runAs(other, () -> access.mayRead(person.id()))).isTrue();
        assertThatThrownBy(() -> organisation.runAs(other, () -> {
                    access.write(person.id());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        CaseAccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo("access.other-centre"));
    }
}
