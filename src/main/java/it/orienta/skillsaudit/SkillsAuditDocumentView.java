package it.orienta.skillsaudit;

import it.orienta.charter.Compliance;
import java.time.Instant;
import java.util.UUID;

/**
 * The skills audit's output document (R24) for one engagement: the person's education and work history, the skills
 * they can spend on the labour market, the gaps to fill and the recommendations. Before it is first saved it is an
 * empty draft of version 0 without an id. {@code engagementClosed} and the engagement's judged total say whether it
 * may be completed; the first and last meetings (null before any) give the audit's period.
 */
record SkillsAuditDocumentView(
        UUID id,
        UUID engagementId,
        UUID personId,
        String history,
        String skills,
        String gaps,
        String recommendations,
        Status status,
        Instant completedAt,
        String completedBy,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version,
        Instant engagementOpenedAt,
        Instant firstMeetingAt,
        Instant lastMeetingAt,
        boolean engagementClosed,
        Instant engagementClosedAt,
        Integer engagementTotalMinutes,
        Compliance engagementCompliance) {

    /** A draft may be edited; a completed document is final. */
    public enum Status {
        DRAFT,
        COMPLETED
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    /** A section's non-blank lines ({@code history}, {@code skills}, {@code gaps}, {@code recommendations}). */
    public java.util.List<String> paragraphs(String section) {
        return SkillsAuditPdf.paragraphs(
                switch (section) {
                    case "history" -> history;
                    case "skills" -> skills;
                    case "gaps" -> gaps;
                    case "recommendations" -> recommendations;
                    default -> throw new IllegalArgumentException(section);
                });
    }

    /** The four sections as a command, e.g. to start a form from what is saved. */
    public SkillsAuditDocuments.Sections sections() {
        return new SkillsAuditDocuments.Sections(history, skills, gaps, recommendations);
    }
}
