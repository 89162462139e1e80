package it.orienta.guidance;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import it.orienta.person.PersonView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
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

    static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    SkillsAuditPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    byte[] render(SkillsAuditDocumentView document, PersonView person, String activityLabel) {
        var context = new Context(Locale.ITALIAN);
        context.setVariable("d", document);
        context.setVariable("person", person);
        context.setVariable("activityLabel", activityLabel);
        context.setVariable("zone", GuidanceEvents.ZONE.getId());
        var sections = new LinkedHashMap<String, List<String>>();
        sections.put("history", paragraphs(document.history()));
        sections.put("skills", paragraphs(document.skills()));
        sections.put("gaps", paragraphs(document.gaps()));
        sections.put("recommendations", paragraphs(document.recommendations()));
        context.setVariable("sections", sections);
        String html = templates.process("guidance/audit-pdf", context);
        var out = new ByteArrayOutputStream(32 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
            builder.withProducer("Orienta");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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

    private static byte[] font(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
