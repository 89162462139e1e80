package it.orienta.scouting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.CaseAtCentre;
import it.orienta.Employers;
import it.orienta.OrientaModuleTest;
import it.orienta.Persons;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.matching.Explanation.Note;
import it.orienta.matching.Widening;
import it.orienta.occupation.OccupationCommand;
import it.orienta.occupation.OccupationService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.DrivingLicence;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.person.SpecialCategoryData;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.vacancy.EmployerCommand;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyCommand;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;

/**
 * The scouting module with the modules it reads, on the embedded PostgreSQL: vacancies published through the vacancy
 * module, persons through the person, intake and occupation modules, matching's profile kept fresh by its listeners.
 * A person's opportunities widen step by step and come ranked with their chips; without consent a person gets
 * nothing and is never a candidate; a vacancy reserved to L. 68/99 reaches only the protected. Each test uses
 * professions of its own, so that the tests' persons and vacancies do not meet.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "access", "audit"})
class ScoutingModuleTest {

    @Autowired
    OpportunityService opportunities;

    @Autowired
    CandidateService candidates;

    @Autowired
    SelfPromotionService selfPromotion;

    @Autowired
    VacancyService vacancies;

    @Autowired
    EmployerService employers;

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

    CaseAtCentre cases;
    String matcher;
    UUID employer;

    @BeforeEach
    void setUp() throws Exception {
        if (reference.count(CodeSystem.PROFESSION) == 0) {
            try (var in = new ClassPathResource("reference/demo/demo-professions.xml").getInputStream()) {
                reference.importFhir(in, "p.xml", CodeSystem.PROFESSION, Actor.SYSTEM);
            }
        }
        cases = new CaseAtCentre(organisation, persons, intakes, reference);
        matcher = "pre" + cases.centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        matcher,
                        "Preselezione Prova",
                        matcher + "@test.it",
                        EnumSet.of(Role.MATCHING_OPERATOR),
                        Set.of(cases.centre),
                        true),
                "Module.Test.2026");
        employer = organisation
                .runAs(
                        matcher,
                        () -> employers.register(new EmployerCommand(
                                Employers.partitaIva(),
                                "Azienda Prova " + cases.centre,
                                "56.10.11",
                                "048017",
                                "Via Roma 1",
                                "",
                                "",
                                "",
                                null,
                                "",
                                Source.MANUAL,
                                null)))
                .id();
    }

    private VacancyView publish(
            String profession, String municipality, List<DrivingLicence> licences, boolean reserved) {
        return organisation.runAs(
                matcher,
                () -> vacancies.publish(new VacancyCommand(
                        employer,
                        profession,
                        "Offerta " + profession + " " + municipality,
                        "",
                        1,
                        municipality,
                        ContractType.PERMANENT,
                        WorkingTime.FULL_TIME,
                        null,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(3),
                        new VacancyView.Requirements(null, licences, List.of(), null),
                        reserved,
                        Source.MANUAL,
                        null)));
    }

    /** A person living in Florence, in charge at the test's centre with the consent given, wanting this profession. */
    private UUID personWanting(String last, String profession) {
        UUID person = personInFlorence(last);
        cases.as(() -> occupations.add(
                person,
                new OccupationCommand(
                        profession,
                        true,
                        false,
                        false,
                        LocalDate.now().minusDays(1),
                        null,
                        "",
                        2,
                        null,
                        false,
                        "",
                        "",
                        "")));
        return person;
    }

    /** A person living in Florence, taken in charge at the test's centre with the matching consent given. */
    private UUID personInFlorence(String last) {
        // a birth day of its own: the module tests share one database, and a codice fiscale is registered once
        var born = LocalDate.of(1960, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(15_000));
        return cases.as(() -> {
            var registered = persons.register(new PersonCommand(
                    Persons.taxCode("Prova", last, born, false, "D612"),
                    "Prova",
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
                    List.of()));
            var notice = intakes.currentNotice().orElseThrow().id();
            intakes.takeInCharge(
                    registered.id(), new IntakeCommand(LocalDate.now(), notice, true, ConsentState.GIVEN, null, null));
            return registered.id();
        });
    }

    private List<UUID> candidateIds(VacancyView v) {
        return organisation.runAs(matcher, () -> candidates.forVacancy(v.id(), 50)).rows().stream()
                .map(r -> r.candidate().personId())
                .toList();
    }

    private static List<UUID> vacancyIds(Opportunities o) {
        return o.items().stream().map(i -> i.vacancy().id()).toList();
    }

    @Test
    void aPersonsOpportunitiesWidenToTheRegionAndComeRankedWithTheirChips() {
        String unit = "6.1.2.2.2";
        var exact = publish(unit, "048017", List.of(DrivingLicence.B), false); // same unit, same municipality
        var elsewhere = publish(unit, "050026", List.of(), false); // same unit, Pisa: only in the region
        var klass = publish("6.1.2.1.0", "048017", List.of(), false); // same class 6.1.2, Florence
        var other = publish("8.1.3.1.0", "048017", List.of(), false); // another class: never
        UUID person = personWanting("Muratore", unit);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(vacancyIds(cases.as(() -> opportunities.forPerson(person))))
                        .containsExactly(exact.id(), elsewhere.id(), klass.id()));
        var found = cases.as(() -> opportunities.forPerson(person));
        assertThat(found.widening()).isEqualTo(Widening.REGION); // three, fewer than enough: widened to the end
        assertThat(found.considered()).isEqualTo(3);
        assertThat(vacancyIds(found)).doesNotContain(other.id());
        var best = found.items().getFirst();
        assertThat(best.daysLeft()).isEqualTo(3);
        assertThat(best.explanation().reasons())
                .extracting(Note::key)
                .contains("matching.reason.profession.desired", "matching.reason.place.municipality");
        assertThat(best.explanation().gaps())
                .filteredOn(n -> n.key().equals("matching.gap.licence"))
                .singleElement()
                .satisfies(n -> assertThat(n.measure()).isEqualTo("C07-CAT"));
        assertThat(found.items().get(2).explanation().reasons())
                .extracting(Note::key)
                .contains("matching.reason.profession.class");
    }

    @Test
    void withoutConsentAPersonGetsNothingAndIsNeverACandidate() {
        String unit = "6.1.3.7.0";
        var v = publish(unit, "048017", List.of(), false);
        UUID person = personWanting("Senzaconsenso", unit);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(candidateIds(v)).contains(person));
        cases.as(() -> intakes.recordConsent(person, ConsentState.WITHDRAWN));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThatThrownBy(() -> cases.as(() -> opportunities.forPerson(person)))
                        .isInstanceOf(RuleViolationException.class)
                        .satisfies(e -> assertThat(((RuleViolationException) e).code())
                                .isEqualTo("matching.consent.not-given")));
        assertThat(candidateIds(v)).doesNotContain(person);
    }

    @Test
    void aVacancyReservedToL68ReachesOnlyTheProtectedAndTheListSaysNotWhy() {
        String unit = "7.4.2.2.0";
        var reserved = publish(unit, "048017", List.of(), true);
        var open = publish(unit, "048017", List.of(), false);
        UUID ordinary = personWanting("Ordinario", unit);
        UUID protectedPerson = personWanting("Tutelato", unit);
        cases.as(() -> persons.updateSpecialCategoryData(
                protectedPerson, persons.view(protectedPerson).version(), new SpecialCategoryData(true, 67, null)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(candidateIds(reserved)).containsExactly(protectedPerson));
        assertThat(candidateIds(open)).containsExactlyInAnyOrder(ordinary, protectedPerson);
        assertThat(vacancyIds(cases.as(() -> opportunities.forPerson(ordinary))))
                .containsExactly(open.id());
        assertThat(vacancyIds(cases.as(() -> opportunities.forPerson(protectedPerson))))
                .containsExactlyInAnyOrder(reserved.id(), open.id());
        var row = organisation
                .runAs(matcher, () -> candidates.forVacancy(reserved.id(), 50))
                .rows()
                .getFirst();
        // only what matching may show: the municipality and centre by name, nothing of the protected category
        assertThat(row.municipality()).isEqualTo("Firenze (FI)");
        assertThat(row.centre()).isEqualTo("CPI Test (FI)");
        assertThat(row.sameCentre()).isTrue();
        assertThat(row.professions()).singleElement().asString().endsWith("(" + unit + ")");
        assertThat(row.candidate().explanation().reasons().toString()).doesNotContainIgnoringCase("68");
    }

    @Test
    void aPersonWithoutProfessionsIsNotSearchedAndAClosedVacancyHasNoCandidates() {
        UUID person = personInFlorence("Lupo");
        Awaitility.await() // the profile follows the intake after its commit
                .atMost(Duration.ofSeconds(10))
                .ignoreException(RuleViolationException.class)
                .untilAsserted(() -> {
                    var none = cases.as(() -> opportunities.forPerson(person));
                    assertThat(none.noProfessions()).isTrue();
                    assertThat(none.items()).isEmpty();
                });
        var v = publish("6.1.3.6.1", "048017", List.of(), false);
        organisation.runAs(
                matcher,
                () -> vacancies.changeStatus(
                        v.id(), v.version(), it.orienta.vacancy.VacancyTerms.Status.WITHDRAWN, "prova", null));
        var closed = organisation.runAs(matcher, () -> candidates.forVacancy(v.id(), 50));
        assertThat(closed.open()).isFalse();
        assertThat(closed.rows()).isEmpty();
    }

    @Test
    void companiesNearAPersonComeRankedAndExplainedAndTheDocumentIsAFactOfTheCase(Scenario scenario) {
        String unit = "6.2.3.5.1"; // no other test's vacancy is of this group
        publish(unit, "048017", List.of(), false); // the test's employer, in Florence
        var pisa = organisation
                .runAs(
                        matcher,
                        () -> employers.register(new EmployerCommand(
                                Employers.partitaIva(),
                                "Officina Pisana " + cases.centre,
                                "25.62.00",
                                "050026",
                                "Via Pisana 2",
                                "officina@example.it",
                                "050 123456",
                                "Anna Neri",
                                null,
                                "",
                                Source.MANUAL,
                                null)))
                .id();
        organisation.runAs(
                matcher,
                () -> vacancies.publish(new VacancyCommand(
                        pisa,
                        "6.2.3.5.2",
                        "Fresatore",
                        "",
                        1,
                        "050026",
                        ContractType.FIXED_TERM,
                        WorkingTime.FULL_TIME,
                        null,
                        LocalDate.now().minusMonths(8),
                        LocalDate.now().plusDays(3),
                        new VacancyView.Requirements(null, List.of(), List.of(), null),
                        false,
                        Source.MANUAL,
                        null)));
        UUID person = personWanting("Tornitore", unit);

        var found = cases.as(() -> selfPromotion.companiesFor(person, Locale.ITALIAN));

        assertThat(found.area()).isEqualTo(Companies.Area.REGION); // two in all: widened to the region
        assertThat(found.items()).extracting(c -> c.employer().employerId()).containsExactly(employer, pisa);
        var near = found.items().getFirst();
        assertThat(near.score())
                .isEqualTo(CompanyRanking.UNIT + CompanyRanking.RECENT + CompanyRanking.SAME_MUNICIPALITY);
        assertThat(near.reasons()).extracting(Companies.Reason::code).containsExactly("same-unit", "municipality");
        var far = found.items().get(1);
        assertThat(far.score()).isEqualTo(CompanyRanking.GROUP); // eight months ago, another province
        assertThat(far.reasons()).extracting(Companies.Reason::code).containsExactly("same-group", "region");
        assertThat(far.employer().contactPerson()).isEqualTo("Anna Neri");

        assertThatThrownBy(() -> cases.as(() -> selfPromotion.document(person, List.of(), Locale.ITALIAN)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e ->
                        assertThat(((RuleViolationException) e).code()).isEqualTo("selfpromotion.employers.required"));
        assertThatThrownBy(() ->
                        cases.as(() -> selfPromotion.document(person, List.of(UUID.randomUUID()), Locale.ITALIAN)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code())
                        .isEqualTo("selfpromotion.employers.not-listed"));
        var pdf = new byte[1][];
        scenario.stimulate(() ->
                        pdf[0] = cases.as(() -> selfPromotion.document(person, List.of(pisa, employer), Locale.ITALIAN))
                                .pdf())
                .andWaitForEventOfType(SelfPromotionSupported.class)
                .matching(e -> e.personId().equals(person))
                .toArriveAndVerify(e -> {
                    assertThat(e.employerIds()).containsExactly(pisa, employer); // in the order ticked
                    assertThat(e.employerNames()).first().asString().startsWith("Officina Pisana");
                });
        assertThat(new String(pdf[0], 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }
}
