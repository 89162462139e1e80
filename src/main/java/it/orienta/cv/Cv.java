package it.orienta.cv;

import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A saved CV of a person (R14–R21, ADR 0018): a row of {@code cv} (V21) and the rules of its life.
 *
 * <ul>
 *   <li><b>Validity</b> (R20, ADR 0015): six calendar months counted as art. 2963 of the Italian civil code counts a
 *       term in months. The term ends on the day of the sixth month after the save that corresponds to the day of
 *       the save, or on that month's last day when it has no such day; the CV is valid through that day and
 *       obsolete from the next ({@code obsolete_from}). Saved on 15 August: valid through 15 February, obsolete from
 *       16 February. Saved on 31 August: valid through the last day of February, obsolete from 1 March, in leap
 *       years too. The same rule for SQL readers is {@code cv_state} in V39.
 *   <li><b>Replacement</b>: one current CV per person. A new one {@linkplain #replace replaces} the current, which
 *       stays as history ({@code replaced_at}) and loses its file after the retention. The service saves the two
 *       under the person's case lock ({@code PersonService#lockCase}); the partial unique index {@code cv_current}
 *       is the database's second line.
 *   <li><b>Deletion</b> (R21): only the current CV, from the version the user read; the row stays for the audit,
 *       marked deleted, no longer current, its file removed.
 * </ul>
 *
 * <p>The PDF (up to 5 MB) lives in the same row, column {@code content}, but is deliberately <em>not</em> mapped:
 * loading the aggregate never reads it. The service writes it beside the insert and removes it beside the deletion
 * in the same transaction; only serving or transferring the file reads it.
 */
@Entity
@Table(name = "cv")
class Cv {

    static final int MONTHS = 6;

    /** How many days ahead the expiring list and the reminder look. */
    static final int EXPIRING_WITHIN_DAYS = 30;

    @Id
    private UUID id;

    private UUID personId;
    private String origin;
    private String language;
    private String fileName;
    private int sizeBytes;
    private String sha256;
    private Instant savedAt;
    private String savedBy;
    private String centreCode;
    private LocalDate obsoleteFrom;

    private boolean isCurrent;

    private Instant replacedAt;
    private Instant deletedAt;
    private String deletedBy;

    @Version
    private Long version;

    protected Cv() {}

    /** A new current CV of the person, saved now by {@code actor} on the day {@code savedOn} in Tuscany. */
    Cv(
            UUID personId,
            String origin,
            String language,
            String fileName,
            int sizeBytes,
            String sha256,
            Actor actor,
            Instant now,
            LocalDate savedOn) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.origin = origin;
        this.language = language;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.savedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.savedBy = actor.displayName();
        this.centreCode = actor.centreCode();
        this.obsoleteFrom = obsoleteFrom(savedOn);
        this.isCurrent = true;
    }

    /** A new CV is saved as version 1, as the API has always answered. */
    @PrePersist
    void firstVersion() {
        if (version == null) {
            version = 1L;
        }
    }

    /** The refusals of R15 (an education title, a desired occupation), both at once. */
    static List<Violation> preconditions(CvChecklist checklist) {
        var v = new ArrayList<Violation>();
        if (!checklist.hasEducationTitle()) {
            v.add(Violation.of("cv.education-title.missing", null));
        }
        if (!checklist.hasDesiredOccupation()) {
            v.add(Violation.of("cv.occupation.missing", null));
        }
        return v;
    }

    /** A newer CV replaces this one: it stays as history, no longer current. */
    void replace(Instant now) {
        if (!isCurrent) {
            throw new IllegalStateException("Only the current CV is replaced: " + id);
        }
        this.isCurrent = false;
        this.replacedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Deletes the CV (R21) read at {@code expected}; another version answers 409 {@code version.stale} with the
     * current state ({@code state} gives it). The caller removes the file in the same transaction.
     */
    void delete(long expected, String by, Instant now, Function<Cv, Object> state) {
        requireVersion(expected, state);
        this.isCurrent = false;
        this.deletedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.deletedBy = by;
    }

    /** The CV as the user read it at {@code expected}, or 409 {@code version.stale} with its current state. */
    void requireVersion(long expected, Function<Cv, Object> state) {
        if (version() != expected || !isCurrent || deletedAt != null) {
            throw new StaleVersionException(version(), state.apply(this));
        }
    }

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    boolean isCurrent() {
        return isCurrent;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    LocalDate obsoleteFrom() {
        return obsoleteFrom;
    }

    /** The version; 1 for a new CV not yet saved. */
    long version() {
        return version == null ? 1 : version;
    }

    // ---------------------------------------------------------------- validity (R20), for every reader

    /** The last day on which a CV saved on {@code savedOn} is valid. */
    static LocalDate validThrough(LocalDate savedOn) {
        // plusMonths keeps the day of the month, or takes the month's last day when it has no such day
        return savedOn.plusMonths(MONTHS);
    }

    /** The first day on which a CV saved on {@code savedOn} is obsolete (stored as {@code obsolete_from}). */
    static LocalDate obsoleteFrom(LocalDate savedOn) {
        return validThrough(savedOn).plusDays(1);
    }

    /** Whether a CV obsolete from {@code obsoleteFrom} is obsolete on {@code today}. */
    static boolean obsolete(LocalDate obsoleteFrom, LocalDate today) {
        return !today.isBefore(obsoleteFrom);
    }

    /**
     * The last {@code obsolete_from} of a CV that expires within the next {@code days} days of {@code today}: its
     * last valid day is today or one of the next {@code days} days. The expiring list and the reminder select
     * {@code today < obsolete_from <= expiringUpTo(today, days)}.
     */
    static LocalDate expiringUpTo(LocalDate today, int days) {
        return today.plusDays(days + 1L);
    }

    /** Whether a CV still valid on {@code today} expires within the next {@code days} days. */
    static boolean expiringWithin(LocalDate obsoleteFrom, LocalDate today, int days) {
        return !obsolete(obsoleteFrom, today) && !obsoleteFrom.isAfter(expiringUpTo(today, days));
    }
}
