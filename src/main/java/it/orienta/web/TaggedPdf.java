package it.orienta.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * Turns well-formed XHTML into a PDF tagged for accessibility (PDF/UA) with DejaVu Sans embedded, through
 * openhtmltopdf: the one renderer of every PDF Orienta writes (the PSP, the skills audit's document, the generated
 * CV). Thread-safe; the fonts are read once.
 */
public final class TaggedPdf {

    /** The font family the PDF templates name in their CSS. */
    public static final String FONT = "DejaVu Sans";

    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private TaggedPdf() {}

    /** The PDF of the given XHTML; {@code sizeHint} is the expected size in bytes. */
    public static byte[] render(String xhtml, int sizeHint) {
        var out = new ByteArrayOutputStream(sizeHint);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
            builder.withProducer("Orienta");
            builder.withHtmlContent(xhtml, null);
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
