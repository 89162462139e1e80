package it.orienta.vacancy;

import static it.orienta.vacancy.VacancyModuleTest.employer;
import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Employers;
import it.orienta.OrientaModuleTest;
import it.orienta.person.CefrLevel;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.DomainEvent;
import it.orienta.system.RuleViolationException;
import it.orienta.vacancy.VacancyEvents.VacancyChanged;
import it.orienta.vacancy.VacancyEvents.VacancyPublished;
import it.orienta.vacancy.VacancyEvents.VacancyStatusChanged;
import it.orienta.vacancy.VacancyService.FeedItem;
import it.orienta.vacancy.VacancyService.ItemResult;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.Upsert;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.PublishedEvents;

/**
 * The import's page-wide upsert ({@link VacancyService#upsertPageFromFeed}, ADR 0032) against the item-by-item one
 * ({@link VacancyService#upsertFromFeed}) on the same input, in two worlds of their own (external ids prefixed "A" and
 * "B"): the same answers, rows, history, languages and facts; a re-delivered page changes nothing; two threads
 * upserting the same page at once (in opposite orders) store each vacancy once and neither deadlocks.
 */
@OrientaModuleTest
class VacancyPageUpsertTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    EmployerService employers;

    @Autowired
    VacancyService vacancies;

    @Autowired
    ReferenceService reference;

    @Autowired
    JdbcTemplate jdbc;

    UUID employer;

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
        employer = employers
                .upsertFromFeed(employer(Employers.partitaIva(), Source.REGIONAL_FEED, "EMP-" + UUID.randomUUID()))
                .id();
    }

    /** A regional vacancy of this test's employer; the tests vary one field at a time. */
    VacancyCommand command(String externalId, int posts, LocalDate expiry, String description) {
        return new VacancyCommand(
                employer,
                "5.2.2.3.2",
                "Aiuto cuoco",
                description,
                posts,
                "048017",
                ContractType.SEASONAL,
                WorkingTime.SHIFTS,
                null,
                TODAY.minusDays(30),
                expiry,
                new VacancyView.Requirements(
                        3,
                        List.of(),
                        List.of(
                                new VacancyView.Language("en", CefrLevel.B1),
                                new VacancyView.Language("de", CefrLevel.A2)),
                        2),
                false,
                Source.REGIONAL_FEED,
                externalId);
    }

    /** What the regional system delivered before the page (each world gets it, item by item). */
    List<FeedItem> before(String w) {
        return List.of(
                new FeedItem(command(w + "-changed", 1, TODAY.plusDays(20), ""), Status.OPEN),
                new FeedItem(command(w + "-unchanged", 1, TODAY.plusDays(20), ""), Status.OPEN),
                new FeedItem(command(w + "-reopened", 1, TODAY.minusDays(2), ""), Status.EXPIRED),
                new FeedItem(command(w + "-expiring", 1, TODAY.plusDays(20), ""), Status.OPEN),
                new FeedItem(command(w + "-refused-move", 1, TODAY.minusDays(2), ""), Status.EXPIRED),
                new FeedItem(command(w + "-filled", 1, TODAY.plusDays(20), ""), Status.OPEN));
    }

    /** The page: new, changed, unchanged, re-opened, expired, refused items, and one vacancy twice. */
    List<FeedItem> page(String w) {
        var badProfession = command(w + "-refused-rule", 1, TODAY.plusDays(20), "");
        badProfession = new VacancyCommand(
                badProfession.employerId(),
                "9.9.9.9.9",
                badProfession.title(),
                badProfession.description(),
                badProfession.posts(),
                badProfession.municipalityCode(),
                badProfession.contractType(),
                badProfession.workingTime(),
                badProfession.startDate(),
                badProfession.publicationDate(),
                badProfession.expiryDate(),
                badProfession.requirements(),
                badProfession.reservedL68(),
                badProfession.source(),
                badProfession.externalId());
        return List.of(
                new FeedItem(command(w + "-new", 2, TODAY.plusDays(40), "nuovo"), Status.OPEN),
                new FeedItem(command(w + "-new-filled", 1, TODAY.plusDays(40), ""), Status.FILLED),
                new FeedItem(command(w + "-new-late", 1, TODAY.minusDays(1), ""), Status.OPEN),
                new FeedItem(command(w + "-changed", 3, TODAY.plusDays(20), "più posti"), Status.OPEN),
                new FeedItem(command(w + "-unchanged", 1, TODAY.plusDays(20), ""), Status.OPEN),
                new FeedItem(command(w + "-reopened", 1, TODAY.plusDays(15), ""), Status.OPEN),
                new FeedItem(command(w + "-expiring", 1, TODAY.plusDays(20), ""), Status.EXPIRED),
                // content changed, then a move the aggregate refuses (EXPIRED → SUSPENDED): nothing of it stays
                new FeedItem(command(w + "-refused-move", 1, TODAY.minusDays(2), "cambiata"), Status.SUSPENDED),
                new FeedItem(badProfession, Status.OPEN),
                new FeedItem(command(w + "-filled", 1, TODAY.plusDays(20), ""), Status.FILLED),
                new FeedItem(command(w + "-new", 5, TODAY.plusDays(40), "nuovo"), Status.OPEN));
    }

    /** One item at a time, each in its own transaction: the reference. */
    List<String> itemByItem(List<FeedItem> items) {
        var answers = new ArrayList<String>();
        for (var item : items) {
            try {
                answers.add(vacancies
                        .upsertFromFeed(item.command(), item.status())
                        .what()
                        .name());
            } catch (RuleViolationException refused) {
                answers.add(codes(refused));
            }
        }
        return answers;
    }

    List<String> pageWide(List<FeedItem> items) {
        return vacancies.upsertPageFromFeed(items).stream()
                .map(r -> r.refused() == null ? r.upserted().what().name() : codes(r.refused()))
                .toList();
    }

    static String codes(RuleViolationException refused) {
        return "refused " + refused.violations().stream().map(v -> v.code()).toList();
    }

    @Test
    void aPageGivesWhatItemByItemGivesRowsFactsAndAll(PublishedEvents events) {
        itemByItem(before("A"));
        itemByItem(before("B"));
        for (var w : List.of("A", "B")) { // time passes: the expiry of "expiring" is yesterday now
            jdbc.update(
                    "update vacancy set expiry_date = ? where source = 'REGIONAL_FEED' and external_id = ?",
                    TODAY.minusDays(1),
                    w + "-expiring");
        }
        var pageA = page("A").stream()
                .map(i -> i.command().externalId().endsWith("-expiring")
                        ? new FeedItem(command("A-expiring", 1, TODAY.minusDays(1), ""), Status.EXPIRED)
                        : i)
                .toList();
        var pageB = page("B").stream()
                .map(i -> i.command().externalId().endsWith("-expiring")
                        ? new FeedItem(command("B-expiring", 1, TODAY.minusDays(1), ""), Status.EXPIRED)
                        : i)
                .toList();

        var byItem = itemByItem(pageA);
        var byPage = pageWide(pageB);

        assertThat(byPage).isEqualTo(byItem);
        assertThat(byPage)
                .containsExactly(
                        "CREATED",
                        "CREATED",
                        "CREATED",
                        "UPDATED",
                        "UNCHANGED",
                        "UPDATED",
                        "UPDATED",
                        "refused [vacancy.status.transition]",
                        "refused [vacancy.profession.unknown]",
                        "UPDATED",
                        "UPDATED");
        for (var item : page("A")) {
            String a = item.command().externalId();
            String b = "B" + a.substring(1);
            assertThat(state(b)).as(b).isEqualTo(state(a));
            if (!a.endsWith("-refused-move")) { // item by item published its change, then rolled it back
                assertThat(facts(events, b)).as(b).isEqualTo(facts(events, a));
            }
        }
        assertThat(state("B-refused-move"))
                .contains("EXPIRED", "[null→EXPIRED]")
                .doesNotContain("cambiata");
        assertThat(facts(events, "B-expiring")).last().isEqualTo("VacancyStatusChanged OPEN→EXPIRED expired");
        assertThat(facts(events, "B-refused-move")).containsExactly("VacancyPublished EXPIRED Aiuto cuoco");
    }

    @Test
    void aRedeliveredPageChangesNothing() {
        var page = page("R-" + UUID.randomUUID()).stream()
                .filter(i -> !i.command().externalId().endsWith("-new")) // once each
                .toList();
        pageWide(page);
        var versions = versions(page);
        assertThat(pageWide(page)).allMatch(a -> a.equals("UNCHANGED") || a.startsWith("refused"));
        assertThat(versions(page)).isEqualTo(versions);
    }

    @Test
    void twoThreadsUpsertingTheSamePageAtOnceStoreEachVacancyOnce() throws Exception {
        String w = "T-" + UUID.randomUUID();
        var page = new ArrayList<FeedItem>();
        for (int i = 0; i < 60; i++) {
            page.add(new FeedItem(command(w + "-" + i, 1 + i % 3, TODAY.plusDays(10 + i), ""), Status.OPEN));
        }
        var reversed = page.reversed();
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> {
                barrier.await();
                return vacancies.upsertPageFromFeed(page);
            });
            var second = pool.submit(() -> {
                barrier.await();
                return vacancies.upsertPageFromFeed(reversed);
            });
            var one = first.get(60, TimeUnit.SECONDS);
            var other = second.get(60, TimeUnit.SECONDS).reversed();
            for (int i = 0; i < page.size(); i++) {
                assertThat(List.of(what(one.get(i)), what(other.get(i))))
                        .as("item " + i)
                        .containsExactlyInAnyOrder(Upsert.CREATED, Upsert.UNCHANGED);
            }
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from vacancy where source = 'REGIONAL_FEED' and external_id like ?",
                        Long.class,
                        w + "-%"))
                .isEqualTo(60L);
    }

    static Upsert what(ItemResult r) {
        assertThat(r.refused()).isNull();
        return r.upserted().what();
    }

    /**
     * The vacancy's row (but its id, times, external id and version: a page writes a vacancy once where item by item
     * wrote its content and then its status), its languages and its history, as text.
     */
    String state(String externalId) {
        var rows = jdbc.queryForList("""
                select v.id, v.employer_id, v.profession_code, v.title, v.description, v.posts, v.municipality_code,
                       v.province_code, v.contract_type, v.working_time, v.start_date, v.publication_date,
                       v.expiry_date, v.min_education_level, array_to_string(v.driving_licences, ','),
                       v.min_experience_years, v.reserved_l68, v.status, v.created_by, v.updated_by,
                       (select string_agg(l.language_code || ':' || l.level, ',' order by l.language_code)
                          from vacancy_language l where l.vacancy_id = v.id) as languages,
                       (select string_agg(coalesce(h.from_status, 'null') || '→' || h.to_status || ' ' || h.reason,
                                          ',' order by h.changed_at, h.from_status nulls first)
                          from vacancy_status_change h where h.vacancy_id = v.id) as history
                  from vacancy v where v.source = 'REGIONAL_FEED' and v.external_id = ?""", externalId);
        if (rows.isEmpty()) {
            return "none";
        }
        var row = new java.util.LinkedHashMap<>(rows.getFirst());
        row.remove("id");
        return row.toString() + " [" + row.get("history").toString().replace(" ", "") + "]";
    }

    /** The facts published about the vacancy, in order, without their ids and times. */
    List<String> facts(PublishedEvents events, String externalId) {
        var ids = jdbc.queryForList(
                "select id from vacancy where source = 'REGIONAL_FEED' and external_id = ?", UUID.class, externalId);
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID id = ids.getFirst();
        Function<DomainEvent, String> text = e -> switch (e) {
            case VacancyPublished p when p.vacancyId().equals(id) -> "VacancyPublished " + p.status() + " " + p.title();
            case VacancyChanged c when c.vacancyId().equals(id) -> "VacancyChanged " + c.fields();
            case VacancyStatusChanged s
            when s.vacancyId().equals(id) -> "VacancyStatusChanged " + s.from() + "→" + s.to() + " " + s.reason();
            default -> null;
        };
        return java.util.stream.StreamSupport.stream(
                        events.ofType(DomainEvent.class).spliterator(), false)
                .map(text)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    Map<String, Long> versions(List<FeedItem> page) {
        var versions = new java.util.TreeMap<String, Long>();
        for (var item : page) {
            jdbc.query(
                    "select version from vacancy where source = 'REGIONAL_FEED' and external_id = ?",
                    rs -> {
                        versions.put(item.command().externalId(), rs.getLong(1));
                    },
                    item.command().externalId());
        }
        return versions;
    }
}
