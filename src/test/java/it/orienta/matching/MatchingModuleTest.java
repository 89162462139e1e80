package it.orienta.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.CaseAtCentre;
import it.orienta.OrientaModuleTest;
import it.orienta.Persons;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.matching.Explanation.Note;
import it.orienta.occupation.Availability;
import it.orienta.occupation.OccupationCommand;
import it.orienta.occupation.OccupationService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonCommand.WorkExperienceCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.person.SpecialCategoryData;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.RuleViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The matching module with the modules it reads, on the embedded PostgreSQL: the candidate profile follows the facts
 * changed through the real services (occupation, consent, special-category data), the candidates search applies the
 * hard filters and widens step by step, a person's vacancies are ranked, and the full rebuild writes every profile.
 * Each test uses professions of its own, so that the tests' persons do not meet.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "access", "audit"})
class MatchingModuleTest {

    @Autowired
    Matching matching;

    @Autowired
    ProfileStore store;

    @Autowired
    ProfileProjector projector;

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

    @Autowired
    JdbcTemplate jdbc;

    CaseAtCentre cases;

    @BeforeEach
    void setUp() throws Exception {
        if (reference.count(CodeSystem.PROFESSION) == 0) {
            try (var in = new ClassPathResource("reference/demo/demo-professions.xml").getInputStream()) {
                reference.importFhir(in, "p.xml", CodeSystem.PROFESSION, Actor.SYSTEM);
            }
        }
        cases = new CaseAtCentre(organisation, persons, intakes, reference);
    }

    /** A person living in Florence, taken in charge with the matching consent given, who wants this profession. */
    private UUID personWanting(String last, String profession) {
        var born = LocalDate.of(1990, 3, 3);
        UUID person = cases.as(() -> {
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
        cases.as(() -> occupations.add(person, occupation(profession)));
        return person;
    }

    private static OccupationCommand occupation(String code) {
        return new OccupationCommand(
                code, true, false, false, LocalDate.now().minusDays(1), null, "", 2, null, false, "", "", "");
    }

    private static Wanted vacancy(String profession, boolean reserved) {
        return new Wanted(
                UUID.randomUUID(),
                profession,
                "048017",
                null,
                Wanted.ContractType.PERMANENT,
                Wanted.WorkingTime.FULL_TIME,
                EducationLevel.NONE,
                Set.of(),
                List.of(),
                1,
                reserved);
    }

    private Candidates candidates(Wanted wanted, int limit) {
        return cases.as(() -> matching.candidatesFor(wanted, limit));
    }

    private static List<UUID> ids(Candidates c) {
        return c.candidates().stream().map(Candidate::personId).toList();
    }

    @Test
    void theProfileFollowsTheOccupationAndTheConsentAndWithoutConsentThePersonIsNeverListed() {
        String gardener = "6.2.1.2.0";
        UUID person = personWanting("Giardini", gardener);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(store.find(person))
                        .hasValueSatisfying(
                                p -> assertThat(p.desiredProfessions()).containsExactly(gardener)));
        var found = candidates(vacancy(gardener, false), 10);
        assertThat(found.widening()).isEqualTo(Widening.REGION); // one person: the search widened to the end
        var candidate = found.candidates().stream()
                .filter(c -> c.personId().equals(person))
                .findFirst()
                .orElseThrow();
        assertThat(candidate.centreCode()).isEqualTo(cases.centre);
        assertThat(candidate.ageBand()).isEqualTo("30-39");
        assertThat(candidate.explanation().reasons())
                .extracting(Note::key)
                .contains("matching.reason.profession.desired", "matching.reason.place.municipality");
        assertThat(candidate.explanation().gaps()).extracting(Note::key).contains("matching.gap.cv.none");

        // availability: part time only, so a full-time vacancy is a gap
        cases.as(() -> occupations.saveAvailability(
                person,
                0,
                new Availability.Command(Availability.Hours.PART_TIME, Availability.Travel.PROVINCE, List.of())));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(store.find(person))
                        .hasValueSatisfying(p -> assertThat(p.hours()).isEqualTo(Availability.Hours.PART_TIME)));

        cases.as(() -> intakes.recordConsent(person, ConsentState.WITHDRAWN));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(store.find(person))
                        .hasValueSatisfying(p -> assertThat(p.consentGiven()).isFalse()));
        assertThat(ids(candidates(vacancy(gardener, false), 10))).doesNotContain(person);
        assertThatThrownBy(() -> cases.as(() -> matching.score(person, List.of(vacancy(gardener, false)))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("matching.consent.not-given");
    }

    @Test
    void theSearchWidensToTheGroupThenTheClassAndSaysSo() {
        UUID exact = personWanting("Esatto", "6.5.2.2.1");
        UUID group = personWanting("Gruppo", "6.5.2.2.2");
        UUID klass = personWanting("Classe", "6.5.3.3.4"); // another class: 6.5.3
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(store.find(klass)).isPresent());
        var one = candidates(vacancy("6.5.2.2.1", false), 1);
        assertThat(one.widening()).isEqualTo(Widening.NONE);
        assertThat(ids(one)).containsExactly(exact);
        var two = candidates(vacancy("6.5.2.2.1", false), 2);
        assertThat(two.widening()).isEqualTo(Widening.PROFESSION_GROUP);
        assertThat(ids(two)).containsExactly(exact, group);
        assertThat(two.candidates().get(1).explanation().reasons())
                .extracting(Note::key)
                .contains("matching.reason.profession.group");
        // three asked, two in the class 6.5.2 however wide: the search went to the region and says so; the 6.5.3
        // person is in another class, never a candidate for this profession
        var three = candidates(vacancy("6.5.2.2.1", false), 3);
        assertThat(three.widening()).isEqualTo(Widening.REGION);
        assertThat(ids(three)).containsExactly(exact, group).doesNotContain(klass);
    }

    @Test
    void aVacancyReservedToL68ListsOnlyTheProtectedWhoAreNotToldApart() {
        String storekeeper = "4.3.2.1.0";
        UUID ordinary = personWanting("Ordinario", storekeeper);
        UUID protectedPerson = personWanting("Protetto", storekeeper);
        cases.as(() -> persons.updateSpecialCategoryData(
                protectedPerson, persons.view(protectedPerson).version(), new SpecialCategoryData(true, 67, null)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(store.find(protectedPerson))
                        .hasValueSatisfying(p -> assertThat(p.protectedL68()).isTrue()));
        assertThat(ids(candidates(vacancy(storekeeper, true), 50)))
                .contains(protectedPerson)
                .doesNotContain(ordinary);
        assertThat(ids(candidates(vacancy(storekeeper, false), 50))).contains(protectedPerson, ordinary);
    }

    @Test
    void aPersonsVacanciesAreRankedBestFirstAndAPastJobCounts() {
        String cook = "5.2.2.1.0";
        UUID person = personWanting("Cuoco", cook);
        cases.as(() -> persons.addWorkExperience(
                person,
                new WorkExperienceCommand(
                        "Trattoria", "5.2.2.4.0", LocalDate.of(2015, 1, 1), LocalDate.of(2019, 1, 1), null, null)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(store.find(person))
                        .hasValueSatisfying(p -> assertThat(p.professions()).contains("5.2.2.4.0")));
        var asCook = vacancy(cook, false);
        var asWaiter = vacancy("5.2.2.4.0", false);
        var asClerk = vacancy("4.2.2.1.0", false);
        var reserved = vacancy(cook, true);
        var fits = cases.as(() -> matching.score(person, List.of(asClerk, asWaiter, reserved, asCook)));
        assertThat(fits)
                .extracting(VacancyFit::vacancyId)
                .containsExactly(asCook.vacancyId(), asWaiter.vacancyId(), asClerk.vacancyId());
        assertThat(fits.get(1).explanation().reasons())
                .extracting(Note::key)
                .contains("matching.reason.profession.past", "matching.reason.experience");

        // a person not projected yet (the start-up rebuild still running) is projected on the spot, in a transaction
        // of its own that may write: the score is the same
        jdbc.update("delete from match_profile where person_id = ?", person);
        var again = cases.as(() -> matching.score(person, List.of(asClerk, asWaiter, reserved, asCook)));
        assertThat(again)
                .extracting(VacancyFit::vacancyId)
                .isEqualTo(fits.stream().map(VacancyFit::vacancyId).toList());
        assertThat(store.find(person)).isPresent();
    }

    @Test
    void onlyTheRolesOfMatchingMayAskAndOnlyAnAdministratorRebuilds() {
        assertThatThrownBy(() -> matching.candidatesFor(vacancy("5.2.2.1.0", false), 5))
                .isInstanceOf(CaseAccessDeniedException.class);
        assertThatThrownBy(() -> cases.as(() -> matching.rebuildProfiles()))
                .isInstanceOf(CaseAccessDeniedException.class);
    }

    @Test
    void theFullRebuildWritesEveryPersonsProfileAgain() {
        UUID person = personWanting("Ricostruito", "7.2.6.3.0");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(store.find(person)).isPresent());
        jdbc.update("delete from match_profile");
        assertThat(store.isEmpty()).isTrue();
        long written = projector.rebuildAll();
        assertThat(written).isEqualTo(persons.count());
        assertThat(store.find(person))
                .hasValueSatisfying(p -> assertThat(p.professions()).containsExactly("7.2.6.3.0"));
    }
}
