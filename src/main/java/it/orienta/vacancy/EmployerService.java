package it.orienta.vacancy;

import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceCode;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.SearchText;
import it.orienta.system.StaleVersionException;
import it.orienta.vacancy.VacancyEvents.EmployerChanged;
import it.orienta.vacancy.VacancyEvents.EmployerRegistered;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Upsert;
import it.orienta.vacancy.VacancyTerms.Upserted;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and changes employers, one record per tax code: checks who may ({@link VacancyAccess}), asks the
 * reference module for the municipality and this module's ATECO table for the division, lets the {@link Employer}
 * check its rules, saves, and publishes the fact. A second employer with a tax code already registered is refused
 * with 409 {@code employer.tax-code.duplicate} naming the existing one. Imports call {@link #upsertFromFeed}.
 */
@Service
public class EmployerService {

    static final int PAGE_SIZE = 25;

    private static final String COLUMNS = """
            e.id, e.tax_code, e.name, e.ateco_code, e.ateco_division, a.label_it, a.label_en, e.municipality_code,
            m.display, e.province_code, e.address, e.email, e.phone, e.contact_person, e.size_band, e.notes,
            e.source, e.external_id, e.created_at, e.created_by, e.updated_at, e.updated_by, e.version""";
    private static final String FROM = " " + """
             from employer e
             join ateco_code a on a.code = e.ateco_division
             left join reference_label_v m on m.code_system = 'MUNICIPALITY' and m.code = e.municipality_code""";

    private final EmployerRepository employers;
    private final EntityManager entities;
    private final ReferenceService reference;
    private final VacancyAccess access;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    EmployerService(
            EmployerRepository employers,
            EntityManager entities,
            ReferenceService reference,
            VacancyAccess access,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.employers = employers;
        this.entities = entities;
        this.reference = reference;
        this.access = access;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An ATECO 2007 section (level 1, a letter) or division (level 2, two digits) with its label. */
    public record AtecoCode(String code, int level, String section, String label) {}

    /** A page of employers, by name. */
    public record Page(List<EmployerView> rows, int page, boolean hasMore) {}

    /** The employer, or 404. */
    @Transactional(readOnly = true)
    public EmployerView get(UUID id) {
        access.read();
        return find(id).orElseThrow(() -> new NotFoundException("Employer", id));
    }

    /** The employer the regional system (or a CSV) knows by {@code externalId}, if registered. */
    @Transactional(readOnly = true)
    public Optional<UUID> idOf(Source source, String externalId) {
        access.read();
        // a query of the id, not of the aggregate: an import asks it for every vacancy (no entity to keep)
        return jdbc.sql("select id from employer where source = :source and external_id = :external")
                .param("source", source.name())
                .param("external", externalId)
                .query(UUID.class)
                .optional();
    }

    /** {@link #idOf} for a page of an import: the registered ones of {@code externalIds}, in one query. */
    @Transactional(readOnly = true)
    public java.util.Map<String, UUID> idsOf(Source source, java.util.Collection<String> externalIds) {
        access.read();
        var wanted = externalIds.stream()
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toArray(String[]::new);
        var ids = new java.util.HashMap<String, UUID>();
        if (wanted.length > 0) {
            jdbc.sql("select external_id, id from employer where source = :source and external_id = any (:external)")
                    .param("source", source.name())
                    .param("external", wanted)
                    .query(rs -> {
                        ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return ids;
    }

    /** Employers whose name or tax code holds {@code text} (all when blank), by name, {@value #PAGE_SIZE} a page. */
    @Transactional(readOnly = true)
    public Page search(String text, int page) {
        access.read();
        int p = Math.min(Math.max(page, 0), 100_000); // no offset overflow
        String q = text == null ? "" : text.strip();
        var rows = jdbc.sql("select " + COLUMNS + FROM
                        + " where (:q = '' or e.tax_code = upper(:q) or lower(e.name) like :like escape '\\')"
                        + " order by lower(e.name), e.id limit :limit offset :offset")
                .param("q", q)
                .param("like", "%" + SearchText.escapeLike(q.toLowerCase(Locale.ROOT)) + "%")
                .param("limit", PAGE_SIZE + 1)
                .param("offset", p * PAGE_SIZE)
                .query(EmployerService::row)
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, p, more);
    }

    /** The ATECO 2007 sections and divisions, in the classification's order, labelled in {@code locale}. */
    @Transactional(readOnly = true)
    public List<AtecoCode> ateco(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return jdbc.sql("select code, level, section, label_it, label_en from ateco_code order by section, level, code")
                .query((rs, i) ->
                        new AtecoCode(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(english ? 5 : 4)))
                .list();
    }

    /**
     * Registers an employer: a valid tax code not registered yet (409 {@code employer.tax-code.duplicate}), a name, an
     * ATECO code of a known division, a known municipality; a regional one with its external id.
     */
    @Transactional
    public EmployerView register(EmployerCommand command) {
        var actor = access.write();
        var c = command.normalised();
        String province = checked(c);
        lock("employer-tax-code:" + c.taxCode());
        refuseDuplicate(c.taxCode(), null);
        if (c.externalId() != null) {
            lock("employer-external:" + c.source() + ":" + c.externalId());
            refuseExternalDuplicate(c, null);
        }
        return find(create(c, province, actor).id()).orElseThrow();
    }

    /** Changes an employer read at {@code version}; a stale one answers 409 with the current state. */
    @Transactional
    public EmployerView change(UUID id, long version, EmployerCommand command) {
        var actor = access.write();
        var employer = employers.findForUpdate(id).orElseThrow(() -> new NotFoundException("Employer", id));
        if (employer.version() != version) {
            throw new StaleVersionException(employer.version(), find(id).orElse(null));
        }
        var c = keepOrigin(command.normalised(), employer);
        return apply(employer, c, checked(c), actor).orElseGet(() -> find(id).orElseThrow());
    }

    /**
     * The import's idempotent write (the regional feed, a CSV): the employer known by ({@code source},
     * {@code externalId}) is changed to the command (UPDATED, or UNCHANGED when it says nothing new), else the one
     * with the same tax code takes the external id, else a new one is registered (CREATED). Two imports of the same
     * employer at once are taken one after the other.
     */
    @Transactional
    public Upserted upsertFromFeed(EmployerCommand command) {
        var actor = access.write();
        var c = command.normalised();
        if (c.source() == Source.MANUAL || c.externalId() == null) {
            throw new RuleViolationException("employer.external-id.required", "externalId");
        }
        String province = checked(c);
        // both locks in one statement, in this order (the target list is evaluated left to right)
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:external, 0)),"
                        + " pg_advisory_xact_lock(hashtextextended(:tax, 0))")
                .param("external", "employer-external:" + c.source() + ":" + c.externalId())
                .param("tax", "employer-tax-code:" + c.taxCode())
                .query((rs, i) -> 1)
                .list();
        var byTaxCode = employers.findByTaxCode(c.taxCode());
        var existing = employers
                .findBySourceAndExternalId(c.source(), c.externalId())
                .or(() -> byTaxCode.filter(e -> e.externalId() == null));
        if (existing.isEmpty()) {
            refuseDuplicate(byTaxCode, null);
            return released(create(c, province, actor), Upsert.CREATED);
        }
        var employer = existing.get();
        refuseDuplicate(byTaxCode, employer.id());
        if (employer.externalId() == null) {
            jdbc.sql("update employer set source = :source, external_id = :external where id = :id")
                    .param("source", c.source().name())
                    .param("external", c.externalId())
                    .param("id", employer.id())
                    .update();
            entities.refresh(employer);
        }
        var changed = apply(employer, c, province, actor);
        return released(employer, changed.isPresent() ? Upsert.UPDATED : Upsert.UNCHANGED);
    }

    /**
     * Written and let go of: a page of the employers' feed in one transaction keeps no growing persistence context,
     * whose dirty check at every query grows with the page's square (as for vacancies, ADR 0032).
     */
    private Upserted released(Employer employer, Upsert what) {
        entities.flush();
        entities.detach(employer);
        return new Upserted(employer.id(), what);
    }

    // ---------------------------------------------------------------- internals

    /**
     * Every refusal of a command, nothing saved (the CSV import checks each row before saving any): empty when
     * {@link #register} would accept it but for the tax code's uniqueness.
     */
    @Transactional(readOnly = true)
    public List<RuleViolationException.Violation> check(EmployerCommand command) {
        access.read();
        try {
            checked(command.normalised());
            return List.of();
        } catch (RuleViolationException refused) {
            return refused.violations();
        }
    }

    /** The employer with this tax code (spaces and case ignored): the pages' employer field, the CSV import. */
    @Transactional(readOnly = true)
    public Optional<UUID> idByTaxCode(String taxCode) {
        if (taxCode == null || taxCode.isBlank()) {
            return Optional.empty();
        }
        return employers
                .findByTaxCode(taxCode.replaceAll("[\\s\\p{Zs}]+", "").toUpperCase(Locale.ROOT))
                .map(Employer::id);
    }

    /** Package-private for VacancyService: the employer exists. */
    boolean exists(UUID id) {
        return id != null && employers.existsById(id);
    }

    private Employer create(EmployerCommand c, String province, Actor actor) {
        var now = Instant.now(clock);
        var employer = new Employer(c, province, actor.displayName(), now);
        entities.persist(employer);
        entities.flush();
        events.publishEvent(new EmployerRegistered(
                UUID.randomUUID(), actor, now, employer.id(), employer.taxCode(), employer.name(), c.source()));
        return employer;
    }

    private Optional<EmployerView> apply(Employer employer, EmployerCommand c, String province, Actor actor) {
        if (!c.taxCode().equals(employer.taxCode())) {
            lock("employer-tax-code:" + c.taxCode());
            refuseDuplicate(c.taxCode(), employer.id());
        }
        var now = Instant.now(clock);
        var changed = employer.change(c, province, actor.displayName(), now);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        try {
            employers.saveAndFlush(employer);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(employer.version() + 1, null);
        }
        events.publishEvent(new EmployerChanged(
                UUID.randomUUID(), actor, now, employer.id(), employer.name(), List.copyOf(changed)));
        return find(employer.id());
    }

    /** A change keeps where the employer came from: the command's source and external id are not the page's. */
    private static EmployerCommand keepOrigin(EmployerCommand c, Employer e) {
        return new EmployerCommand(
                c.taxCode(),
                c.name(),
                c.atecoCode(),
                c.municipalityCode(),
                c.address(),
                c.email(),
                c.phone(),
                c.contactPerson(),
                c.sizeBand(),
                c.notes(),
                e.source(),
                e.externalId());
    }

    /** Checks the command (every refusal at once); returns the municipality's province. */
    private String checked(EmployerCommand c) {
        var municipality = c.municipalityCode().isEmpty()
                ? Optional.<ReferenceCode>empty()
                : reference.find(CodeSystem.MUNICIPALITY, c.municipalityCode());
        String division = Employer.division(c.atecoCode());
        boolean ateco = division != null
                && jdbc.sql("select count(*) from ateco_code where code = :code and level = 2")
                                .param("code", division)
                                .query(Long.class)
                                .single()
                        > 0;
        Employer.validate(c, municipality.isPresent(), ateco);
        return municipality.map(ReferenceCode::province).orElse(null);
    }

    private void refuseDuplicate(String taxCode, UUID self) {
        refuseDuplicate(employers.findByTaxCode(taxCode), self);
    }

    /** Refuses {@code withTaxCode} (the employer found by the tax code) when it is not {@code self}. */
    private static void refuseDuplicate(Optional<Employer> withTaxCode, UUID self) {
        var other = withTaxCode.filter(e -> !e.id().equals(self));
        if (other.isPresent()) {
            throw new DuplicateException(
                    "employer.tax-code.duplicate",
                    "taxCode",
                    "/employers/" + other.get().id(),
                    other.get().name());
        }
    }

    private void refuseExternalDuplicate(EmployerCommand c, UUID self) {
        var other =
                employers.findBySourceAndExternalId(c.source(), c.externalId()).filter(e -> !e.id().equals(self));
        if (other.isPresent()) {
            throw new DuplicateException(
                    "employer.external-id.duplicate",
                    "externalId",
                    "/employers/" + other.get().id(),
                    other.get().name());
        }
    }

    /** A transaction-scoped advisory lock on a key: registrations of one tax code or external id, one at a time. */
    private void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", key)
                .query((rs, i) -> 1)
                .list();
    }

    Optional<EmployerView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where e.id = :id")
                .param("id", id)
                .query(EmployerService::row)
                .optional();
    }

    private static EmployerView row(ResultSet rs, int i) throws SQLException {
        boolean english = "en"
                .equals(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                        .getLanguage());
        String band = rs.getString(15);
        String municipality = rs.getString(9);
        String province = rs.getString(10);
        return new EmployerView(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(english ? 7 : 6),
                rs.getString(8),
                municipality == null ? rs.getString(8) : municipality + (province == null ? "" : " (" + province + ")"),
                province,
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                band == null ? null : VacancyTerms.SizeBand.valueOf(band),
                rs.getString(16),
                Source.valueOf(rs.getString(17)),
                rs.getString(18),
                rs.getTimestamp(19).toInstant(),
                rs.getString(20),
                rs.getTimestamp(21).toInstant(),
                rs.getString(22),
                rs.getLong(23));
    }
}
