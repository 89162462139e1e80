package it.orienta.person;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import it.orienta.person.PersonEvents.PersonChanged;
import it.orienta.person.PersonEvents.PersonDataRead;
import it.orienta.person.PersonEvents.PersonRegistered;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceCode;
import it.orienta.reference.ReferenceService;
import it.orienta.system.AuditAction;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.SearchText;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, changes, finds and shows persons; every rule of the registry is enforced here. */
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

    PersonService(
            PersonRepository persons,
            ReferenceService reference,
            CurrentActor current,
            ApplicationEventPublisher events,
            Validator validator,
            JdbcTemplate jdbc,
            Clock clock) {
        this.persons = persons;
        this.reference = reference;
        this.current = current;
        this.events = events;
        this.validator = validator;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public PersonView register(PersonCommand command) {
        validate(command);
        var taxCode = checkIdentity(command);
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

    @Transactional
    public PersonView update(UUID id, long expectedVersion, PersonCommand command) {
        var person = load(id);
        if (person.version() != expectedVersion) {
            throw new StaleVersionException(person.version(), person.view());
        }
        validate(command);
        var taxCode = checkIdentity(command);
        persons.findByTaxCodeCanonical(taxCode.canonical())
                .filter(other -> !other.id().equals(id))
                .ifPresent(this::refuseDuplicate);
        var changed = person.apply(taxCode, command);
        if (!changed.isEmpty()) {
            persons.saveAndFlush(person);
            publishChange(
                    person, AuditAction.UPDATE, "Person", id, "details", changed, List.of(String.join(", ", changed)));
        }
        return person.view();
    }

    @Transactional
    public PersonView.EducationTitleView addEducationTitle(UUID personId, EducationTitleCommand command) {
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
        var person = load(personId);
        var added = person.addEducationTitle(command);
        persons.saveAndFlush(person);
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
        var person = load(personId);
        if (!person.removeEducationTitle(titleId)) {
            throw new NotFoundException("EducationTitle", titleId);
        }
        persons.saveAndFlush(person);
        publishChange(person, AuditAction.DELETE, "EducationTitle", titleId, "education", List.of(), List.of());
    }

    @Transactional
    public PersonView.WorkExperienceView addWorkExperience(UUID personId, WorkExperienceCommand command) {
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
        var person = load(personId);
        var added = person.addWorkExperience(command);
        persons.saveAndFlush(person);
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
        var person = load(personId);
        if (!person.removeWorkExperience(workId)) {
            throw new NotFoundException("WorkExperience", workId);
        }
        persons.saveAndFlush(person);
        publishChange(person, AuditAction.DELETE, "WorkExperience", workId, "work", List.of(), List.of());
    }

    /** A person's record for internal composition; not audited (use {@link #open} when a user opens it). */
    @Transactional(readOnly = true)
    public PersonView view(UUID id) {
        return load(id).view();
    }

    /** A user opens a person's record: shown, and recorded in the audit log. */
    @Transactional
    public PersonView open(UUID id, String what) {
        var person = load(id);
        events.publishEvent(
                new PersonDataRead(UUID.randomUUID(), current.actor(), Instant.now(clock), id, what, List.of()));
        return person.view();
    }

    /** Whether the current user may see special-category data at all. */
    public boolean maySeeSpecialCategoryData() {
        return current.has(Role.OPERATOR) || current.has(Role.COORDINATOR);
    }

    /** Special-category data: for operators and coordinators only; every read is audited. */
    @Transactional
    public SpecialCategoryData specialCategoryData(UUID id) {
        requireSpecialAccess();
        var person = load(id);
        events.publishEvent(new PersonDataRead(
                UUID.randomUUID(),
                current.actor(),
                Instant.now(clock),
                id,
                "SpecialCategoryData",
                List.of("disabilityL68", "disabilityPercentage", "vulnerabilityNotes")));
        return person.special();
    }

    @Transactional
    public SpecialCategoryData updateSpecialCategoryData(UUID id, long expectedVersion, SpecialCategoryData data) {
        requireSpecialAccess();
        validate(data);
        var person = load(id);
        if (person.version() != expectedVersion) {
            throw new StaleVersionException(person.version(), null);
        }
        var changed = person.applySpecial(data);
        if (!changed.isEmpty()) {
            persons.saveAndFlush(person);
            // the timeline says that it changed, never what it says
            publishChange(person, AuditAction.UPDATE, "SpecialCategoryData", id, "special", changed, List.of());
        }
        return person.special();
    }

    @Transactional(readOnly = true)
    public Optional<PersonView> findByTaxCode(String raw) {
        TaxCode code;
        try {
            code = TaxCode.parse(raw);
        } catch (RuleViolationException e) {
            return Optional.empty();
        }
        return persons.findByTaxCodeCanonical(code.canonical()).map(Person::view);
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
     */
    @Transactional(readOnly = true)
    public SearchResult search(String query, LocalDate birthDate, int page, int size) {
        String q = query == null ? "" : query.strip();
        int limit = Math.min(Math.max(size, 1), 100);
        int offset = Math.max(page, 0) * limit;
        if (q.isEmpty() && birthDate == null) {
            return new SearchResult(List.of(), page, false);
        }
        String compact = q.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        List<PersonSummary> rows;
        if (q.isEmpty()) {
            rows = select(new Part("", List.of(), BY_NAME), birthDate, limit + 1, offset);
        } else if (looksLikeTaxCode(compact)) {
            String code;
            try {
                code = TaxCode.parse(compact).canonical();
            } catch (RuleViolationException e) {
                code = compact;
            }
            rows = select(
                    new Part(" and tax_code_canonical = ?", List.of(code), BY_NAME), birthDate, limit + 1, offset);
        } else {
            rows = byName(q, birthDate, limit, offset);
        }
        boolean more = rows.size() > limit;
        return new SearchResult(more ? rows.subList(0, limit) : rows, page, more);
    }

    private static final String SUMMARY_COLUMNS =
            "id, tax_code, first_name, last_name, birth_date, residence_municipality_code";

    /** Names are compared byte-wise (collation "C"): the V12 indexes answer prefixes as ranges, in their order. */
    private static final String NAME = "search_name collate \"C\"";

    private static final String REVERSED = "search_name_reversed collate \"C\"";
    private static final String BY_NAME = NAME + ", id";
    // the words part is sorted after a bitmap scan of the GIN index: "|| ''" keeps the planner from walking the
    // whole ordered name index to find a few word matches
    private static final String BY_NAME_SORTED = "(" + NAME + ") || '', id";

    /** One part of a name search: a condition, its arguments and its order. */
    private record Part(String condition, List<Object> args, String orderBy) {}

    /**
     * Name search in three parts, each disjoint from the ones before and each read only while the page is not
     * full: names that start with the text (surname first, in name order), names whose first name starts with it
     * (in first-name order), then names with a word that starts with each word of the text ("rossi" finds "De Rossi
     * Mario"). The first two walk the ordered indexes of V12 and stop at the page.
     */
    private List<PersonSummary> byName(String q, LocalDate birthDate, int limit, int offset) {
        String norm = SearchText.escapeLike(SearchText.normalize(q));
        String startsWith = norm + "%";
        var parts = new ArrayList<Part>();
        parts.add(new Part(" and " + NAME + " like ? escape '\\'", List.of(startsWith), BY_NAME));
        parts.add(new Part(
                " and " + REVERSED + " like ? escape '\\' and not " + NAME + " like ? escape '\\'",
                List.of(startsWith, startsWith),
                REVERSED + ", id"));
        String words = wordPrefixes(q);
        if (!words.isEmpty()) {
            parts.add(new Part(
                    " and search_words @@ to_tsquery('simple', ?) and not (" + NAME + " like ? escape '\\' or "
                            + REVERSED + " like ? escape '\\')",
                    List.of(words, startsWith, startsWith),
                    BY_NAME_SORTED));
        }
        var rows = new ArrayList<PersonSummary>();
        int before = 0; // how many matches the parts already read hold in all
        for (var part : parts) {
            int wanted = limit + 1 - rows.size();
            if (wanted <= 0) {
                break;
            }
            int skip = Math.max(0, offset - before);
            var found = select(part, birthDate, wanted, skip);
            rows.addAll(found);
            // reaching the next part means this one is exhausted: its total is what was skipped and read, unless
            // the page starts beyond it (nothing read), where only a count tells
            before += found.isEmpty() && skip > 0 ? count(part, birthDate) : skip + found.size();
        }
        return rows;
    }

    private List<PersonSummary> select(Part part, LocalDate birthDate, int limit, int offset) {
        var args = new ArrayList<Object>(part.args());
        String birth = "";
        if (birthDate != null) {
            birth = " and birth_date = ?";
            args.add(birthDate);
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query(
                "select " + SUMMARY_COLUMNS + " from person where true" + part.condition() + birth + " order by "
                        + part.orderBy() + " limit ? offset ?",
                PersonService::summary,
                args.toArray());
    }

    private int count(Part part, LocalDate birthDate) {
        var args = new ArrayList<Object>(part.args());
        String birth = "";
        if (birthDate != null) {
            birth = " and birth_date = ?";
            args.add(birthDate);
        }
        Integer n = jdbc.queryForObject(
                "select count(*) from person where true" + part.condition() + birth, Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static PersonSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PersonSummary(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getString(6));
    }

    /** How many persons the registry holds. */
    @Transactional(readOnly = true)
    public long count() {
        return persons.count();
    }

    /** Summaries of many persons at once, in no particular order; unknown ids are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, PersonSummary> summaries(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        var result = new java.util.HashMap<UUID, PersonSummary>();
        jdbc.query(
                "select " + SUMMARY_COLUMNS + " from person where id = any (?)",
                rs -> {
                    var s = summary(rs, 0);
                    result.put(s.id(), s);
                },
                (Object) ids.toArray(UUID[]::new));
        return result;
    }

    /** A page of search results. */
    public record SearchResult(List<PersonSummary> rows, int page, boolean hasMore) {}

    /** "mar ros" → {@code mar:* & ros:*}; empty when no word has three letters or more. */
    static String wordPrefixes(String query) {
        var words = java.util.Arrays.stream(SearchText.normalize(query).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .toList();
        if (words.stream().noneMatch(w -> w.length() >= 3)) {
            return "";
        }
        return String.join(" & ", words.stream().map(w -> w + ":*").toList());
    }

    private static boolean looksLikeTaxCode(String compact) {
        return compact.matches("\\d{11}") || (compact.length() == 16 && compact.matches("[A-Z0-9]{16}"));
    }

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

    private void requireSpecialAccess() {
        if (!maySeeSpecialCategoryData()) {
            throw new AccessDeniedException("special-category data");
        }
    }

    private Person load(UUID id) {
        return persons.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    private void publishChange(
            Person person,
            AuditAction action,
            String entityType,
            UUID entityId,
            String what,
            List<String> fields,
            List<String> summaryArgs) {
        events.publishEvent(new PersonChanged(
                UUID.randomUUID(),
                current.actor(),
                Instant.now(clock),
                person.id(),
                action,
                entityType,
                entityId.toString(),
                what,
                fields,
                summaryArgs));
    }
}
