package it.orienta.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.OrientaModuleTest;
import it.orienta.cv.CvEvents.CvDeleted;
import it.orienta.cv.CvEvents.CvSaved;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.occupation.OccupationCommand;
import it.orienta.occupation.OccupationService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonCommand.EducationTitleCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;

/**
 * The cv module with the modules it needs, on the embedded PostgreSQL: the preconditions (R15), a new CV replacing
 * the current one (kept as history, one current per person), the deletion from the version read (R21), each with
 * the event the worker file and the portal module listen to; {@link CvFiles} reads the CV without its file.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class CvModuleTest {

    @Autowired
    CvService cvs;

    @Autowired
    CvFiles files;

    @Autowired
    OccupationService occupations;

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
        var files = Map.of(
                "demo-municipalities.xml", CodeSystem.MUNICIPALITY,
                "demo-countries.xml", CodeSystem.COUNTRY,
                "demo-professions.xml", CodeSystem.PROFESSION,
                "demo-education-titles.xml", CodeSystem.EDUCATION_TITLE);
        for (var file : files.entrySet()) {
            if (reference.count(file.getValue()) == 0) {
                try (var in = new ClassPathResource("reference/demo/" + file.getKey()).getInputStream()) {
                    reference.importFhir(in, file.getKey(), file.getValue(), Actor.SYSTEM);
                }
            }
        }
        String centre = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        username = "cv" + centre.toLowerCase();
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
                        it.orienta.Persons.taxCode(first, last, born, true, "D612"),
                        first,
                        last,
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
                username,
                () -> intakes.takeInCharge(
                        person.id(), new IntakeCommand(LocalDate.now(), notice, true, ConsentState.GIVEN, null, null)));
        return person.id();
    }

    @Test
    void withoutATitleAndAnOccupationNothingIsSaved() {
        var person = personInCharge("Vuota", "Curricula", LocalDate.of(1990, 4, 4));
        assertThatThrownBy(() ->
                        organisation.runAs(username, () -> cvs.upload(person, "cv.pdf", CvFileRulesTest.validPdf())))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations())
                        .extracting(RuleViolationException.Violation::code)
                        .containsExactly("cv.education-title.missing", "cv.occupation.missing"));
        assertThat(organisation.runAs(username, () -> cvs.history(person))).isEmpty();
    }

    @Test
    void aNewCvReplacesTheCurrentOneAndTheDeletionIsFromTheVersionRead(Scenario scenario) {
        var person = personInCharge("Piena", "Curricula", LocalDate.of(1991, 5, 5));
        organisation.runAs(username, () -> {
            persons.addEducationTitle(person, new EducationTitleCommand("30103000", 2010, "ITC", "100", null));
            return occupations.add(
                    person,
                    new OccupationCommand(
                            "5.2.2.3.2",
                            true,
                            false,
                            false,
                            LocalDate.now().minusDays(1),
                            null,
                            "",
                            null,
                            null,
                            false,
                            "",
                            "",
                            ""));
        });
        var first = organisation.runAs(username, () -> cvs.upload(person, "primo.pdf", CvFileRulesTest.validPdf()));
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.current()).isTrue();
        assertThat(first.obsoleteFrom()).isEqualTo(first.validThrough().plusDays(1));

        scenario.stimulate(() -> organisation.runAs(
                        username, () -> cvs.upload(person, "secondo.pdf", CvFileRulesTest.validPdf())))
                .andWaitForEventOfType(CvSaved.class)
                .matching(e -> e.personId().equals(person) && "secondo.pdf".equals(e.fileName()))
                .toArriveAndVerify(e -> assertThat(e.replacedCvId()).isEqualTo(first.id()));
        var history = organisation.runAs(username, () -> cvs.history(person));
        assertThat(history).hasSize(2);
        assertThat(history.stream().filter(CvView::current)).hasSize(1);
        var replaced = history.stream()
                .filter(c -> c.id().equals(first.id()))
                .findFirst()
                .orElseThrow();
        assertThat(replaced.replacedAt()).isNotNull();
        assertThat(replaced.version()).isEqualTo(2);

        var current = organisation.runAs(username, () -> files.current(person)).orElseThrow();
        assertThat(current.fileName()).isEqualTo("secondo.pdf");
        assertThat(files.content(current.id())).isPresent();

        assertThatThrownBy(() -> organisation.runAs(username, () -> cvs.delete(person, 7)))
                .isInstanceOf(StaleVersionException.class);
        scenario.stimulate(() -> organisation.runAs(username, () -> cvs.delete(person, 1)))
                .andWaitForEventOfType(CvDeleted.class)
                .matching(e -> e.cvId().equals(current.id()))
                .toArriveAndVerify(e -> assertThat(e.personId()).isEqualTo(person));
        assertThat(organisation.runAs(username, () -> files.current(person))).isEmpty();
        assertThat(files.content(current.id())).isEmpty();
        var deleted = organisation.runAs(username, () -> cvs.history(person)).stream()
                .filter(c -> c.id().equals(current.id()))
                .findFirst()
                .orElseThrow();
        assertThat(deleted.deletedAt()).isNotNull();
        assertThat(deleted.fileAvailable()).isFalse();
    }
}
