package it.orienta.skillsaudit;

import it.orienta.charter.CharterService;
import it.orienta.guidance.CentreDesk;
import it.orienta.guidance.EngagementView;
import it.orienta.guidance.GuidanceService;
import it.orienta.person.PersonService;
import it.orienta.person.PersonView;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills audit's output document (R24), one per skills-audit engagement: a draft written while the audit goes
 * on, completed (final) once the engagement is closed and every section is written. Completing it proposes the PSP
 * update by publishing {@link SkillsAuditEvents.DocumentCompleted}; the page links to the PSP interview.
 */
@Service
class SkillsAuditDocuments {

    private final JdbcClient jdbc;
    private final GuidanceService guidance;
    private final CentreDesk desk;
    private final CharterService charter;
    private final PersonService persons;
    private final SkillsAuditPdf pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseAccess caseAccess;
    private final it.orienta.organisation.OrganisationService organisation;
    private final ReferenceService reference;
    private final MessageSource messages;

    SkillsAuditDocuments(
            JdbcClient jdbc,
            GuidanceService guidance,
            CentreDesk desk,
            CharterService charter,
            PersonService persons,
            SkillsAuditPdf pdf,
            ApplicationEventPublisher events,
            Clock clock,
            CaseAccess caseAccess,
            it.orienta.organisation.OrganisationService organisation,
            ReferenceService reference,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.guidance = guidance;
        this.desk = desk;
        this.charter = charter;
        this.persons = persons;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
        this.caseAccess = caseAccess;
        this.organisation = organisation;
        this.reference = reference;
        this.messages = messages;
    }

    /** The document's four sections, as written by the operator. */
    public record Sections(String history, String skills, String gaps, String recommendations) {}

    /**
     * The document of a skills-audit engagement: the saved one, or an empty draft of version 0. Any other
     * engagement has none (not found).
     */
    @Transactional(readOnly = true)
    public SkillsAuditDocumentView document(UUID engagementId) {
        var engagement = skillsAudit(engagementId, "skills-audit-document");
        return load(engagement).orElseGet(() -> empty(engagement));
    }

    /**
     * The study and work path the registry holds for the document's person (education titles and work
     * experiences), as the text that prefills a document never saved; empty when the registry holds neither. Read
     * with the document, whose read is the one audited.
     */
    @Transactional(readOnly = true)
    public String suggestedHistory(UUID personId, Locale locale) {
        var person = persons.view(personId);
        var labels = reference.labels(Map.of(
                CodeSystem.EDUCATION_TITLE,
                person.educationTitles().stream()
                        .map(PersonView.EducationTitleView::titleCode)
                        .toList(),
                CodeSystem.PROFESSION,
                person.workExperiences().stream()
                        .map(PersonView.WorkExperienceView::professionCode)
                        .toList(),
                CodeSystem.COUNTRY,
                person.educationTitles().stream()
                        .map(PersonView.EducationTitleView::countryCode)
                        .toList()));
        return new StudyWorkPath(
                        labels.get(CodeSystem.EDUCATION_TITLE),
                        labels.get(CodeSystem.PROFESSION),
                        labels.get(CodeSystem.COUNTRY))
                .text(person, messages, locale);
    }

    /** Whether the engagement is a skills audit's, i.e. has a document. */
    @Transactional(readOnly = true)
    public boolean hasDocument(UUID engagementId) {
        var engagement = guidance.findEngagement(engagementId);
        caseAccess.read(engagement.personId(), "engagements");
        return SkillsAuditRules.hasDocument(
                charter.find(engagement.activityId()).orElse(null));
    }

    /**
     * Saves the draft, based on {@code version} (0 before the first save). A completed document is final (409); a
     * stale version answers 409 with the current document.
     */
    @Transactional
    public SkillsAuditDocumentView save(UUID engagementId, Sections sections, long version) {
        var engagement = skillsAudit(engagementId, null);
        var current = current(engagement, version);
        var violations = SkillsAuditRules.saving(sections);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        write(engagement, current, SkillsAuditRules.normalised(sections));
        return load(engagement).orElseThrow();
    }

    /**
     * Completes the document as saved at {@code version}: every section written and the engagement closed (its
     * total judged), else nothing changes. Publishes the proposal to update the PSP.
     */
    @Transactional
    public SkillsAuditDocumentView complete(UUID engagementId, long version) {
        var engagement = skillsAudit(engagementId, null);
        var current = current(engagement, version);
        return completeFrom(engagement, current, current.sections());
    }

    /** Saves the sections and completes the document in one go: a refusal of either saves nothing (the page). */
    @Transactional
    public SkillsAuditDocumentView saveAndComplete(UUID engagementId, Sections sections, long version) {
        var engagement = skillsAudit(engagementId, null);
        var current = current(engagement, version);
        return completeFrom(engagement, current, sections);
    }

    /** The document rendered as a tagged PDF (a draft says so on its first line). */
    @Transactional(readOnly = true)
    public byte[] pdf(UUID engagementId) {
        var engagement = skillsAudit(engagementId, "skills-audit-pdf");
        var document = load(engagement).orElseGet(() -> empty(engagement));
        var activity = charter.activity(engagement.activityId());
        var centre = engagement.centreCode() == null
                ? null
                : organisation.centre(engagement.centreCode()).orElse(null);
        return pdf.render(document, persons.view(document.personId()), activity.labelIt(), centre);
    }

    // ---------------------------------------------------------------- internals

    private SkillsAuditDocumentView completeFrom(
            EngagementView engagement, SkillsAuditDocumentView current, Sections sections) {
        var violations = SkillsAuditRules.completing(sections, !engagement.open());
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var normalised = SkillsAuditRules.normalised(sections);
        if (current.id() == null || !normalised.equals(current.sections())) {
            write(engagement, current, normalised);
            current = load(engagement).orElseThrow();
        }
        var actor = desk.actor();
        Instant now = Instant.now(clock);
        int updated = jdbc.sql("update skills_audit_document set status = 'COMPLETED', completed_at = ?,"
                        + " completed_by = ?, updated_at = ?, updated_by = ?, version = version + 1"
                        + " where id = ? and version = ? and status = 'DRAFT'")
                .params(
                        Timestamp.from(now),
                        actor.displayName(),
                        Timestamp.from(now),
                        actor.displayName(),
                        current.id(),
                        current.version())
                .update();
        if (updated == 0) {
            var saved = load(engagement).orElseThrow();
            throw new StaleVersionException(saved.version(), saved);
        }
        events.publishEvent(new SkillsAuditEvents.DocumentCompleted(
                UUID.randomUUID(), actor, now, engagement.personId(), engagement.id(), current.id()));
        return load(engagement).orElseThrow();
    }

    private void write(EngagementView engagement, SkillsAuditDocumentView current, Sections s) {
        var actor = desk.actor();
        Instant now = Instant.now(clock);
        if (current.id() == null) {
            UUID id = UUID.randomUUID();
            int inserted = jdbc.sql(
                            "insert into skills_audit_document (id, engagement_id, person_id, history, skills, gaps,"
                                    + " recommendations, status, created_at, created_by, updated_at, updated_by, version)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, 1)"
                                    + " on conflict (engagement_id) do nothing")
                    .params(
                            id,
                            engagement.id(),
                            engagement.personId(),
                            s.history(),
                            s.skills(),
                            s.gaps(),
                            s.recommendations(),
                            Timestamp.from(now),
                            actor.displayName(),
                            Timestamp.from(now),
                            actor.displayName())
                    .update();
            if (inserted == 0) {
                // somebody saved the first draft meanwhile
                var saved = load(engagement).orElseThrow();
                throw new StaleVersionException(saved.version(), saved);
            }
            events.publishEvent(new SkillsAuditEvents.DocumentSaved(
                    UUID.randomUUID(),
                    actor,
                    now,
                    engagement.personId(),
                    engagement.id(),
                    id,
                    true,
                    changed(empty(engagement).sections(), s)));
            return;
        }
        int updated = jdbc.sql("update skills_audit_document set history = ?, skills = ?, gaps = ?,"
                        + " recommendations = ?, updated_at = ?, updated_by = ?, version = version + 1"
                        + " where id = ? and version = ? and status = 'DRAFT'")
                .params(
                        s.history(),
                        s.skills(),
                        s.gaps(),
                        s.recommendations(),
                        Timestamp.from(now),
                        actor.displayName(),
                        current.id(),
                        current.version())
                .update();
        if (updated == 0) {
            var saved = load(engagement).orElseThrow();
            throw new StaleVersionException(saved.version(), saved);
        }
        events.publishEvent(new SkillsAuditEvents.DocumentSaved(
                UUID.randomUUID(),
                actor,
                now,
                engagement.personId(),
                engagement.id(),
                current.id(),
                false,
                changed(current.sections(), s)));
    }

    /** The current document, if the change is based on its version and it is still a draft. */
    private SkillsAuditDocumentView current(EngagementView engagement, long version) {
        var current = load(engagement).orElseGet(() -> empty(engagement));
        SkillsAuditRules.requireDraft(current);
        if (current.version() != version) {
            throw new StaleVersionException(current.version(), current);
        }
        return current;
    }

    /**
     * The engagement, if it is a skills audit's, once the user may read it ({@code what} was read) or change it
     * ({@code what} null). An unknown engagement is not found (404) before any check.
     */
    private EngagementView skillsAudit(UUID engagementId, String what) {
        var engagement = guidance.findEngagement(engagementId);
        boolean changing = what == null;
        if (changing) {
            caseAccess.write(engagement.personId());
        } else {
            caseAccess.read(engagement.personId(), what);
        }
        var activity = charter.find(engagement.activityId()).orElse(null);
        if (!SkillsAuditRules.hasDocument(activity)) {
            if (changing) {
                throw new RuleViolationException("guidance.audit.not-skills-audit", null);
            }
            throw new NotFoundException("SkillsAuditDocument", engagementId);
        }
        return engagement;
    }

    private static List<String> changed(Sections before, Sections after) {
        var fields = new ArrayList<String>();
        if (!before.history().equals(after.history())) fields.add("history");
        if (!before.skills().equals(after.skills())) fields.add("skills");
        if (!before.gaps().equals(after.gaps())) fields.add("gaps");
        if (!before.recommendations().equals(after.recommendations())) fields.add("recommendations");
        return fields;
    }

    private Optional<SkillsAuditDocumentView> load(EngagementView e) {
        var period = period(e);
        return jdbc.sql("select id, history, skills, gaps, recommendations, status, completed_at, completed_by,"
                        + " created_at, created_by, updated_at, updated_by, version from skills_audit_document"
                        + " where engagement_id = ?")
                .param(e.id())
                .query((rs, i) -> row(rs, e, period))
                .optional();
    }

    /** The first and the last start of the engagement's meetings the person attended (nulls before any). */
    private Instant[] period(EngagementView e) {
        var period = guidance.attendedPeriod(e.id());
        return new Instant[] {period.first(), period.last()};
    }

    private SkillsAuditDocumentView empty(EngagementView e) {
        var period = period(e);
        return new SkillsAuditDocumentView(
                null,
                e.id(),
                e.personId(),
                "",
                "",
                "",
                "",
                SkillsAuditDocumentView.Status.DRAFT,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                e.openedAt(),
                period[0],
                period[1],
                !e.open(),
                e.closedAt(),
                e.totalMinutes(),
                e.compliance());
    }

    private static SkillsAuditDocumentView row(ResultSet rs, EngagementView e, Instant[] period) throws SQLException {
        return new SkillsAuditDocumentView(
                rs.getObject("id", UUID.class),
                e.id(),
                e.personId(),
                rs.getString("history"),
                rs.getString("skills"),
                rs.getString("gaps"),
                rs.getString("recommendations"),
                SkillsAuditDocumentView.Status.valueOf(rs.getString("status")),
                instant(rs, "completed_at"),
                rs.getString("completed_by"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "updated_at"),
                rs.getString("updated_by"),
                rs.getLong("version"),
                e.openedAt(),
                period[0],
                period[1],
                !e.open(),
                e.closedAt(),
                e.totalMinutes(),
                e.compliance());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
