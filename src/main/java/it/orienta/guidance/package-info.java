/**
 * Guidance services as delivered: appointments with their changes, meetings (individual or in a group) with
 * attendance and the judgement of their duration against the service charter's time standard (R2, R23, R24),
 * engagements that group the meetings of one activity, the skills audit's output document (R24), and the
 * pathway's stages derived from what was delivered (R1). Public surface: {@link it.orienta.guidance.GuidanceService},
 * {@link it.orienta.guidance.SkillsAuditDocuments}, their views, commands and events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Guidance",
        allowedDependencies = {"system", "organisation", "person", "intake", "charter", "home", "web"})
package it.orienta.guidance;
