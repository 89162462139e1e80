package it.orienta.vacancy;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A vacancy (aggregate, ADR 0018), a row of {@code vacancy} with its languages ({@code vacancy_language}) and its
 * history ({@code vacancy_status_change}), V49. It guards its rules — {@link #check} for the content (posts ≥ 1,
 * expiry not before publication, a fifth-level profession, a known employer and municipality, the ranges of the
 * requirements) and {@link #changeStatus} for the transitions: OPEN ↔ SUSPENDED; OPEN or SUSPENDED → FILLED or
 * WITHDRAWN (final); EXPIRED only by the system at the expiry ({@link #expire}), and re-opened only with a new expiry
 * not in the past. Every change of status is a row of the history. A refusal changes nothing.
 */
@Entity
@Table(name = "vacancy")
class Vacancy {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int REASON_MAX = 500;
    static final int POSTS_MAX = 9999;
    static final int EXPERIENCE_MAX = 50;
    static final int LANGUAGES_MAX = 10;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** What the profession code names in the classification (the service asks the glossary). */
    enum Profession {
        UNIT,
        NOT_UNIT,
        UNKNOWN
    }

    @Id
    private UUID id;

    private UUID employerId;
    private String professionCode;
    private String title;
    private String description;
    private int posts;
    private String municipalityCode;
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    private ContractType contractType;

    @Enumerated(EnumType.STRING)
    private WorkingTime workingTime;

    private LocalDate startDate;
    private LocalDate publicationDate;
    private LocalDate expiryDate;
    private Short minEducationLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] drivingLicences;

    private Short minExperienceYears;

    @jakarta.persistence.Column(name = "reserved_l68")
    private boolean reservedL68;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String externalId;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vacancy_language", joinColumns = @JoinColumn(name = "vacancy_id"))
    @OrderBy("languageCode")
    private List<LanguageRow> languages = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "vacancy_id", nullable = false, updatable = false)
    @OrderBy("changedAt")
    private List<StatusChangeRow> history = new ArrayList<>();

    protected Vacancy() {}

    /**
     * A new vacancy from a checked, normalised command: OPEN, or EXPIRED when its expiry has passed already (a vacancy
     * the regional system delivers late); the first row of its history says so.
     */
    Vacancy(VacancyCommand c, String provinceCode, LocalDate today, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.createdBy = by;
        this.source = c.source();
        this.externalId = c.externalId();
        set(c, provinceCode, by, now);
        this.status = c.expiryDate().isBefore(today) ? Status.EXPIRED : Status.OPEN;
        history.add(new StatusChangeRow(null, status, now, by, ""));
    }

    @PrePersist
    void firstVersion() {
        if (version == null) {
            version = 1L;
        }
    }

    /**
     * Applies a checked command; returns the fields it changed (empty: nothing to save). A filled or withdrawn
     * vacancy is not changed (409 {@code vacancy.final}); a running one may not get an expiry in the past.
     */
    List<String> change(VacancyCommand c, String province, LocalDate today, String by, Instant now) {
        var changed = changes(c);
        if (changed.isEmpty()) {
            return changed;
        }
        if (status == Status.FILLED || status == Status.WITHDRAWN) {
            throw new Conflict("vacancy.final", null, status);
        }
        if (status.live() && c.expiryDate().isBefore(today) && changed.contains("expiryDate")) {
            throw new RuleViolationException("vacancy.expiry.past", "expiryDate", c.expiryDate());
        }
        set(c, province, by, now);
        return changed;
    }

    /**
     * Moves the vacancy to {@code to}; returns the status it had, or {@code null} when it is already there (nothing
     * changes). Re-opening takes {@code newExpiry}: required from EXPIRED, and from SUSPENDED when the expiry has
     * passed meanwhile; it may not be in the past nor before the publication.
     */
    Status changeStatus(Status to, String reason, LocalDate newExpiry, LocalDate today, String by, Instant now) {
        if (to == null) {
            throw new RuleViolationException("vacancy.status.required", "status");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() > REASON_MAX) {
            throw new RuleViolationException("vacancy.text.too-long", "reason", REASON_MAX);
        }
        if (to == status) {
            return null; // already there; a new expiry of a running vacancy is a change of its content
        }
        if (status == Status.FILLED || status == Status.WITHDRAWN) {
            throw new Conflict("vacancy.status.final", "status", status);
        }
        if (!status.next().contains(to)) {
            throw new Conflict("vacancy.status.transition", "status", status, to);
        }
        if (to == Status.OPEN) {
            LocalDate expiry = newExpiry == null ? expiryDate : newExpiry;
            if (newExpiry == null && status == Status.EXPIRED) {
                throw new RuleViolationException("vacancy.reopen.expiry-required", "expiryDate");
            }
            if (expiry.isBefore(today)) {
                throw new RuleViolationException(
                        newExpiry == null ? "vacancy.reopen.expiry-required" : "vacancy.reopen.expiry-past",
                        "expiryDate",
                        expiry);
            }
            if (expiry.isBefore(publicationDate)) {
                throw new RuleViolationException("vacancy.expiry.before-publication", "expiryDate", publicationDate);
            }
            expiryDate = expiry;
        } else if (newExpiry != null) {
            throw new RuleViolationException("vacancy.status.expiry-only-on-open", "expiryDate");
        }
        var from = status;
        status = to;
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedBy = by;
        history.add(new StatusChangeRow(from, to, now, by, why));
        return from;
    }

    /** The system closes a running vacancy whose expiry passed; false when there is nothing to do. */
    boolean expire(LocalDate today, String by, Instant now) {
        if (!status.live() || !expiryDate.isBefore(today)) {
            return false;
        }
        var from = status;
        status = Status.EXPIRED;
        updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        updatedBy = by;
        history.add(new StatusChangeRow(from, Status.EXPIRED, now, by, "expired"));
        return true;
    }

    /** The fields of the command that differ from the vacancy, in the form's order. */
    List<String> changes(VacancyCommand c) {
        var f = new ArrayList<String>();
        if (!employerId.equals(c.employerId())) f.add("employerId");
        if (!professionCode.equals(c.professionCode())) f.add("professionCode");
        if (!title.equals(c.title())) f.add("title");
        if (!description.equals(c.description())) f.add("description");
        if (!Objects.equals(posts, c.posts())) f.add("posts");
        if (!municipalityCode.equals(c.municipalityCode())) f.add("municipalityCode");
        if (contractType != c.contractType()) f.add("contractType");
        if (workingTime != c.workingTime()) f.add("workingTime");
        if (!Objects.equals(startDate, c.startDate())) f.add("startDate");
        if (!Objects.equals(publicationDate, c.publicationDate())) f.add("publicationDate");
        if (!Objects.equals(expiryDate, c.expiryDate())) f.add("expiryDate");
        if (!requirements().equals(c.requirements())) f.add("requirements");
        if (reservedL68 != c.reservedL68()) f.add("reservedL68");
        return f;
    }

    private void set(VacancyCommand c, String province, String by, Instant now) {
        this.employerId = c.employerId();
        this.professionCode = c.professionCode();
        this.title = c.title();
        this.description = c.description();
        this.posts = c.posts();
        this.municipalityCode = c.municipalityCode();
        this.provinceCode = province;
        this.contractType = c.contractType();
        this.workingTime = c.workingTime();
        this.startDate = c.startDate();
        this.publicationDate = c.publicationDate();
        this.expiryDate = c.expiryDate();
        var r = c.requirements();
        this.minEducationLevel =
                r.minEducationLevel() == null ? null : r.minEducationLevel().shortValue();
        this.drivingLicences =
                r.drivingLicences().stream().map(DrivingLicence::name).toArray(String[]::new);
        this.minExperienceYears =
                r.minExperienceYears() == null ? null : r.minExperienceYears().shortValue();
        this.languages.clear();
        r.languages().forEach(l -> languages.add(new LanguageRow(l.code(), l.level())));
        this.reservedL68 = c.reservedL68();
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedBy = by;
    }

    VacancyView.Requirements requirements() {
        return new VacancyView.Requirements(
                minEducationLevel == null ? null : minEducationLevel.intValue(),
                Arrays.stream(drivingLicences == null ? new String[0] : drivingLicences)
                        .map(DrivingLicence::valueOf)
                        .sorted()
                        .toList(),
                languages.stream()
                        .sorted(java.util.Comparator.comparing(l -> l.languageCode))
                        .map(l -> new VacancyView.Language(l.languageCode, l.level))
                        .toList(),
                minExperienceYears == null ? null : minExperienceYears.intValue());
    }

    /** Refuses a command, every violation at once. */
    static void validate(VacancyCommand c, boolean employerKnown, Profession profession, boolean municipalityKnown) {
        var v = check(c, employerKnown, profession, municipalityKnown);
        if (!v.isEmpty()) {
            throw RuleViolationException.of(v);
        }
    }

    /** Every refusal of a normalised command; empty when it may be saved. */
    static List<Violation> check(
            VacancyCommand c, boolean employerKnown, Profession profession, boolean municipalityKnown) {
        var v = new ArrayList<Violation>();
        if (c.employerId() == null) {
            v.add(Violation.of("vacancy.employer.required", "employerId"));
        } else if (!employerKnown) {
            v.add(Violation.of("vacancy.employer.unknown", "employerId", c.employerId()));
        }
        if (c.professionCode().isEmpty()) {
            v.add(Violation.of("vacancy.profession.required", "professionCode"));
        } else if (profession == Profession.UNKNOWN) {
            v.add(Violation.of("vacancy.profession.unknown", "professionCode", c.professionCode()));
        } else if (profession == Profession.NOT_UNIT) {
            v.add(Violation.of("vacancy.profession.not-unit", "professionCode", c.professionCode()));
        }
        if (c.title().isEmpty()) {
            v.add(Violation.of("vacancy.title.required", "title"));
        }
        tooLong(v, c.title(), TITLE_MAX, "title");
        tooLong(v, c.description(), DESCRIPTION_MAX, "description");
        if (c.posts() == null) {
            v.add(Violation.of("vacancy.posts.required", "posts"));
        } else if (c.posts() < 1 || c.posts() > POSTS_MAX) {
            v.add(Violation.of("vacancy.posts.range", "posts", 1, POSTS_MAX));
        }
        if (c.municipalityCode().isEmpty()) {
            v.add(Violation.of("vacancy.municipality.required", "municipalityCode"));
        } else if (!municipalityKnown) {
            v.add(Violation.of("vacancy.municipality.unknown", "municipalityCode", c.municipalityCode()));
        }
        if (c.contractType() == null) {
            v.add(Violation.of("vacancy.contract-type.required", "contractType"));
        }
        if (c.workingTime() == null) {
            v.add(Violation.of("vacancy.working-time.required", "workingTime"));
        }
        if (c.publicationDate() == null) {
            v.add(Violation.of("vacancy.publication-date.required", "publicationDate"));
        }
        if (c.expiryDate() == null) {
            v.add(Violation.of("vacancy.expiry-date.required", "expiryDate"));
        } else if (c.publicationDate() != null && c.expiryDate().isBefore(c.publicationDate())) {
            v.add(Violation.of("vacancy.expiry.before-publication", "expiryDate", c.publicationDate()));
        }
        requirements(c.requirements(), v);
        if (c.externalId() != null && c.externalId().length() > Employer.EXTERNAL_ID_MAX) {
            v.add(Violation.of("vacancy.text.too-long", "externalId", Employer.EXTERNAL_ID_MAX));
        }
        if (c.source() == Source.REGIONAL_FEED && c.externalId() == null) {
            v.add(Violation.of("vacancy.external-id.required", "externalId"));
        }
        return v;
    }

    private static void requirements(VacancyView.Requirements r, List<Violation> v) {
        if (r.minEducationLevel() != null
                && (r.minEducationLevel() < VacancyTerms.MIN_EDUCATION_LEVEL
                        || r.minEducationLevel() > VacancyTerms.MAX_EDUCATION_LEVEL)) {
            v.add(Violation.of(
                    "vacancy.education-level.range",
                    "minEducationLevel",
                    VacancyTerms.MIN_EDUCATION_LEVEL,
                    VacancyTerms.MAX_EDUCATION_LEVEL));
        }
        if (r.minExperienceYears() != null && (r.minExperienceYears() < 0 || r.minExperienceYears() > EXPERIENCE_MAX)) {
            v.add(Violation.of("vacancy.experience.range", "minExperienceYears", 0, EXPERIENCE_MAX));
        }
        if (r.languages().size() > LANGUAGES_MAX) {
            v.add(Violation.of("vacancy.language.too-many", "languages", LANGUAGES_MAX));
        }
        var seen = new HashSet<String>();
        for (var l : r.languages()) {
            if (!LANGUAGE.matcher(l.code()).matches()) {
                v.add(Violation.of("vacancy.language.code", "languages", l.code()));
            } else if (!seen.add(l.code())) {
                v.add(Violation.of("vacancy.language.duplicate", "languages", l.code()));
            }
            if (l.level() == null) {
                v.add(Violation.of("vacancy.language.level-required", "languages", l.code()));
            }
        }
    }

    private static void tooLong(List<Violation> v, String s, int max, String field) {
        if (s != null && s.length() > max) {
            v.add(Violation.of("vacancy.text.too-long", field, max));
        }
    }

    /** A refusal that conflicts with the vacancy's state (409). */
    static final class Conflict extends RuleViolationException {

        Conflict(String code, String field, Object... args) {
            super(List.of(new Violation(code, field, List.of(args))), true);
        }
    }

    UUID id() {
        return id;
    }

    UUID employerId() {
        return employerId;
    }

    Status status() {
        return status;
    }

    Source source() {
        return source;
    }

    String externalId() {
        return externalId;
    }

    String professionCode() {
        return professionCode;
    }

    String title() {
        return title;
    }

    LocalDate expiryDate() {
        return expiryDate;
    }

    long version() {
        return version == null ? 0 : version;
    }

    List<VacancyView.StatusChange> history() {
        return history.stream()
                .map(h -> new VacancyView.StatusChange(h.fromStatus, h.toStatus, h.changedAt, h.changedBy, h.reason))
                .toList();
    }

    /** A language asked for, a row of {@code vacancy_language}. */
    @Embeddable
    static class LanguageRow {

        private String languageCode;

        @Enumerated(EnumType.STRING)
        private CefrLevel level;

        protected LanguageRow() {}

        LanguageRow(String languageCode, CefrLevel level) {
            this.languageCode = languageCode;
            this.level = level;
        }
    }

    /** One change of status, a row of {@code vacancy_status_change}: written once, never changed. */
    @Entity
    @Table(name = "vacancy_status_change")
    static class StatusChangeRow {

        @Id
        private UUID id;

        @Enumerated(EnumType.STRING)
        private Status fromStatus;

        @Enumerated(EnumType.STRING)
        private Status toStatus;

        private Instant changedAt;
        private String changedBy;
        private String reason;

        protected StatusChangeRow() {}

        StatusChangeRow(Status from, Status to, Instant at, String by, String reason) {
            this.id = UUID.randomUUID();
            this.fromStatus = from;
            this.toStatus = to;
            this.changedAt = at.truncatedTo(ChronoUnit.MICROS);
            this.changedBy = by;
            this.reason = reason;
        }
    }
}
