package it.orienta.cv;

import it.orienta.notification.Channel;
import it.orienta.notification.MessageRequest;
import it.orienta.notification.NotificationService;
import it.orienta.occupation.OccupationDirectory;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.person.PersonView;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's CV (R14–R21): saved by upload or generated from the person's data, once the preconditions hold
 * (R15) and the file is an acceptable PDF (R16); a new CV replaces the current one, which stays in the history and
 * loses its file after the retention; valid for six calendar months (R20, {@link Cv}); deleted from Orienta
 * with the event the portal module turns into the removal from the CV search system (R21). Every change is one
 * transaction: a refusal saves nothing.
 */
@Service
public class CvService {

    static final String COLUMNS = "id, person_id, origin, language, file_name, size_bytes, sha256, saved_at,"
            + " saved_by, centre_code, obsolete_from, is_current, replaced_at, deleted_at, deleted_by, purged_at,"
            + " content is not null as has_content, transfer_state, transfer_detail, transfer_updated_at, version";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final CvRepository cvs;
    private final EntityManager entities;
    private final PersonService persons;
    private final OccupationDirectory occupations;
    private final CvDocuments documents;
    private final CvPdf pdf;
    private final CurrentActor current;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final CvProperties properties;
    private final CaseAccess access;
    private final Clock clock;

    CvService(
            JdbcClient jdbc,
            CvRepository cvs,
            EntityManager entities,
            PersonService persons,
            OccupationDirectory occupations,
            CvDocuments documents,
            CvPdf pdf,
            CurrentActor current,
            NotificationService notifications,
            ApplicationEventPublisher events,
            MessageSource messages,
            CvProperties properties,
            CaseAccess access,
            Clock clock) {
        this.jdbc = jdbc;
        this.cvs = cvs;
        this.entities = entities;
        this.persons = persons;
        this.occupations = occupations;
        this.documents = documents;
        this.pdf = pdf;
        this.current = current;
        this.notifications = notifications;
        this.events = events;
        this.messages = messages;
        this.properties = properties;
        this.access = access;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return properties.maxSize().toBytes();
    }

    /** What saving a CV needs (R15), as it stands for the person. */
    @Transactional(readOnly = true)
    public CvChecklist checklist(UUID personId) {
        persons.identity(personId);
        access.read(personId, "cv");
        var person = persons.view(personId);
        return checklist(person);
    }

    /** The person's current CV, if any (not deleted). */
    @Transactional(readOnly = true)
    public Optional<CvView> current(UUID personId) {
        persons.identity(personId);
        access.read(personId, "cv");
        return currentRow(personId);
    }

    private Optional<CvView> currentRow(UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from cv where person_id = ? and is_current")
                .param(personId)
                .query(this::view)
                .optional();
    }

    /** The person's current CV, or {@code cv.not-found}. */
    @Transactional(readOnly = true)
    public CvView requireCurrent(UUID personId) {
        return current(personId).orElseThrow(() -> new CvNotFoundException(personId));
    }

    /** Every CV the person had, newest first: the current one, those it replaced, the deleted ones. */
    @Transactional(readOnly = true)
    public List<CvView> history(UUID personId) {
        persons.identity(personId);
        access.read(personId, "cv-history");
        return jdbc.sql("select " + COLUMNS + " from cv where person_id = ? order by saved_at desc, id")
                .param(personId)
                .query(this::view)
                .list();
    }

    /**
     * Saves an uploaded file as the person's CV: the preconditions (R15) and the file (R16) are checked first, and a
     * refusal names each reason and saves nothing.
     */
    @Transactional
    public CvView upload(UUID personId, String fileName, byte[] content) {
        persons.identity(personId);
        access.write(personId);
        var person = persons.view(personId);
        var violations = new ArrayList<Violation>(Cv.preconditions(checklist(person)));
        CvFileRules.check(content, maxBytes()).ifPresent(violations::add);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        return save(person, "UPLOADED", null, fileName(fileName), content);
    }

    /** The generated CV's content in the language asked for ({@code it}, {@code en}; Italian otherwise). */
    @Transactional(readOnly = true)
    public CvDocument document(UUID personId, String language) {
        persons.identity(personId);
        access.read(personId, "cv");
        var person = persons.view(personId);
        return documents.document(person, language, LocalDate.now(clock.withZone(Rome.ZONE)));
    }

    /** The generated CV as a tagged PDF, not saved (the preview). */
    @Transactional(readOnly = true)
    public byte[] preview(UUID personId, String language) {
        return pdf.render(document(personId, language));
    }

    /** Generates the CV from the person's data and saves it as their CV in one step (same rules as an upload). */
    @Transactional
    public CvView saveGenerated(UUID personId, String language) {
        persons.identity(personId);
        access.write(personId);
        var person = persons.view(personId);
        var violations = Cv.preconditions(checklist(person));
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var today = LocalDate.now(clock.withZone(Rome.ZONE));
        var document = documents.document(person, language, today);
        byte[] content = pdf.render(document);
        String name = "cv-" + slug(person.lastName()) + "-" + slug(person.firstName()) + "-" + today + "-"
                + document.language() + ".pdf";
        return save(person, "GENERATED", document.language(), name, content);
    }

    /**
     * The file of one of the person's CVs, while it exists (not deleted, not purged): the CV is found by its id, the
     * case it belongs to is checked, and a CV of another person is not found.
     */
    @Transactional(readOnly = true)
    public StoredFile file(UUID personId, UUID cvId) {
        var owner = jdbc.sql("select person_id from cv where id = ?")
                .param(cvId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new CvNotFoundException(personId));
        access.read(owner, "cv-file");
        return jdbc.sql("select file_name, content from cv where id = ? and person_id = ? and content is not null"
                        + " and deleted_at is null")
                .params(cvId, personId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getBytes(2)))
                .optional()
                .orElseThrow(() -> new CvNotFoundException(personId));
    }

    /** The file of the person's current CV, or {@code cv.not-found}. */
    @Transactional(readOnly = true)
    public StoredFile currentFile(UUID personId) {
        persons.identity(personId);
        access.read(personId, "cv-file");
        var cv = currentRow(personId).orElseThrow(() -> new CvNotFoundException(personId));
        return file(personId, cv.id());
    }

    /** A CV's file and the name it was saved with. */
    public record StoredFile(String fileName, byte[] content) {}

    /**
     * Deletes the person's current CV (R21), read at {@code version}: the row is kept for the audit, marked deleted,
     * its file removed; {@link CvEvents.CvDeleted} asks the portal module to remove it from the CV search system.
     * The portal profile is not touched: the person deletes it there.
     */
    @Transactional
    public CvView delete(UUID personId, long version) {
        persons.identity(personId);
        access.write(personId);
        persons.lockCase(personId);
        var cv = cvs.findCurrent(personId).orElseThrow(() -> new CvNotFoundException(personId));
        cv.requireVersion(version, c -> byId(c.id()));
        var actor = actor();
        Instant now = Instant.now(clock);
        cv.delete(version, actor.displayName(), now, c -> byId(c.id()));
        cvs.saveAndFlush(cv);
        jdbc.sql("update cv set content = null where id = ?").param(cv.id()).update();
        events.publishEvent(new CvEvents.CvDeleted(UUID.randomUUID(), actor, now, personId, cv.id()));
        return byId(cv.id());
    }

    /** The current CVs of the actor's centre that become obsolete within 30 days from today. */
    @Transactional(readOnly = true)
    public List<CvExpiring> expiring(Actor actor, int limit) {
        return expiring(actor, LocalDate.now(clock.withZone(Rome.ZONE)), limit);
    }

    /**
     * The current CVs that become obsolete within 30 days, of the actor's centre (where they were saved), soonest
     * first.
     */
    @Transactional(readOnly = true)
    public List<CvExpiring> expiring(Actor actor, LocalDate today, int limit) {
        if (actor.centreCode() == null) {
            return List.of();
        }
        var rows = expiringRows(actor.centreCode(), today, limit);
        var people = persons.summaries(rows.stream().map(Expiring::person).toList());
        return rows.stream()
                .map(r -> {
                    var p = people.get(r.person());
                    return new CvExpiring(
                            r.cv(),
                            r.person(),
                            p == null ? "" : p.lastName() + " " + p.firstName(),
                            p == null ? "" : p.taxCode(),
                            r.fileName(),
                            r.obsoleteFrom().minusDays(1),
                            r.obsoleteFrom(),
                            ChronoUnit.DAYS.between(today, r.obsoleteFrom().minusDays(1)));
                })
                .toList();
    }

    private record Expiring(UUID cv, UUID person, String centreCode, String fileName, LocalDate obsoleteFrom) {}

    /** The current CVs that expire within 30 days of today (R20), of one centre or of all, soonest first. */
    private List<Expiring> expiringRows(String centreCode, LocalDate today, int limit) {
        return jdbc.sql("""
                        select id, person_id, centre_code, file_name, obsolete_from from cv
                         where is_current and (cast(:centre as varchar) is null or centre_code = :centre)
                           and obsolete_from > :today and obsolete_from <= :upTo
                         order by obsolete_from, id limit :limit""")
                .param("centre", centreCode)
                .param("today", today)
                .param("upTo", Cv.expiringUpTo(today, Cv.EXPIRING_WITHIN_DAYS))
                .param("limit", limit)
                .query((rs, n) -> new Expiring(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("centre_code"),
                        rs.getString("file_name"),
                        rs.getDate("obsolete_from").toLocalDate()))
                .list();
    }

    /**
     * Reminds each person whose current CV becomes obsolete within 30 days, by e-mail and SMS, once per CV (the
     * deduplication key {@code cv:<id>:expiring}). The daily job.
     *
     * @return how many reminders were asked for (a CV reminded before is asked again and sends nothing)
     */
    @Transactional
    public int remindExpiring() {
        var today = LocalDate.now(clock.withZone(Rome.ZONE));
        var due = expiringRows(null, today, Integer.MAX_VALUE);
        var people = persons.summaries(due.stream().map(Expiring::person).toList());
        for (var d : due) {
            var p = people.get(d.person());
            var actor = new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), d.centreCode(), "SYSTEM");
            notifications.send(
                    MessageRequest.of(
                            d.person(),
                            "cv:" + d.cv() + ":expiring",
                            MessageRequest.CV_EXPIRING,
                            List.of(
                                    p == null ? "" : p.firstName(),
                                    DAY.format(d.obsoleteFrom().minusDays(1)),
                                    DAY.format(d.obsoleteFrom())),
                            Set.of(Channel.EMAIL, Channel.SMS),
                            MessageRequest.ITALIAN),
                    actor);
        }
        return due.size();
    }

    /**
     * Removes the files of CVs replaced longer ago than the retention (the rows stay: who saved them, when). The
     * daily job.
     *
     * @return how many files were purged
     */
    @Transactional
    public int purgeReplaced() {
        Instant now = Instant.now(clock);
        return jdbc.sql("update cv set content = null, purged_at = ? where not is_current and content is not null"
                        + " and replaced_at is not null and replaced_at < ?")
                .params(Timestamp.from(now), Timestamp.from(now.minus(properties.retention())))
                .update();
    }

    // ---------------------------------------------------------------- internals

    /**
     * Saves the CV as the person's current one under the person's case lock: the current one is replaced (kept as
     * history) and flushed before the new row, so that the partial unique index never sees two current CVs; the file
     * is written beside the new row in the same transaction.
     */
    private CvView save(PersonView person, String origin, String language, String fileName, byte[] content) {
        var actor = actor();
        Instant now = Instant.now(clock);
        persons.lockCase(person.id());
        UUID replaced = cvs.findCurrent(person.id())
                .map(current -> {
                    current.replace(now);
                    cvs.saveAndFlush(current);
                    return current.id();
                })
                .orElse(null);
        var cv = new Cv(
                person.id(),
                origin,
                language,
                fileName,
                content.length,
                sha256(content),
                actor,
                now,
                LocalDate.ofInstant(now, Rome.ZONE));
        entities.persist(cv);
        entities.flush();
        jdbc.sql("update cv set content = ? where id = ?")
                .params(content, cv.id())
                .update();
        events.publishEvent(
                new CvEvents.CvSaved(UUID.randomUUID(), actor, now, person.id(), cv.id(), origin, fileName, replaced));
        return byId(cv.id());
    }

    private CvView byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from cv where id = ?")
                .param(id)
                .query(this::view)
                .single();
    }

    private Actor actor() {
        var actor = current.actor();
        if (actor.operatorId() == null || actor.centreCode() == null) {
            throw new RuleViolationException("cv.centre.required", null);
        }
        return actor;
    }

    static CvChecklist checklist(PersonView person, int desiredOccupations) {
        return new CvChecklist(person.educationTitles().size(), desiredOccupations);
    }

    private CvChecklist checklist(PersonView person) {
        return checklist(person, occupations.count(person.id()));
    }

    /** The uploaded file's own name without any folder, at most 255 characters; "cv.pdf" when it has none. */
    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return "cv.pdf";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            return "cv.pdf";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String slug(String s) {
        String folded = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return folded.isEmpty() ? "x" : folded;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private CvView view(ResultSet rs, int n) throws SQLException {
        LocalDate obsoleteFrom = rs.getDate("obsolete_from").toLocalDate();
        LocalDate today = LocalDate.now(clock.withZone(Rome.ZONE));
        boolean obsolete = Cv.obsolete(obsoleteFrom, today);
        Instant deletedAt = instant(rs, "deleted_at");
        return new CvView(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("origin"),
                rs.getString("language"),
                rs.getString("file_name"),
                rs.getInt("size_bytes"),
                rs.getString("sha256"),
                instant(rs, "saved_at"),
                rs.getString("saved_by"),
                rs.getString("centre_code"),
                obsoleteFrom.minusDays(1),
                obsoleteFrom,
                obsolete,
                obsolete ? messages.getMessage("cv.obsolete", null, LocaleContextHolder.getLocale()) : null,
                rs.getBoolean("is_current"),
                instant(rs, "replaced_at"),
                deletedAt,
                rs.getString("deleted_by"),
                instant(rs, "purged_at"),
                rs.getBoolean("has_content") && deletedAt == null,
                rs.getString("transfer_state"),
                rs.getString("transfer_detail"),
                instant(rs, "transfer_updated_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
