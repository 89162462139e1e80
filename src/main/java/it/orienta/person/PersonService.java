package it.orienta.person;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand.CleanText;
import it.orienta.person.PersonCommand.EducationTitleCommand;
import it.orienta.person.PersonCommand.WorkExperienceCommand;
import it.orienta.person.PersonEvents.PersonChanged;
import it.orienta.person.PersonEvents.PersonRegistered;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceCode;
import it.orienta.reference.ReferenceService;
import it.orienta.system.AuditAction;
import it.orienta.system.CaseAccess;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, changes, finds and shows persons; every rule of the registry is enforced here.
 *
 * <p>The registry is regional, the record is the case's (ADR 0017): any operator may register a person and search
 * the registry (identity only, with the centre that has each person in charge), while reading a person's record
 * and changing it obey {@link CaseAccess} — every read is audited once per request by the policy. Other modules
 * that only need to know that a person exists and who they are call {@link #identity(UUID)}, which checks nothing.
 */
@Service
public class PersonService {

    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final String ITALY = "100";

    private final PersonRepository persons;
    private final ReferenceService reference;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CaseAccess caseAccess;
    private final PersonSearch search;

    private final PersonReads reads;

    PersonService(
            PersonRepository persons,
            ReferenceService reference,
            CurrentActor current,
            ApplicationEventPublisher events,
            Validator validator,
            JdbcTemplate jdbc,
            Clock clock,
            CaseAccess caseAccess,
            PersonSearch search,
            PersonReads reads) {
        this.reads = reads;
        this.persons = persons;
        this.reference = reference;
        this.current = current;
        this.events = events;
        this.validator = validator;
        this.jdbc = jdbc;
        this.clock = clock;
        this.caseAccess = caseAccess;
        this.search = search;
    }

    /**
     * Registers a person: regional, any operator may (the registry must hold each person once, whoever meets them
     * first). Two registrations of one code (or of a code and its omocode) at the same time are taken one after the
     * other, so the second is refused as a duplicate like a later one.
     */
    @Transactional
    public PersonView register(PersonCommand command) {
        command = CleanText.person(command);
        validate(command);
        var taxCode = checkIdentity(command);
        lockTaxCode(taxCode);
        persons.findByTaxCodeCanonical(taxCode.canonical()).ifPresent(this::refuseDuplicate);
        var person = new Person(taxCode, command, current.actor().centreCode(), Instant.now(clock));
        persons.saveAndFlush(person);
        events.publishEvent(new PersonRegistered(
                UUID.randomUUID(),
                current.actor(),
                Instant.now(clock),
                person.id(),
                person.taxCode(),
                person.fullName(),
                List.of("taxCode", "firstName", "lastName", "sex", "birthDate")));
        return person.view();
    }

    /**
     * Changes identity and contacts, from the version the user saw: a change based on an older version (also when
     * two arrive at the same moment) is refused with the current state.
     */
    @Transactional
    public PersonView update(UUID id, long expectedVersion, PersonCommand command) {
        caseAccess.write(id);
        command = CleanText.person(command);
        var person = loadForUpdate(id);
        if (person.version() != expectedVersion) {
            throw new StaleVersionException(person.version(), person.view());
        }
        validate(command);
        var taxCode = checkIdentity(command);
        if (!taxCode.canonical().equals(person.taxCodeCanonical())) {
            lockTaxCode(taxCode);
        }
        persons.findByTaxCodeCanonical(taxCode.canonical())
                .filter(other -> !other.id().equals(id))
                .ifPresent(this::refuseDuplicate);
        var changed = person.apply(taxCode, command);
        if (!changed.isEmpty()) {
            save(person);
            publishChange(person, AuditAction.UPDATE, "Person", id, "details", changed, List.of());
        }
        return person.view();
    }

    @Transactional
    public PersonView.EducationTitleView addEducationTitle(UUID personId, EducationTitleCommand command) {
        caseAccess.write(personId);
        command = CleanText.educationTitle(command);
        validate(command);
        var violations = new ArrayList<Violation>();
        var title = reference.find(CodeSystem.EDUCATION_TITLE, command.titleCode());
        if (title.isEmpty()) {
            violations.add(Violation.of("reference.unknown-code", "titleCode", command.titleCode()));
        }
        requireKnown(CodeSystem.COUNTRY, command.countryCode(), "countryCode", violations);
        int thisYear = LocalDate.now(clock).getYear();
        if (command.year() != null && (command.year() < 1900 || command.year() > thisYear)) {
            violations.add(Violation.of("person.education.year-out-of-range", "year", thisYear));
        }
        throwIfAny(violations);
        var person = loadForUpdate(personId);
        var added = person.addEducationTitle(command);
        save(person);
        publishChange(
                person,
                AuditAction.CREATE,
                "EducationTitle",
                added.id(),
                "education",
                List.of("titleCode", "year", "institution", "countryCode"),
                List.of(title.get().display()));
        return added.view();
    }

    @Transactional
    public void removeEducationTitle(UUID personId, UUID titleId) {
        caseAccess.write(personId);
        var person = loadForUpdate(personId);
        if (!person.removeEducationTitle(titleId)) {
            throw new NotFoundException("EducationTitle", titleId);
        }
        save(person);
        publishChange(person, AuditAction.DELETE, "EducationTitle", titleId, "education", List.of(), List.of());
    }

    @Transactional
    public PersonView.WorkExperienceView addWorkExperience(UUID personId, WorkExperienceCommand command) {
        caseAccess.write(personId);
        command = CleanText.workExperience(command);
        validate(command);
        var violations = new ArrayList<Violation>();
        var profession = reference.find(CodeSystem.PROFESSION, command.professionCode());
        if (profession.isEmpty()) {
            violations.add(Violation.of("reference.unknown-code", "professionCode", command.professionCode()));
        }
        checkDate(command.fromDate(), "fromDate", violations);
        checkDate(command.toDate(), "toDate", violations);
        if (command.toDate() != null
                && command.fromDate() != null
                && command.toDate().isBefore(command.fromDate())) {
            violations.add(Violation.of("person.work.period-reversed", "toDate"));
        }
        if (command.sepSector() != null && (command.sepSector() < 1 || command.sepSector() > 24)) {
            violations.add(Violation.of("person.work.sep-unknown", "sepSector"));
        }
        throwIfAny(violations);
        var person = loadForUpdate(personId);
        var added = person.addWorkExperience(command);
        save(person);
        publishChange(
                person,
                AuditAction.CREATE,
                "WorkExperience",
                added.id(),
                "work",
                List.of("employer", "professionCode", "fromDate", "toDate", "sepSector"),
                List.of(command.employer().strip(), profession.get().display()));
        return added.view();
    }

    @Transactional
    public void removeWorkExperience(UUID personId, UUID workId) {
        caseAccess.write(personId);
        var person = loadForUpdate(personId);
        if (!person.removeWorkExperience(workId)) {
            throw new NotFoundException("WorkExperience", workId);
        }
        save(person);
        publishChange(person, AuditAction.DELETE, "WorkExperience", workId, "work", List.of(), List.of());
    }

    /**
     * A person's record (identity, contacts, education, work, languages, licences): read under the record-access
     * policy ({@code audit.what.person}), audited once per request. For a page of another module that shows the
     * record as part of the case. Who only needs to know who a person is calls {@link #identity(UUID)}.
     */
    @Transactional(readOnly = true)
    public PersonView view(UUID id) {
        caseAccess.read(id, "person");
        return reads.view(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    /**
     * A person's record read as part of {@code what} (a key of {@code audit.what.*}): the same as {@link #view}
     * with the audit entry naming what the user opened.
     */
    @Transactional(readOnly = true)
    public PersonView open(UUID id, String what) {
        caseAccess.read(id, what);
        return reads.view(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    /**
     * Who a person is — codice fiscale, names, birth date — with no access check and nothing audited: the regional
     * registry, for other modules that must know that the person exists (taking in charge a person followed by
     * another centre, a transfer request, a list's names). 404 when there is no such person.
     */
    @Transactional(readOnly = true)
    public PersonSummary identity(UUID id) {
        return summaries(List.of(id)).values().stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Person", id));
    }

    /**
     * The person's e-mail and mobile phone, only for delivering the messages Orienta itself sends them (an
     * administrator putting an undeliverable message back in the queue): not a read of the case, not audited, and
     * nothing of it is shown to the user.
     */
    @Transactional(readOnly = true)
    public Contacts contactsForDelivery(UUID id) {
        var person = load(id).view();
        return new Contacts(person.email(), person.mobilePhone());
    }

    /** Where messages to a person go. */
    public record Contacts(String email, String mobilePhone) {}

    /** Whether the current user's roles may see special-category data at all (the case's centre aside). */
    public boolean maySeeSpecialCategoryData() {
        return current.has(Role.OPERATOR) || current.has(Role.COORDINATOR);
    }

    /** Special-category data, under the record-access policy; every read is audited. */
    @Transactional(readOnly = true)
    public SpecialCategoryData specialCategoryData(UUID id) {
        caseAccess.read(id, "special-category-data");
        return load(id).special();
    }

    @Transactional
    public SpecialCategoryData updateSpecialCategoryData(UUID id, long expectedVersion, SpecialCategoryData data) {
        caseAccess.write(id);
        data = CleanText.special(data);
        validate(data);
        var person = loadForUpdate(id);
        if (person.version() != expectedVersion) {
            throw new StaleVersionException(person.version(), null);
        }
        var changed = person.applySpecial(data);
        if (!changed.isEmpty()) {
            save(person);
            // the timeline says that it changed, never what it says
            publishChange(person, AuditAction.UPDATE, "SpecialCategoryData", id, "special", changed, List.of());
        }
        return person.special();
    }

    /** The record of the person with this codice fiscale (omocodia ignored), read under the policy like {@link #view}. */
    @Transactional(readOnly = true)
    public Optional<PersonView> findByTaxCode(String raw) {
        TaxCode code;
        try {
            code = TaxCode.parse(raw);
        } catch (RuleViolationException e) {
            return Optional.empty();
        }
        var found = persons.findByTaxCodeCanonical(code.canonical());
        found.ifPresent(p -> caseAccess.read(p.id(), "person"));
        return found.map(Person::view);
    }

    /**
     * Finds persons by codice fiscale (exact, omocodia ignored), by surname and name, and by birth date; {@code size}
     * rows from {@code page} (0-based), one more fetched to tell whether more follow.
     *
     * <p>A name query finds, in this order: names whose "surname name" starts with it (in name order), names whose
     * "name surname" starts with it (in first-name order), then, when one word has three letters or more, names
     * with words that start with each word of the query ("rossi" finds "De Rossi", "mar ros" finds "Rossi Mario").
     * Accents and case are ignored. A later part is read only when the earlier ones do not fill the page: a surname
     * prefix, the common case, costs one range walk of an ordered index (see docs/performance.md).
     *
     * <p>Regional and not audited: it answers identity only, with the centre that has each person in charge.
     */
    @Transactional(readOnly = true)
    public SearchResult search(String query, LocalDate birthDate, int page, int size) {
        return search.search(query, birthDate, page, size);
    }

    /** How many persons the registry holds. */
    @Transactional(readOnly = true)
    public long count() {
        return persons.count();
    }

    /** Summaries of many persons at once, in no particular order; unknown ids are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, PersonSummary> summaries(java.util.Collection<UUID> ids) {
        return search.summaries(ids);
    }

    /**
     * Takes the changes of one person's case that must not interleave (the limit of three desired occupations, the
     * one current CV) one after the other until the end of the transaction: a transaction-scoped PostgreSQL advisory
     * lock on a key derived from the person's id ({@code pg_advisory_xact_lock}), so that no module locks rows of
     * the table {@code person}, which is this module's. Reads nothing else; released at commit or rollback. 404 when
     * there is no such person.
     */
    @Transactional
    public void lockCase(UUID personId) {
        identity(personId);
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null, "person.case:" + personId);
    }

    /** A page of search results. */
    public record SearchResult(List<PersonSearchRow> rows, int page, boolean hasMore) {}

    private TaxCode checkIdentity(PersonCommand c) {
        var violations = new ArrayList<Violation>();
        TaxCode taxCode = null;
        try {
            taxCode = TaxCode.parse(c.taxCode());
        } catch (RuleViolationException e) {
            violations.addAll(e.violations());
        }
        checkDate(c.birthDate(), "birthDate", violations);
        boolean bornInItaly =
                c.birthCountryCode() == null || c.birthCountryCode().isBlank() || ITALY.equals(c.birthCountryCode());
        String belfiore = null;
        if (bornInItaly) {
            if (c.birthMunicipalityCode() == null || c.birthMunicipalityCode().isBlank()) {
                violations.add(Violation.of("person.birthplace.required", "birthMunicipalityCode"));
            } else {
                belfiore = requireKnown(
                                CodeSystem.MUNICIPALITY, c.birthMunicipalityCode(), "birthMunicipalityCode", violations)
                        .map(ReferenceCode::belfiore)
                        .orElse(null);
            }
        } else {
            if (c.birthMunicipalityCode() != null && !c.birthMunicipalityCode().isBlank()) {
                violations.add(Violation.of("person.birthplace.both", "birthMunicipalityCode"));
            }
            belfiore = requireKnown(CodeSystem.COUNTRY, c.birthCountryCode(), "birthCountryCode", violations)
                    .map(ReferenceCode::belfiore)
                    .orElse(null);
        }
        requireKnown(CodeSystem.COUNTRY, c.citizenshipCode(), "citizenshipCode", violations);
        requireKnown(CodeSystem.MUNICIPALITY, c.residenceMunicipalityCode(), "residenceMunicipalityCode", violations);
        requireKnown(CodeSystem.MUNICIPALITY, c.domicileMunicipalityCode(), "domicileMunicipalityCode", violations);
        if (taxCode != null) {
            for (var v : taxCode.inconsistenciesWith(c.birthDate(), c.sex(), belfiore)) {
                violations.add(
                        v.field().equals("birthPlace")
                                ? new Violation(
                                        v.code(), bornInItaly ? "birthMunicipalityCode" : "birthCountryCode", v.args())
                                : v);
            }
        }
        throwIfAny(violations);
        return taxCode;
    }

    private Optional<ReferenceCode> requireKnown(
            CodeSystem system, String code, String field, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        var found = reference.find(system, code);
        if (found.isEmpty()) {
            violations.add(Violation.of("reference.unknown-code", field, code));
        }
        return found;
    }

    private void checkDate(LocalDate date, String field, List<Violation> violations) {
        if (date == null) {
            return;
        }
        if (date.isAfter(LocalDate.now(clock))) {
            violations.add(Violation.of("date.in-future", field));
        } else if (date.isBefore(EARLIEST_DATE)) {
            violations.add(Violation.of("date.before-1900", field));
        }
    }

    private void refuseDuplicate(Person existing) {
        throw new DuplicateException(
                "person.duplicate", "taxCode", "/persons/" + existing.id(), existing.fullName(), existing.taxCode());
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
    }

    private <T> void validate(T command) {
        var problems = validator.validate(command);
        if (!problems.isEmpty()) {
            throw new ConstraintViolationException(problems);
        }
    }

    private Person load(UUID id) {
        return persons.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    /**
     * The person, with their row locked until the end of the transaction: changes of one person are taken one after
     * the other, so the second of two that started from the same version sees the first's and is refused as stale.
     */
    private Person loadForUpdate(UUID id) {
        return persons.findForUpdate(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    /** Writes the change; a lost race that the row lock did not prevent is a stale version, never an error. */
    private void save(Person person) {
        try {
            persons.saveAndFlush(person);
        } catch (OptimisticLockingFailureException e) {
            Long version = jdbc.queryForObject("select version from person where id = ?", Long.class, person.id());
            throw new StaleVersionException(version == null ? person.version() + 1 : version, null);
        }
    }

    /**
     * Takes registrations and changes of one codice fiscale (omocodes included: the canonical form) one after the
     * other until the end of the transaction, so that the check for a duplicate sees a registration made meanwhile.
     */
    private void lockTaxCode(TaxCode taxCode) {
        jdbc.query(
                "select pg_advisory_xact_lock(hashtextextended(?, 0))",
                rs -> null,
                "person.tax-code:" + taxCode.canonical());
    }

    private void publishChange(
            Person person,
            AuditAction action,
            String entityType,
            UUID entityId,
            String what,
            List<String> fields,
            List<String> labels) {
        events.publishEvent(new PersonChanged(
                UUID.randomUUID(),
                current.actor(),
                Instant.now(clock),
                person.id(),
                action,
                entityType,
                entityId,
                what,
                fields,
                labels));
    }
}
