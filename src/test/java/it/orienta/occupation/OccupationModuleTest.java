package it.orienta.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.OrientaModuleTest;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.occupation.OccupationEvents.AvailabilityChanged;
import it.orienta.occupation.OccupationEvents.OccupationAdded;
import it.orienta.occupation.OccupationEvents.OccupationRemoved;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;

/**
 * The occupation module with the modules it needs, on the embedded PostgreSQL: the aggregate's limit of three holds
 * through the service (also for two adds at once), each change publishes the event the timeline and the audit log
 * listen to, and occupations and availability are published to SQL readers in their views (the extraction's).
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class OccupationModuleTest {

    @Autowired
    OccupationService occupations;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    PersonService persons;

    @Autowired
    IntakeService intakes;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    String username;

    @BeforeEach
    void setUp() throws Exception {
        for (var file : List.of("demo-municipalities.xml", "demo-professions.xml")) {
            var system = file.contains("municipalities") ? CodeSystem.MUNICIPALITY : CodeSystem.PROFESSION;
            if (reference.count(system) == 0) {
                try (var in = new ClassPathResource("reference/demo/" + file).getInputStream()) {
                    reference.importFhir(in, file, system, Actor.SYSTEM);
                }
            }
        }
        String centre = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        username = "occ" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Module Test",
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of(centre),
                        true),
                "Module.Test.2026");
        if (intakes.currentNotice().isEmpty()) {
            organisation.runAs(username, () -> intakes.publishNotice("Informativa", "Testo"));
        }
    }

    private UUID personInCharge(String first, String last, LocalDate born) {
        var person = organisation.runAs(
                username,
                () -> persons.register(new PersonCommand(
                        it.orienta.Persons.taxCode(first, last, born, false, "D612"),
                        first,
                        last,
                        Sex.M,
                        born,
                        "048017",
                        null,
                        null,
                        "048017",
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
                username,
                () -> intakes.takeInCharge(
                        person.id(), new IntakeCommand(LocalDate.now(), notice, true, ConsentState.GIVEN, null, null)));
        return person.id();
    }

    private static OccupationCommand occupation(String code) {
        return new OccupationCommand(
                code, true, false, false, LocalDate.now().minusDays(1), 23, "", 2, null, false, "", "", "");
    }

    @Test
    void addingPublishesTheEventAndAFourthIsRefused(Scenario scenario) {
        var person = personInCharge("Terzo", "Limite", LocalDate.of(1990, 1, 1));
        var codes = List.of("5.2.2.3.2", "5.2.2.1.0", "4.3.1.2.0");
        scenario.stimulate(() -> organisation.runAs(username, () -> occupations.add(person, occupation(codes.get(0)))))
                .andWaitForEventOfType(OccupationAdded.class)
                .matching(e -> e.personId().equals(person))
                .toArriveAndVerify(e -> {
                    assertThat(e.professionCode()).isEqualTo(codes.get(0));
                    assertThat(e.actor().username()).isEqualTo(username);
                });
        organisation.runAs(username, () -> occupations.add(person, occupation(codes.get(1))));
        var third = organisation.runAs(username, () -> occupations.add(person, occupation(codes.get(2))));
        assertThat(third.version()).isEqualTo(1);
        assertThatThrownBy(() -> organisation.runAs(username, () -> occupations.add(person, occupation("5.1.2.4.0"))))
                .isInstanceOf(OccupationLimitException.class);
        assertThat(organisation.runAs(username, () -> occupations.list(person)))
                .extracting(DesiredOccupationView::professionCode)
                .containsExactlyElementsOf(codes);

        scenario.stimulate(() -> organisation.runAs(username, () -> {
                    occupations.remove(person, third.id(), third.version());
                    return null;
                }))
                .andWaitForEventOfType(OccupationRemoved.class)
                .matching(e -> e.occupationId().equals(third.id()))
                .toArriveAndVerify(e -> assertThat(e.professionCode()).isEqualTo(codes.get(2)));
    }

    @Test
    void twoAddsAtOnceOnTwoOccupationsLeaveOneRefusedNotAFourth() throws Exception {
        var person = personInCharge("Corsa", "Limite", LocalDate.of(1991, 2, 2));
        organisation.runAs(username, () -> occupations.add(person, occupation("5.2.2.3.2")));
        organisation.runAs(username, () -> occupations.add(person, occupation("5.2.2.1.0")));
        Callable<String> a = () -> attempt(person, "4.3.1.2.0");
        Callable<String> b = () -> attempt(person, "5.1.2.4.0");
        try (var pool = Executors.newFixedThreadPool(2)) {
            var results = pool.invokeAll(List.of(a, b));
            assertThat(List.of(results.get(0).get(), results.get(1).get()))
                    .containsExactlyInAnyOrder("added", "occupation.limit");
        }
        assertThat(organisation.runAs(username, () -> occupations.list(person))).hasSize(3);
    }

    private String attempt(UUID person, String code) {
        try {
            organisation.runAs(username, () -> occupations.add(person, occupation(code)));
            return "added";
        } catch (OccupationLimitException e) {
            return e.violations().getFirst().code();
        }
    }

    @Test
    void theAvailabilityIsSavedFromItsVersionWithItsEventAndPublishedWithTheOccupationsInTheirViews(Scenario scenario) {
        var person = personInCharge("Estratto", "Disponibile", LocalDate.of(1992, 3, 3));
        organisation.runAs(username, () -> occupations.add(person, occupation("5.2.2.3.2")));
        var command = new Availability.Command(
                Availability.Hours.PART_TIME, Availability.Travel.PROVINCE, List.of(Availability.Transport.PUBLIC));
        scenario.stimulate(() -> organisation.runAs(username, () -> occupations.saveAvailability(person, 0, command)))
                .andWaitForEventOfType(AvailabilityChanged.class)
                .matching(e -> e.personId().equals(person))
                .toArriveAndVerify(
                        e -> assertThat(e.fields()).containsExactly("hours", "willingToTravel", "transport"));
        var saved = organisation.runAs(username, () -> occupations.availability(person));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.transport()).containsExactly(Availability.Transport.PUBLIC);
        // published for SQL readers (the extraction module) in the view
        assertThat(jdbc.queryForObject(
                        "select hours from person_availability_v where person_id = ?", String.class, person))
                .isEqualTo("PART_TIME");
        assertThat(jdbc.queryForObject(
                        "select count(*) from desired_occupation_v where person_id = ?", Integer.class, person))
                .isEqualTo(1);
    }
}
