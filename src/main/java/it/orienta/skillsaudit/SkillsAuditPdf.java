package it.orienta.skillsaudit;

import it.orienta.person.PersonView;
import it.orienta.system.Rome;
import it.orienta.web.TaggedPdf;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the skills audit's document: the Thymeleaf template {@code guidance/audit-pdf.html} (well-formed XHTML)
 * through openhtmltopdf into a PDF tagged for accessibility (PDF/UA), with DejaVu Sans embedded. The same few lines
 * as the agreement module's renderer, copied rather than shared: that one is package-private to agreement, which
 * depends on guidance (ADR 0013).
 */
@Component
class SkillsAuditPdf {

    private final ITemplateEngine templates;

    SkillsAuditPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The document under the region's and the centre's heading ({@code centre} null when unknown). */
    byte[] render(
            SkillsAuditDocumentView document,
            PersonView person,
            String activityLabel,
            it.orienta.organisation.CentreView centre) {
        var context = new Context(Locale.ITALIAN);
        context.setVariable("centre", centre);
        context.setVariable("d", document);
        context.setVariable("person", person);
        context.setVariable("activityLabel", activityLabel);
        context.setVariable("zone", Rome.ZONE.getId());
        var sections = new LinkedHashMap<String, List<String>>();
        sections.put("history", paragraphs(document.history()));
        sections.put("skills", paragraphs(document.skills()));
        sections.put("gaps", paragraphs(document.gaps()));
        sections.put("recommendations", paragraphs(document.recommendations()));
        context.setVariable("sections", sections);
        String html = templates.process("guidance/audit-pdf", context);
        return TaggedPdf.render(html, 32 * 1024);
    }

    /** A section's text as its non-blank lines (the PDF's paragraphs). */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
