package it.orienta.cv;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.system.RuleViolationException.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;

/** R16: every kind of bad file is refused with its own code, built here with PDFBox. */
class CvFileRulesTest {

    static final long MAX = 5L * 1024 * 1024;

    interface Change {
        void apply(PDDocument document) throws IOException;
    }

    /** A real one-page PDF with a line of text, changed as the test needs before it is saved. */
    static byte[] pdf(Change change) {
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Curriculum vitae di Mario Rossi");
                content.endText();
            }
            change.apply(document);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A valid CV. */
    static byte[] validPdf() {
        return pdf(d -> {});
    }

    static Optional<String> code(byte[] bytes) {
        return CvFileRules.check(bytes, MAX).map(Violation::code);
    }

    @Test
    void aRealPdfIsAccepted() {
        assertThat(CvFileRules.check(validPdf(), MAX)).isEmpty();
    }

    @Test
    void anEmptyFileOrAPdfWithoutPagesIsEmpty() {
        assertThat(code(new byte[0])).contains("cv.file.empty");
        assertThat(code(null)).contains("cv.file.empty");
        byte[] noPages;
        try (var document = new PDDocument()) {
            var out = new ByteArrayOutputStream();
            document.save(out);
            noPages = out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(code(noPages)).contains("cv.file.empty");
    }

    @Test
    void aFileOverTheLimitIsTooLargeWithTheLimitInItsMessage() {
        byte[] big = Arrays.copyOf(validPdf(), (int) MAX + 1);
        var violation = CvFileRules.check(big, MAX).orElseThrow();
        assertThat(violation.code()).isEqualTo("cv.file.too-large");
        assertThat(violation.field()).isEqualTo("file");
        assertThat(violation.args()).containsExactly(5L);
    }

    @Test
    void aPngAZipAnHtmlPageNamedPdfAreNotPdfs() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        var zipBytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipBytes)) {
            zip.putNextEntry(new ZipEntry("cv.pdf"));
            zip.write(validPdf());
            zip.closeEntry();
        }
        byte[] html = "<!DOCTYPE html><html><body>%PDF-1.7 Curriculum</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(code(png)).contains("cv.file.not-pdf");
        assertThat(code(zipBytes.toByteArray())).contains("cv.file.not-pdf");
        assertThat(code(html)).contains("cv.file.not-pdf");
        assertThat(code("plain text".getBytes(StandardCharsets.UTF_8))).contains("cv.file.not-pdf");
    }

    @Test
    void aTruncatedPdfIsDamagedEvenThoughALenientParserCouldRepairIt() {
        byte[] whole = validPdf();
        assertThat(code(Arrays.copyOf(whole, whole.length / 2))).contains("cv.file.damaged");
        assertThat(code(Arrays.copyOf(whole, whole.length - 10))).contains("cv.file.damaged");
        byte[] garbage = "%PDF-1.7\nthis is not a pdf at all\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(code(garbage)).contains("cv.file.damaged");
    }

    @Test
    void anEncryptedPdfIsRefusedWithOrWithoutAnOpenPassword() {
        byte[] ownerOnly = pdf(d -> {
            var policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
        });
        byte[] withUserPassword = pdf(d -> {
            var policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            d.protect(policy);
        });
        assertThat(code(ownerOnly)).contains("cv.file.encrypted");
        assertThat(code(withUserPassword)).contains("cv.file.encrypted");
    }

    @Test
    void javascriptIsRefusedWhereverItHangs() {
        byte[] openAction = pdf(d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")));
        byte[] namesTree = pdf(d -> {
            var tree = new PDJavascriptNameTreeNode();
            tree.setNames(Map.of("hello", new PDActionJavaScript("app.alert(2)")));
            var names = new PDDocumentNameDictionary(d.getDocumentCatalog());
            names.setJavascript(tree);
            d.getDocumentCatalog().setNames(names);
        });
        byte[] linkAnnotation = pdf(d -> {
            var link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 600, 100, 20));
            link.setAction(new PDActionJavaScript("app.alert(3)"));
            d.getPage(0).getAnnotations().add(link);
        });
        byte[] formField = pdf(d -> {
            var form = new PDAcroForm(d);
            d.getDocumentCatalog().setAcroForm(form);
            var field = new PDTextField(form);
            field.setPartialName("name");
            var actions = new PDFormFieldAdditionalActions();
            actions.setK(new PDActionJavaScript("event.rc = true;"));
            field.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.AA, actions.getCOSObject());
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(72, 500, 200, 20));
            widget.setPage(d.getPage(0));
            d.getPage(0).getAnnotations().add(widget);
            form.setFields(List.of(field));
        });
        for (byte[] bytes : List.of(openAction, namesTree, linkAnnotation, formField)) {
            assertThat(code(bytes)).contains("cv.file.javascript");
        }
    }

    @Test
    void embeddedFilesAreRefusedInTheNamesTreeAndAsAttachmentAnnotations() {
        byte[] namesTree = pdf(d -> {
            var spec = fileSpec(d);
            var tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("secret.exe", spec));
            var names = new PDDocumentNameDictionary(d.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            d.getDocumentCatalog().setNames(names);
        });
        byte[] annotation = pdf(d -> {
            var attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(72, 400, 20, 20));
            attachment.setFile(fileSpec(d));
            d.getPage(0).getAnnotations().add(attachment);
        });
        assertThat(code(namesTree)).contains("cv.file.embedded-files");
        assertThat(code(annotation)).contains("cv.file.embedded-files");
    }

    private static PDComplexFileSpecification fileSpec(PDDocument d) throws IOException {
        var file = new PDEmbeddedFile(d, new java.io.ByteArrayInputStream("MZ".getBytes(StandardCharsets.ISO_8859_1)));
        file.setSubtype("application/octet-stream");
        file.setSize(2);
        file.setCreationDate(Calendar.getInstance());
        var spec = new PDComplexFileSpecification();
        spec.setFile("secret.exe");
        spec.setEmbeddedFile(file);
        return spec;
    }
}
