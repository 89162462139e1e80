package it.orienta.vacancy;

import it.orienta.reference.CodeSystem;
import it.orienta.reference.ProfessionGlossary;
import it.orienta.reference.ReferenceCode;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.vacancy.VacancyEvents.VacancyChanged;
import it.orienta.vacancy.VacancyEvents.VacancyStatusChanged;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.Upsert;
import it.orienta.vacancy.VacancyTerms.Upserted;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes and changes vacancies and moves them through their statuses: checks who may ({@link VacancyAccess}),
 * asks the glossary for the profession and the reference module for the municipality, lets the {@link Vacancy}
 * aggregate check its rules and transitions, saves, and publishes the fact ({@link VacancyEvents}). Changes of one
 * vacancy are taken one after the other (its row is locked), so the second of two changes read at the same version
 * is refused as stale, never lost. Imports call {@link #upsertFromFeed}; the daily job calls {@link #closeExpired}.
 */
@Service
public class VacancyService {

    private static final Logger log = LoggerFactory.getLogger(VacancyService.class);

    private final VacancyRepository vacancies;
    private final EmployerService employers;
    private final Vacancies reads;
    private final EntityManager entities;
    private final ProfessionGlossary glossary;
    private final ReferenceService reference;
    private final VacancyAccess access;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final VacancyPageUpsert pages;

    VacancyService(
            VacancyRepository vacancies,
            EmployerService employers,
            Vacancies reads,
            EntityManager entities,
            ProfessionGlossary glossary,
            ReferenceService reference,
            VacancyAccess access,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock,
            VacancyPageUpsert pages) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.reads = reads;
        this.entities = entities;
        this.glossary = glossary;
        this.reference = reference;
        this.access = access;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.pages = pages;
    }

    /** An item of an import's page: the vacancy as its source has it, and the status the source gives it. */
    public record FeedItem(VacancyCommand command, Status status) {}

    /** What the page-wide upsert did with an item: {@code upserted}, or the {@code refused} rule that left it out. */
    public record ItemResult(Upserted upserted, RuleViolationException refused) {}

    /** The vacancy, or 404. */
    @Transactional(readOnly = true)
    public VacancyView get(UUID id) {
        return reads.find(id).orElseThrow(() -> new NotFoundException("Vacancy", id));
    }

    /**
     * Publishes a vacancy (OPEN): a known employer, a current fifth-level profession, a title, posts ≥ 1, a known
     * municipality, contract and working time, publication and expiry (not before the publication, not past).
     */
    @Transactional
    public VacancyView publish(VacancyCommand command) {
        var actor = access.write();
        var c = command.normalised();
        String province = checked(c);
        if (c.expiryDate().isBefore(today())) {
            throw new RuleViolationException("vacancy.expiry.past", "expiryDate", c.expiryDate());
        }
        if (c.externalId() != null) {
            lock(c.source(), c.externalId());
            var other = vacancies.findBySourceAndExternalId(c.source(), c.externalId());
            if (other.isPresent()) {
                throw new DuplicateException(
                        "vacancy.external-id.duplicate",
                        "externalId",
                        "/vacancies/" + other.get().id(),
                        other.get().title());
            }
        }
        return get(create(c, province, actor).id());
    }

    /** Changes a vacancy read at {@code version}; a stale one answers 409 with the current state. */
    @Transactional
    public VacancyView change(UUID id, long version, VacancyCommand command) {
        var actor = access.write();
        var vacancy = loadAt(id, version);
        var c = keepOrigin(command.normalised(), vacancy);
        String province = checked(c);
        apply(vacancy, c, province, actor);
        return get(id);
    }

    /**
     * Moves a vacancy read at {@code version} to {@code to} (OPEN ↔ SUSPENDED, → FILLED or WITHDRAWN, an EXPIRED one
     * re-opened with {@code newExpiry}), with the reason for the history.
     */
    @Transactional
    public VacancyView changeStatus(UUID id, long version, Status to, String reason, LocalDate newExpiry) {
        var actor = access.write();
        var vacancy = loadAt(id, version);
        transition(vacancy, to, reason, newExpiry, actor);
        return get(id);
    }

    /**
     * Every refusal of a command, nothing saved (the CSV import checks each row before saving any): empty when
     * {@link #publish} would accept it but for an expiry already past.
     */
    @Transactional(readOnly = true)
    public List<RuleViolationException.Violation> check(VacancyCommand command) {
        access.write();
        try {
            checked(command.normalised());
            return List.of();
        } catch (RuleViolationException refused) {
            return refused.violations();
        }
    }

    /**
     * The import's idempotent write (the regional feed, a CSV): the vacancy known by ({@code source},
     * {@code externalId}) is changed to the command and moved to {@code status} when that differs (UPDATED, or
     * UNCHANGED when nothing is new), else it is published (CREATED; EXPIRED already when its expiry has passed, then
     * moved to {@code status} if that is FILLED or WITHDRAWN). A re-delivered vacancy never makes a second one; two
     * deliveries of the same vacancy at once are taken one after the other. A refusal (a rule, a transition the
     * aggregate does not allow) changes nothing.
     */
    @Transactional
    public Upserted upsertFromFeed(VacancyCommand command, Status status) {
        var actor = access.write();
        var c = command.normalised();
        if (c.source() == Source.MANUAL || c.externalId() == null) {
            throw new RuleViolationException("vacancy.external-id.required", "externalId");
        }
        String province = checked(c);
        lock(c.source(), c.externalId());
        var existing = vacancies.findBySourceAndExternalId(c.source(), c.externalId());
        if (existing.isEmpty()) {
            var created = create(c, province, actor);
            follow(created, status, c.expiryDate(), actor);
            return released(created, new Upserted(created.id(), Upsert.CREATED));
        }
        var vacancy = existing.get();
        boolean changed = apply(vacancy, c, province, actor);
        changed |= follow(vacancy, status, c.expiryDate(), actor);
        return released(vacancy, new Upserted(vacancy.id(), changed ? Upsert.UPDATED : Upsert.UNCHANGED));
    }

    /**
     * {@link #upsertFromFeed} for a whole page of an import, in one transaction and a handful of statements
     * ({@link VacancyPageUpsert}, ADR 0032): one result per item, in the page's order — what {@link #upsertFromFeed}
     * would have answered, or the refusal it would have thrown, which leaves that item out and the others in. Anything
     * else (the database away, a vacancy changed meanwhile by an operator) fails the whole page.
     */
    @Transactional
    public List<ItemResult> upsertPageFromFeed(List<FeedItem> items) {
        return pages.upsert(items, access.write());
    }

    /**
     * The vacancy written and let go of: an import that upserts a page of items in one transaction keeps no growing
     * persistence context, whose dirty check at every query made a page's cost grow with its square (ADR 0032).
     */
    private Upserted released(Vacancy vacancy, Upserted upserted) {
        entities.flush();
        entities.detach(vacancy);
        return upserted;
    }

    /**
     * Moves an imported vacancy to the status its source gives: EXPIRED only when its expiry has passed (the system's
     * closing); OPEN for an expired one re-opens it with the delivered expiry if that is not past, for a suspended one
     * past its expiry closes it; any other move is the aggregate's to allow or refuse.
     */
    private boolean follow(Vacancy v, Status wanted, LocalDate expiry, Actor actor) {
        var fact = VacancyPageUpsert.follow(v, wanted, expiry, today(), actor, Instant.now(clock));
        if (fact == null) {
            return false;
        }
        save(v);
        events.publishEvent(fact);
        return true;
    }

    /**
     * Closes every OPEN or SUSPENDED vacancy whose expiry is before {@code today}, in one statement, each with a row of
     * history by the system and a {@link VacancyStatusChanged} fact; returns how many. Rows another transaction holds
     * are skipped (the next run takes them).
     */
    @Transactional
    public int closeExpired(LocalDate today) {
        var now = Instant.now(clock);
        var closed = jdbc.sql("""
                        with due as (
                            select id, status from vacancy
                             where status in ('OPEN', 'SUSPENDED') and expiry_date < :today
                             for update skip locked),
                        closed as (
                            update vacancy v set status = 'EXPIRED', version = v.version + 1, updated_at = :now,
                                   updated_by = :by
                              from due where v.id = due.id
                            returning v.id, due.status as from_status),
                        history as (
                            insert into vacancy_status_change (id, vacancy_id, from_status, to_status, changed_at,
                                                               changed_by, reason)
                            select gen_random_uuid(), id, from_status, 'EXPIRED', :now, :by, 'expired' from closed)
                        select id, from_status from closed""")
                .param("today", today)
                .param("now", java.sql.Timestamp.from(now))
                .param("by", Actor.SYSTEM.displayName())
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), Status.valueOf(rs.getString(2))})
                .list();
        for (var row : closed) {
            events.publishEvent(new VacancyStatusChanged(
                    UUID.randomUUID(), Actor.SYSTEM, now, (UUID) row[0], (Status) row[1], Status.EXPIRED, "expired"));
        }
        return closed.size();
    }

    /** Today in Italy. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(Rome.ZONE));
    }

    // ---------------------------------------------------------------- internals

    private Vacancy create(VacancyCommand c, String province, Actor actor) {
        var now = Instant.now(clock);
        var vacancy = new Vacancy(c, province, today(), actor.displayName(), now);
        entities.persist(vacancy);
        entities.flush();
        events.publishEvent(VacancyPageUpsert.published(vacancy, actor, now));
        return vacancy;
    }

    private boolean apply(Vacancy vacancy, VacancyCommand c, String province, Actor actor) {
        var now = Instant.now(clock);
        var changed = vacancy.change(c, province, today(), actor.displayName(), now);
        if (changed.isEmpty()) {
            return false;
        }
        save(vacancy);
        events.publishEvent(
                new VacancyChanged(UUID.randomUUID(), actor, now, vacancy.id(), vacancy.title(), List.copyOf(changed)));
        return true;
    }

    private boolean transition(Vacancy vacancy, Status to, String reason, LocalDate newExpiry, Actor actor) {
        var now = Instant.now(clock);
        var from = vacancy.changeStatus(to, reason, newExpiry, today(), actor.displayName(), now);
        if (from == null) {
            return false;
        }
        save(vacancy);
        events.publishEvent(new VacancyStatusChanged(
                UUID.randomUUID(), actor, now, vacancy.id(), from, to, reason == null ? "" : reason.strip()));
        return true;
    }

    private void save(Vacancy vacancy) {
        try {
            vacancies.saveAndFlush(vacancy);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(vacancy.version() + 1, null);
        }
    }

    /** The vacancy with its row locked, at the version read, else 409 with the current state. */
    private Vacancy loadAt(UUID id, long version) {
        var vacancy = vacancies.findForUpdate(id).orElseThrow(() -> new NotFoundException("Vacancy", id));
        if (vacancy.version() != version) {
            throw new StaleVersionException(vacancy.version(), reads.find(id).orElse(null));
        }
        return vacancy;
    }

    /** A change keeps where the vacancy came from. */
    private static VacancyCommand keepOrigin(VacancyCommand c, Vacancy v) {
        return new VacancyCommand(
                c.employerId(),
                c.professionCode(),
                c.title(),
                c.description(),
                c.posts(),
                c.municipalityCode(),
                c.contractType(),
                c.workingTime(),
                c.startDate(),
                c.publicationDate(),
                c.expiryDate(),
                c.requirements(),
                c.reservedL68(),
                v.source(),
                v.externalId());
    }

    /** Checks the command (every refusal at once); returns the municipality's province. */
    private String checked(VacancyCommand c) {
        var municipality = c.municipalityCode().isEmpty()
                ? Optional.<ReferenceCode>empty()
                : reference.find(CodeSystem.MUNICIPALITY, c.municipalityCode());
        Vacancy.validate(c, employers.exists(c.employerId()), profession(c.professionCode()), municipality.isPresent());
        return municipality.map(ReferenceCode::province).orElse(null);
    }

    private Vacancy.Profession profession(String code) {
        if (code == null || code.isBlank()) {
            return Vacancy.Profession.UNKNOWN;
        }
        if (glossary.unit(code).isPresent()) {
            return Vacancy.Profession.UNIT;
        }
        return reference
                .find(CodeSystem.PROFESSION, code)
                .filter(r -> !r.retired())
                .map(r -> Vacancy.Profession.NOT_UNIT)
                .orElse(Vacancy.Profession.UNKNOWN);
    }

    private void lock(Source source, String externalId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", VacancyPageUpsert.key(source, externalId))
                .query((rs, i) -> 1)
                .list();
    }

    /**
     * The daily closing of expired vacancies at 00:30 Rome, on one node of a cluster (ShedLock, ADR 0023); a missed
     * run is made up by the next (it takes every vacancy past its expiry). Off with
     * {@code orienta.vacancy.scheduling.enabled=false}.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "orienta.vacancy.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final VacancyService vacancies;

        Schedule(VacancyService vacancies) {
            this.vacancies = vacancies;
        }

        @Scheduled(cron = "${orienta.vacancy.scheduling.expiry-cron:0 30 0 * * *}", zone = "Europe/Rome")
        @SchedulerLock(
                name = "vacancy-expiry",
                lockAtMostFor = "PT1H",
                lockAtLeastFor = "${orienta.cluster.lock-at-least-for:PT5M}")
        void closeExpired() {
            log.info(
                    "Scheduled job vacancy-expiry ran: {} vacancies expired",
                    vacancies.closeExpired(vacancies.today()));
        }
    }
}
