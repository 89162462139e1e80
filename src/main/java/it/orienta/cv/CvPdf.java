package it.orienta.cv;

import it.orienta.web.TaggedPdf;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a generated CV: the Thymeleaf template {@code cv/pdf.html} (well-formed XHTML, a Europass-like two-column
 * layout) through openhtmltopdf into a PDF tagged for accessibility (PDF/UA), DejaVu Sans embedded, in the CV's
 * language.
 */
@Component
class CvPdf {

    private final ITemplateEngine templates;

    CvPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(CvDocument document) {
        var context = new Context(Locale.forLanguageTag(document.language()));
        context.setVariable("doc", document);
        String html = templates.process("cv/pdf", context);
        return TaggedPdf.render(html, 32 * 1024);
    }
}
