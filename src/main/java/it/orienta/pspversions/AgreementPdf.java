package it.orienta.pspversions;

import it.orienta.agreement.AgreementView;
import it.orienta.occupation.DesiredOccupationView;
import it.orienta.organisation.CentreView;
import it.orienta.person.PersonView;
import it.orienta.web.TaggedPdf;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the PSP document: the Thymeleaf template {@code agreement/pdf.html} (well-formed XHTML, plain Italian:
 * a first page anyone understands, then the full content) through openhtmltopdf into a PDF tagged for
 * accessibility (PDF/UA: structure tree, language, title), with the DejaVu Sans font embedded (subset). The
 * region's and the centre's heading ({@code fragments/pdf.html}), the desired occupations, tables whose header
 * repeats with their rows, and signature lines.
 */
@Component
class AgreementPdf {

    private final ITemplateEngine templates;

    AgreementPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The document; {@code centre} is the centre of the PSP (null when unknown: the region's heading alone). */
    byte[] render(
            AgreementView agreement,
            PersonView person,
            Map<String, String> activityLabels,
            CentreView centre,
            List<DesiredOccupationView> occupations) {
        var context = new Context(Locale.ITALIAN);
        context.setVariable("centre", centre);
        context.setVariable("occupations", occupations);
        context.setVariable("a", agreement);
        context.setVariable("person", person);
        context.setVariable("activityLabels", activityLabels);
        context.setVariable("zone", it.orienta.system.Rome.ZONE.getId());
        String html = templates.process("agreement/pdf", context);
        return TaggedPdf.render(html, 64 * 1024);
    }
}
