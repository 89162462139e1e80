package it.orienta.cv;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a generated CV: the Thymeleaf template {@code cv/pdf.html} (well-formed XHTML, a Europass-like two-column
 * layout) through openhtmltopdf into a PDF tagged for accessibility (PDF/UA), DejaVu Sans embedded, in the CV's
 * language. The same few lines as the agreement's and the skills audit's renderers (package-private there).
 */
@Component
class CvPdf {

    static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    CvPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = font("fonts/DejaVuSans.ttf");
        this.bold = font("fonts/DejaVuSans-Bold.ttf");
    }

    byte[] render(CvDocument document) {
        var context = new Context(Locale.forLanguageTag(document.language()));
        context.setVariable("doc", document);
        String html = templates.process("cv/pdf", context);
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

    private static byte[] font(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
