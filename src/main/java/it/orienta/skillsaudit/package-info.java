/**
 * The skills audit's output document (R24, ADR 0013): four sections written while the audit's engagement runs,
 * final once completed after the engagement is closed, with its tagged PDF. Completing it proposes the PSP update by
 * an event and a link, not by calling {@code agreement}.
 *
 * <p>Owns the table {@code skills_audit_document}. Reads the engagement and its attended meetings through
 * {@link it.orienta.guidance.GuidanceService}; prefills a new document's study and work path from the person's
 * education titles and work experiences ({@code person}, labelled through {@code reference}).
 *
 * <p>Offers {@link it.orienta.skillsaudit.SkillsAuditDocuments}, its view and its events (on the worker file's
 * timeline and in the audit log).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Skills audit",
        allowedDependencies = {"system", "organisation", "person", "reference", "charter", "guidance", "web"})
package it.orienta.skillsaudit;
