package it.orienta.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * For the tests of the PDF documents: the templates with the application's messages (no Spring context), the text
 * of a PDF, and its pages as PNG files in {@code target/screenshots} to look at.
 */
public final class PdfTemplates {

    private static final Path SHOTS = Path.of("target/screenshots");

    private PdfTemplates() {}

    /** A template engine reading {@code templates/*.html} and {@code messages*.properties} from the class path. */
    public static SpringTemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /** The messages the engine above reads (for components that label in Java). */
    public static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The text of pages {@code from} to {@code to} (1-based, inclusive), lines joined with spaces. */
    public static String text(byte[] pdf, int from, int to) {
        try (var doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page. */
    public static String text(byte[] pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    /** The number of pages. */
    public static int pages(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes each page as {@code target/screenshots/<name>-p<n>.png} (96 dpi); returns the number of pages. */
    public static int screenshots(byte[] pdf, String name) {
        try (var doc = Loader.loadPDF(pdf)) {
            Files.createDirectories(SHOTS);
            var renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 96, ImageType.RGB);
                ImageIO.write(
                        image,
                        "png",
                        SHOTS.resolve(name + "-p" + (i + 1) + ".png").toFile());
            }
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
