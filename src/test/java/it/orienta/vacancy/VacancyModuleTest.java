package it.orienta.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.Employers;
import it.orienta.OrientaModuleTest;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.DuplicateException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.vacancy.VacancyEvents.EmployerRegistered;
import it.orienta.vacancy.VacancyEvents.VacancyPublished;
import it.orienta.vacancy.VacancyEvents.VacancyStatusChanged;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.Upsert;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vacancy module with the modules it needs, on the embedded PostgreSQL: an employer per tax code, publishing and
 * moving a vacancy with its facts, the read API's query by units and groups, places and L. 68/99, the imports'
 * idempotent upsert, the daily closing of expired vacancies, and who may do what.
 */
@OrientaModuleTest
class VacancyModuleTest {

    @Autowired
    EmployerService employers;

    @Autowired
    VacancyService vacancies;

    @Autowired
    Vacancies reads;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    @Autowired
    JdbcTemplate jdbc;

    String matcher;
    String regional;

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
        String centre = "V" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        matcher = "pre" + centre.toLowerCase();
        regional = "reg" + centre.toLowerCase();
        for (var account : List.of(matcher, regional)) {
            organisation.createOperator(
                    new OrganisationService.OperatorCommand(
                            account,
                            "Module Test",
                            account + "@test.it",
                            EnumSet.of(account.equals(matcher) ? Role.MATCHING_OPERATOR : Role.REGIONAL),
                            Set.of(centre),
                            true),
                    "Module.Test.2026");
        }
    }

    static EmployerCommand employer(String taxCode, Source source, String externalId) {
        return new EmployerCommand(
                taxCode,
                "Trattoria Da Test",
                "56.10.11",
                "048017",
                "Via Roma 1",
                "",
                "",
                "",
                null,
                "",
                source,
                externalId);
    }

    static VacancyCommand vacancy(UUID employer, String profession, String municipality, LocalDate expiry) {
        return vacancy(employer, profession, municipality, expiry, Source.MANUAL, null, false);
    }

    static VacancyCommand vacancy(
            UUID employer,
            String profession,
            String municipality,
            LocalDate expiry,
            Source source,
            String externalId,
            boolean reserved) {
        return new VacancyCommand(
                employer,
                profession,
                "Aiuto cuoco",
                "",
                1,
                municipality,
                ContractType.SEASONAL,
                WorkingTime.SHIFTS,
                null,
                LocalDate.now().minusDays(1),
                expiry,
                null,
                reserved,
                source,
                externalId);
    }

    @Test
    void anEmployerIsRegisteredOnceAndItsFactPublished(Scenario scenario) {
        String code = Employers.partitaIva();
        scenario.stimulate(() -> organisation.runAs(matcher, () -> employers.register(employer(code, null, null))))
                .andWaitForEventOfType(EmployerRegistered.class)
                .matching(e -> e.taxCode().equals(code))
                .toArriveAndVerify(e -> assertThat(e.actor().username()).isEqualTo(matcher));
        var view = employers.get(employers.search(code, 0).rows().getFirst().id());
        assertThat(view.atecoDivision()).isEqualTo("56");
        assertThat(view.provinceCode()).isEqualTo("FI");
        assertThatThrownBy(() -> organisation.runAs(matcher, () -> employers.register(employer(code, null, null))))
                .isInstanceOf(DuplicateException.class)
                .satisfies(
                        e -> assertThat(((RuleViolationException) e).code()).isEqualTo("employer.tax-code.duplicate"));
    }

    @Test
    void aVacancyIsPublishedMovedAndClosedWithItsHistoryAndFacts(Scenario scenario) {
        var employer =
                organisation.runAs(matcher, () -> employers.register(employer(Employers.partitaIva(), null, null)));
        var published = new VacancyView[1];
        scenario.stimulate(() -> published[0] = organisation.runAs(
                        matcher,
                        () -> vacancies.publish(vacancy(
                                employer.id(),
                                "5.2.2.3.2",
                                "048017",
                                LocalDate.now().plusDays(20)))))
                .andWaitForEventOfType(VacancyPublished.class)
                .matching(e -> e.vacancyId().equals(published[0].id()))
                .toArriveAndVerify(e -> assertThat(e.status()).isEqualTo(Status.OPEN));
        var v = published[0];
        assertThat(v.employerName()).isEqualTo("Trattoria Da Test");
        assertThat(v.provinceCode()).isEqualTo("FI");
        var suspended = organisation.runAs(
                matcher, () -> vacancies.changeStatus(v.id(), v.version(), Status.SUSPENDED, "ferie", null));
        assertThatThrownBy(() -> organisation.runAs(
                        matcher, () -> vacancies.changeStatus(v.id(), v.version(), Status.OPEN, "", null)))
                .isInstanceOf(StaleVersionException.class);
        scenario.stimulate(() -> organisation.runAs(
                        matcher,
                        () -> vacancies.changeStatus(v.id(), suspended.version(), Status.OPEN, "riaperta", null)))
                .andWaitForEventOfType(VacancyStatusChanged.class)
                .matching(e -> e.vacancyId().equals(v.id()) && e.to() == Status.OPEN)
                .toArriveAndVerify(e -> assertThat(e.from()).isEqualTo(Status.SUSPENDED));
        assertThat(reads.history(v.id()))
                .extracting(VacancyView.StatusChange::to)
                .containsExactly(Status.OPEN, Status.SUSPENDED, Status.OPEN);
    }

    @Test
    void openVacanciesAreFoundByUnitOrGroupPlaceAndReservation() {
        var employer =
                organisation.runAs(matcher, () -> employers.register(employer(Employers.partitaIva(), null, null)));
        var inFlorence = organisation.runAs(
                matcher,
                () -> vacancies.publish(vacancy(
                        employer.id(), "5.2.2.3.1", "048017", LocalDate.now().plusDays(5))));
        var reserved = organisation.runAs(
                matcher,
                () -> vacancies.publish(vacancy(
                        employer.id(), "5.2.2.1.0", "048017", LocalDate.now().plusDays(5), Source.MANUAL, null, true)));
        var suspended = organisation.runAs(
                matcher,
                () -> vacancies.publish(vacancy(
                        employer.id(), "5.2.2.3.1", "048017", LocalDate.now().plusDays(5))));
        organisation.runAs(
                matcher, () -> vacancies.changeStatus(suspended.id(), suspended.version(), Status.SUSPENDED, "", null));
        var ids = List.of(inFlorence.id(), reserved.id(), suspended.id());

        assertThat(found(VacancyQuery.professions(Set.of("5.2.2.3.1"), 1000), ids))
                .containsExactly(inFlorence.id());
        assertThat(found(VacancyQuery.professions(Set.of("5.2.2.3"), 1000), ids))
                .containsExactly(inFlorence.id());
        assertThat(found(VacancyQuery.professions(Set.of("5.2.2"), 1000), ids))
                .containsExactlyInAnyOrder(inFlorence.id(), reserved.id());
        assertThat(found(VacancyQuery.professions(Set.of("5.2"), 1000), ids))
                .containsExactlyInAnyOrder(inFlorence.id(), reserved.id());
        assertThat(found(VacancyQuery.professions(Set.of("5.2.2"), 1000).reserved(false), ids))
                .containsExactly(inFlorence.id());
        assertThat(found(VacancyQuery.professions(Set.of("5.2.2"), 1000).reserved(true), ids))
                .containsExactly(reserved.id());
        assertThat(found(VacancyQuery.professions(Set.of("5.2.2"), 1000).inProvinces(Set.of("fi")), ids))
                .hasSize(2);
        assertThat(found(VacancyQuery.professions(Set.of("5.2.2"), 1000).inProvinces(Set.of("PI")), ids))
                .isEmpty();
        assertThat(found(VacancyQuery.professions(Set.of("5.2.2"), 1000).inMunicipalities(Set.of("048017")), ids))
                .hasSize(2);
        var near = new Vacancies.EmployerSearch(
                Set.of("5.2.2.3.1"), Set.of("5.2.2.3"), Set.of(), "048017", "FI", Set.of("FI", "PI"), 24, 100);
        assertThat(organisation.runAs(matcher, () -> reads.employersNear(near))).anySatisfy(h -> {
            assertThat(h.employerId()).isEqualTo(employer.id());
            assertThat(h.sameUnit()).isEqualTo(2); // the two waiters; the reserved one is another group
            assertThat(h.sameGroup()).isEqualTo(2);
            assertThat(h.sectorMatch()).isFalse();
            assertThat(h.distance()).isZero();
            assertThat(h.municipalityLabel()).isEqualTo("Firenze");
        });
        var elsewhere = new Vacancies.EmployerSearch(
                Set.of("5.2.2.3.1"), Set.of("5.2.2.3"), Set.of(), "048017", "FI", Set.of("PI"), 24, 100);
        assertThat(organisation.runAs(matcher, () -> reads.employersNear(elsewhere)))
                .noneSatisfy(h -> assertThat(h.employerId()).isEqualTo(employer.id()));
        var bySector = new Vacancies.EmployerSearch(
                Set.of("9.9.9.9.9"), Set.of("9.9.9.9"), Set.of("56"), null, null, Set.of("FI"), 24, 500);
        assertThat(organisation.runAs(matcher, () -> reads.employersNear(bySector)))
                .anySatisfy(h -> {
                    assertThat(h.employerId()).isEqualTo(employer.id());
                    assertThat(h.sameUnit()).isZero();
                    assertThat(h.sectorMatch()).isTrue();
                    assertThat(h.distance()).isEqualTo(2);
                });
    }

    /**
     * {@link Vacancies#open} is planned for its values (a generic plan walked every vacancy in publication order,
     * docs/performance.md), and only inside its own transaction: the connection goes back to the pool as it was.
     */
    @Test
    void openIsPlannedForItsValuesInsideItsTransactionOnly(@Autowired PlatformTransactionManager transactions) {
        var tx = new TransactionTemplate(transactions);
        String during = tx.execute(status -> {
            organisation.runAs(matcher, () -> reads.open(VacancyQuery.professions(Set.of("5.2.2.3.1"), 10)));
            return jdbc.queryForObject("show plan_cache_mode", String.class);
        });
        String after = tx.execute(status -> jdbc.queryForObject("show plan_cache_mode", String.class));
        assertThat(during).isEqualTo("force_custom_plan");
        assertThat(after).isEqualTo("auto");
    }

    private List<UUID> found(VacancyQuery query, List<UUID> among) {
        return organisation.runAs(matcher, () -> reads.open(query)).stream()
                .map(VacancyView::id)
                .filter(among::contains)
                .toList();
    }

    @Test
    void theImportsUpsertIsIdempotent() {
        String external = "EMP-" + UUID.randomUUID();
        var first = employers.upsertFromFeed(employer(Employers.partitaIva(), Source.REGIONAL_FEED, external));
        assertThat(first.what()).isEqualTo(Upsert.CREATED);
        String vacancyId = "VAC-" + UUID.randomUUID();
        var c = vacancy(
                first.id(),
                "5.2.2.3.2",
                "048017",
                LocalDate.now().plusDays(10),
                Source.REGIONAL_FEED,
                vacancyId,
                false);
        var created = vacancies.upsertFromFeed(c, Status.OPEN);
        assertThat(created.what()).isEqualTo(Upsert.CREATED);
        assertThat(vacancies.upsertFromFeed(c, Status.OPEN))
                .isEqualTo(new VacancyTerms.Upserted(created.id(), Upsert.UNCHANGED));
        var changed = new VacancyCommand(
                c.employerId(),
                c.professionCode(),
                c.title(),
                c.description(),
                4,
                c.municipalityCode(),
                c.contractType(),
                c.workingTime(),
                c.startDate(),
                c.publicationDate(),
                c.expiryDate(),
                c.requirements(),
                c.reservedL68(),
                c.source(),
                c.externalId());
        assertThat(vacancies.upsertFromFeed(changed, Status.OPEN).what()).isEqualTo(Upsert.UPDATED);
        assertThat(vacancies.upsertFromFeed(changed, Status.FILLED).what()).isEqualTo(Upsert.UPDATED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from vacancy where source = 'REGIONAL_FEED' and external_id = ?",
                        Long.class,
                        vacancyId))
                .isEqualTo(1);
        var v = vacancies.get(created.id());
        assertThat(v.posts()).isEqualTo(4);
        assertThat(v.status()).isEqualTo(Status.FILLED);
        assertThat(employers
                        .upsertFromFeed(employer(
                                first.id() == null
                                        ? ""
                                        : employers.get(first.id()).taxCode(),
                                Source.REGIONAL_FEED,
                                external))
                        .what())
                .isEqualTo(Upsert.UNCHANGED);
    }

    @Test
    void expiredVacanciesCloseThemselvesAsTheSystem() {
        var employer =
                organisation.runAs(matcher, () -> employers.register(employer(Employers.partitaIva(), null, null)));
        var v = organisation.runAs(
                matcher,
                () -> vacancies.publish(vacancy(
                        employer.id(), "5.2.2.3.2", "048017", LocalDate.now().plusDays(2))));
        assertThat(vacancies.closeExpired(LocalDate.now().plusDays(3))).isGreaterThanOrEqualTo(1);
        var closed = vacancies.get(v.id());
        assertThat(closed.status()).isEqualTo(Status.EXPIRED);
        assertThat(closed.version()).isEqualTo(v.version() + 1);
        assertThat(reads.history(v.id()).getLast()).satisfies(h -> {
            assertThat(h.from()).isEqualTo(Status.OPEN);
            assertThat(h.by()).isEqualTo(Actor.SYSTEM.displayName());
        });
        assertThat(vacancies.closeExpired(LocalDate.now().plusDays(3))).isZero();
    }

    @Test
    void regionalMonitorsNeitherReadNorChange() {
        assertThatThrownBy(() -> organisation.runAs(regional, () -> employers.search("", 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        organisation.runAs(regional, () -> reads.open(VacancyQuery.professions(Set.of("5.2.2"), 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.runAs(
                        regional, () -> employers.register(employer(Employers.partitaIva(), null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
