package it.orienta.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.CaseAtCentre;
import it.orienta.OrientaModuleTest;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.reference.ReferenceService;
import it.orienta.system.CaseAccess;
import it.orienta.system.CaseAccessDeniedException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void anotherCentreReadsOnlyUnderAnExceptionalAccessAndNeverWrites(Scenario scenario) throws Exception {
        var owning = new CaseAtCentre(organisation, persons, intakes, reference);
        var elsewhere = new CaseAtCentre(organisation, persons, intakes, reference);
        var person = owning.person("Eccezionale", LocalDate.of(1979, 5, 5));
        String other = elsewhere.username;

        assertThat(organisation.runAs(other, () -> access.mayRead(person))).isFalse();

        scenario.stimulate(() -> organisation.runAs(
                        other,
                        () -> grants.grant(
                                person,
                                ExceptionalAccessReason.PERSON_AT_DESK,
                                "La persona è allo sportello del centro di Pisa e chiede del suo patto.")))
                .andWaitForEventOfType(ExceptionalAccessGranted.class)
                .matching(e -> e.personId().equals(person))
                .toArriveAndVerify(e -> assertThat(e.ownerCentre()).isEqualTo(owning.centre));

        assertThat(organisation.runAs(other, () -> access.mayRead(person))).isTrue();
        assertThatThrownBy(() -> organisation.runAs(other, () -> {
                    access.write(person);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        CaseAccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo("access.other-centre"));
    }
}
