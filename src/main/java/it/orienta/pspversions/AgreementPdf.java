package it.orienta.pspversions;

import it.orienta.agreement.AgreementView;
import it.orienta.person.PersonView;
import it.orienta.web.TaggedPdf;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the PSP document: the Thymeleaf template {@code agreement/pdf.html} (well-formed XHTML, plain Italian:
 * a first page anyone understands, then the full content) through openhtmltopdf into a PDF tagged for
 * accessibility (PDF/UA: structure tree, language, title), with the DejaVu Sans font embedded (subset).
 */
@Component
class AgreementPdf {

    private final ITemplateEngine templates;

    AgreementPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(AgreementView agreement, PersonView person, Map<String, String> activityLabels) {
        var context = new Context(Locale.ITALIAN);
        context.setVariable("a", agreement);
        context.setVariable("person", person);
        context.setVariable("activityLabels", activityLabels);
        context.setVariable("zone", it.orienta.system.Rome.ZONE.getId());
        String html = templates.process("agreement/pdf", context);
        return TaggedPdf.render(html, 64 * 1024);
    }
}
