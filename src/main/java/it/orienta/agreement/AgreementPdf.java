package it.orienta.agreement;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import it.orienta.person.PersonView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
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

    static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    AgreementPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    byte[] render(AgreementView agreement, PersonView person, Map<String, String> activityLabels) {
        var context = new Context(Locale.ITALIAN);
        context.setVariable("a", agreement);
        context.setVariable("person", person);
        context.setVariable("activityLabels", activityLabels);
        context.setVariable("zone", AgreementService.ZONE.getId());
        String html = templates.process("agreement/pdf", context);
        var out = new ByteArrayOutputStream(64 * 1024);
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

    private static byte[] font(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
