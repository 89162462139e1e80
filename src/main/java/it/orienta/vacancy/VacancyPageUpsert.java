package it.orienta.vacancy;

import it.orienta.reference.CodeSystem;
import it.orienta.reference.ProfessionGlossary;
import it.orienta.reference.ReferenceCode;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.DomainEvent;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.vacancy.VacancyEvents.VacancyChanged;
import it.orienta.vacancy.VacancyEvents.VacancyPublished;
import it.orienta.vacancy.VacancyEvents.VacancyStatusChanged;
import it.orienta.vacancy.VacancyService.FeedItem;
import it.orienta.vacancy.VacancyService.ItemResult;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.Upsert;
import it.orienta.vacancy.VacancyTerms.Upserted;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The import's page-wide upsert behind {@link VacancyService#upsertPageFromFeed} (ADR 0032): the same result, item by
 * item, as {@link VacancyService#upsertFromFeed} — the same rules ({@link Vacancy#validate}, {@link Vacancy#change},
 * {@link Vacancy#changeStatus}, {@link Vacancy#expire}), the same advisory locks, one fact per change — at the cost of
 * a handful of statements for the whole page instead of about twelve per vacancy:
 *
 * <ol>
 *   <li>the page's municipalities, professions and employers in four queries, every item checked in memory;
 *   <li>the advisory locks of the page's vacancies in one statement, by lock key (two nodes importing overlapping
 *       pages take them in the same order: one waits, neither deadlocks), then the page's known vacancies with their
 *       languages in one query;
 *   <li>each item changed in memory, its facts published when the whole item went through; a refused item leaves
 *       nothing behind (a new one is never persisted, a known one is detached and read again), the others go on;
 *   <li>one flush for the page (Hibernate's JDBC batches send the inserts and updates together), then the persistence
 *       context is cleared.
 * </ol>
 */
@Component
class VacancyPageUpsert {

    private final EntityManager entities;
    private final ProfessionGlossary glossary;
    private final ReferenceService reference;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    VacancyPageUpsert(
            EntityManager entities,
            ProfessionGlossary glossary,
            ReferenceService reference,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.entities = entities;
        this.glossary = glossary;
        this.reference = reference;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs in the caller's transaction; one result per item, in the page's order. */
    List<ItemResult> upsert(List<FeedItem> items, Actor actor) {
        var now = Instant.now(clock);
        var today = LocalDate.now(clock.withZone(Rome.ZONE));
        var commands = items.stream().map(i -> i.command().normalised()).toList();
        var results = new ItemResult[items.size()];

        // what the page refers to, for all its items at once
        var municipalities = reference.findAll(
                CodeSystem.MUNICIPALITY,
                commands.stream().map(VacancyCommand::municipalityCode).toList());
        var professions = professions(commands);
        var employers = knownEmployers(commands);
        var keys = new TreeSet<String>();
        for (int i = 0; i < commands.size(); i++) {
            var c = commands.get(i);
            try {
                if (c.source() == Source.MANUAL || c.externalId() == null) {
                    throw new RuleViolationException("vacancy.external-id.required", "externalId");
                }
                Vacancy.validate(
                        c,
                        employers.contains(c.employerId()),
                        professions.getOrDefault(c.professionCode(), Vacancy.Profession.UNKNOWN),
                        municipalities.containsKey(c.municipalityCode()));
                keys.add(key(c.source(), c.externalId()));
            } catch (RuleViolationException refused) {
                results[i] = new ItemResult(null, refused);
            }
        }
        lock(keys);
        var known = known(commands, results);

        var seen = new HashSet<String>();
        for (int i = 0; i < commands.size(); i++) {
            if (results[i] != null) {
                continue;
            }
            var c = commands.get(i);
            String key = key(c.source(), c.externalId());
            if (!seen.add(key)) {
                entities.flush(); // the same vacancy again: its first delivery written, so a refusal undoes only this
                // one
            }
            String province = municipalities.get(c.municipalityCode()).province();
            var vacancy = known.get(key);
            var facts = new ArrayList<DomainEvent>(2);
            try {
                if (vacancy == null) {
                    var created = new Vacancy(c, province, today, actor.displayName(), now);
                    facts.add(published(created, actor, now));
                    addIfAny(facts, follow(created, items.get(i).status(), c.expiryDate(), today, actor, now));
                    entities.persist(created);
                    known.put(key, created);
                    results[i] = new ItemResult(new Upserted(created.id(), Upsert.CREATED), null);
                } else {
                    var changed = vacancy.change(c, province, today, actor.displayName(), now);
                    if (!changed.isEmpty()) {
                        facts.add(new VacancyChanged(
                                UUID.randomUUID(), actor, now, vacancy.id(), vacancy.title(), List.copyOf(changed)));
                    }
                    addIfAny(facts, follow(vacancy, items.get(i).status(), c.expiryDate(), today, actor, now));
                    var what = facts.isEmpty() ? Upsert.UNCHANGED : Upsert.UPDATED;
                    results[i] = new ItemResult(new Upserted(vacancy.id(), what), null);
                }
            } catch (RuleViolationException refused) {
                if (vacancy != null) {
                    // its content may have changed before its move was refused: let go of both, read it again
                    entities.detach(vacancy);
                    known.put(key, entities.find(Vacancy.class, vacancy.id()));
                }
                results[i] = new ItemResult(null, refused);
                continue;
            }
            facts.forEach(events::publishEvent);
        }
        entities.flush();
        entities.clear();
        return Arrays.asList(results);
    }

    /**
     * The status an import asks for, as the aggregate allows it (shared with the item-by-item upsert): EXPIRED only
     * when the expiry has passed (the system's closing); OPEN for an expired one re-opens it with the delivered expiry
     * if that is not past, for a running one past its expiry closes it; any other move is the aggregate's to allow or
     * refuse. Returns the fact, or {@code null} when the vacancy is already there.
     */
    static VacancyStatusChanged follow(
            Vacancy v, Status wanted, LocalDate expiry, LocalDate today, Actor actor, Instant now) {
        if (wanted == null || wanted == v.status()) {
            return null;
        }
        var from = v.status();
        boolean past = expiry.isBefore(today);
        if (wanted == Status.EXPIRED || (wanted == Status.OPEN && past)) {
            return v.expire(today, actor.displayName(), now)
                    ? new VacancyStatusChanged(UUID.randomUUID(), actor, now, v.id(), from, Status.EXPIRED, "expired")
                    : null;
        }
        var newExpiry = wanted == Status.OPEN && from == Status.EXPIRED ? expiry : null;
        return v.changeStatus(wanted, "", newExpiry, today, actor.displayName(), now) == null
                ? null
                : new VacancyStatusChanged(UUID.randomUUID(), actor, now, v.id(), from, wanted, "");
    }

    /** The fact of a new vacancy (OPEN, or EXPIRED when delivered after its expiry). */
    static VacancyPublished published(Vacancy v, Actor actor, Instant now) {
        return new VacancyPublished(
                UUID.randomUUID(),
                actor,
                now,
                v.id(),
                v.employerId(),
                v.professionCode(),
                v.title(),
                v.status(),
                v.source());
    }

    /** The advisory lock key of a vacancy's (source, external id), the same as the item-by-item upsert's. */
    static String key(Source source, String externalId) {
        return "vacancy-external:" + source + ":" + externalId;
    }

    private static void addIfAny(List<DomainEvent> facts, DomainEvent fact) {
        if (fact != null) {
            facts.add(fact);
        }
    }

    /** What each profession code of the page names: a unit, a code of another level, or nothing (two queries). */
    private Map<String, Vacancy.Profession> professions(List<VacancyCommand> commands) {
        var codes = commands.stream()
                .map(VacancyCommand::professionCode)
                .filter(code -> !code.isEmpty())
                .collect(Collectors.toSet());
        var units = glossary.units(codes);
        var result = new HashMap<String, Vacancy.Profession>();
        units.forEach(code -> result.put(code, Vacancy.Profession.UNIT));
        var others = codes.stream().filter(code -> !units.contains(code)).toList();
        reference.findAll(CodeSystem.PROFESSION, others).values().stream()
                .filter(r -> !r.retired())
                .map(ReferenceCode::code)
                .forEach(code -> result.put(code, Vacancy.Profession.NOT_UNIT));
        return result;
    }

    /** The page's employers that exist (one query). */
    private Set<UUID> knownEmployers(List<VacancyCommand> commands) {
        var ids = commands.stream()
                .map(VacancyCommand::employerId)
                .filter(Objects::nonNull)
                .map(UUID::toString)
                .distinct()
                .toArray(String[]::new);
        if (ids.length == 0) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from employer where id = any (cast(:ids as uuid[]))")
                .param("ids", ids)
                .query(UUID.class)
                .list());
    }

    /** The page's advisory locks in one statement, in the order of their lock ids (whoever takes them). */
    private void lock(Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        select count(pg_advisory_xact_lock(h))
                          from (select distinct hashtextextended(k, 0) as h
                                  from unnest(cast(:keys as text[])) as u(k)
                                 order by h) as page""")
                .param("keys", keys.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    /** The page's known vacancies (checked items only) with their languages, by lock key: one query per source. */
    private Map<String, Vacancy> known(List<VacancyCommand> commands, ItemResult[] results) {
        var bySource = new HashMap<Source, Set<String>>();
        for (int i = 0; i < commands.size(); i++) {
            if (results[i] == null) {
                var c = commands.get(i);
                bySource.computeIfAbsent(c.source(), s -> new HashSet<>()).add(c.externalId());
            }
        }
        var known = new HashMap<String, Vacancy>();
        bySource.forEach((source, ids) -> entities.createQuery(
                        "select v from Vacancy v left join fetch v.languages"
                                + " where v.source = :source and v.externalId in :ids",
                        Vacancy.class)
                .setParameter("source", source)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(v -> known.put(key(v.source(), v.externalId()), v)));
        return known;
    }
}
