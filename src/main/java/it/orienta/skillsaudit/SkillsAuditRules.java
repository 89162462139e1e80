package it.orienta.skillsaudit;

import it.orienta.charter.ActivityView;
import it.orienta.charter.Stage;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the skills audit's output document (R24), free of persistence so that they are tested alone: only a
 * skills-audit engagement has one; each section is at most {@value #MAX} characters; a completed document is final;
 * completing needs every section written and the engagement closed, its total judged.
 */
final class SkillsAuditRules {

    static final int MAX = 8000;

    /** The sections' fields, in the document's order (also the API's and the form's names). */
    static final List<String> FIELDS = List.of("history", "skills", "gaps", "recommendations");

    private SkillsAuditRules() {}

    /** Only an engagement of an activity of the skills-audit stage has the document. */
    static boolean hasDocument(ActivityView activity) {
        return activity != null && activity.stage() == Stage.SKILLS_AUDIT;
    }

    /** The sections stripped, null read as empty. */
    static SkillsAuditDocuments.Sections normalised(SkillsAuditDocuments.Sections s) {
        if (s == null) {
            return new SkillsAuditDocuments.Sections("", "", "", "");
        }
        return new SkillsAuditDocuments.Sections(
                strip(s.history()), strip(s.skills()), strip(s.gaps()), strip(s.recommendations()));
    }

    /** What a save refuses: a section over {@value #MAX} characters (at its field). */
    static List<Violation> saving(SkillsAuditDocuments.Sections s) {
        var violations = new ArrayList<Violation>();
        var values = values(s);
        for (int i = 0; i < FIELDS.size(); i++) {
            if (values.get(i).length() > MAX) {
                violations.add(Violation.of("guidance.audit.section.long", FIELDS.get(i), MAX));
            }
        }
        return violations;
    }

    /** What completing refuses besides the lengths: a blank section (at its field), an open engagement. */
    static List<Violation> completing(SkillsAuditDocuments.Sections s, boolean engagementClosed) {
        var violations = new ArrayList<>(saving(s));
        var values = values(s);
        for (int i = 0; i < FIELDS.size(); i++) {
            if (values.get(i).isBlank()) {
                violations.add(Violation.of("guidance.audit.section.required", FIELDS.get(i)));
            }
        }
        if (!engagementClosed) {
            violations.add(Violation.of("guidance.audit.engagement-open", null));
        }
        return violations;
    }

    /** A completed document refuses every change (HTTP 409). */
    static void requireDraft(SkillsAuditDocumentView document) {
        if (document.completed()) {
            throw new Conflict("guidance.audit.completed");
        }
    }

    private static List<String> values(SkillsAuditDocuments.Sections s) {
        var n = normalised(s);
        return List.of(n.history(), n.skills(), n.gaps(), n.recommendations());
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** A refusal because of the document's state (HTTP 409). */
    static final class Conflict extends RuleViolationException {
        Conflict(String code) {
            super(List.of(Violation.of(code, null)), true);
        }
    }
}
