package it.orienta.cv;

import it.orienta.system.RuleViolationException.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Whether an uploaded file may be a person's CV (R16): judged by its content, never by its name or declared type.
 * It must be a PDF (the {@code %PDF-} signature), complete (the {@code %%EOF} marker at its end: a truncated file is
 * refused even when PDFBox's lenient parser could repair it), parsable in full (every page and content stream), not
 * encrypted, with at least one page, no JavaScript anywhere (document open action and additional actions, the
 * JavaScript name tree, annotation and form-field actions) and no embedded files (the EmbeddedFiles name tree,
 * file specifications carrying a file, file-attachment annotations), and at most the configured size. Each refusal
 * has its own code, at the field {@code file}.
 */
final class CvFileRules {

    static final String FIELD = "file";

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    /** Readers accept the end-of-file marker within the last kilobyte (trailing blanks, a newline, padding). */
    private static final int EOF_WINDOW = 1024;

    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

    private CvFileRules() {}

    /** The first reason the file is refused, if any. */
    static Optional<Violation> check(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            return refuse("cv.file.empty");
        }
        if (bytes.length > maxBytes) {
            return Optional.of(Violation.of("cv.file.too-large", FIELD, megabytes(maxBytes)));
        }
        if (!startsWith(bytes, SIGNATURE)) {
            return refuse("cv.file.not-pdf");
        }
        if (!endsWithEofMarker(bytes)) {
            return refuse("cv.file.damaged");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted()) {
                return refuse("cv.file.encrypted");
            }
            if (document.getNumberOfPages() == 0) {
                return refuse("cv.file.empty");
            }
            var found = scan(document);
            if (found.javascript) {
                return refuse("cv.file.javascript");
            }
            if (found.embeddedFiles) {
                return refuse("cv.file.embedded-files");
            }
            for (var page : document.getPages()) {
                try (var in = page.getContents()) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return Optional.empty();
        } catch (InvalidPasswordException e) {
            return refuse("cv.file.encrypted");
        } catch (IOException | RuntimeException e) {
            return refuse("cv.file.damaged");
        }
    }

    /** The size as whole megabytes for the messages ("5 MB"). */
    static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    private static Optional<Violation> refuse(String code) {
        return Optional.of(Violation.of(code, FIELD));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        outer:
        for (int i = bytes.length - EOF_MARKER.length; i >= from; i--) {
            for (int j = 0; j < EOF_MARKER.length; j++) {
                if (bytes[i + j] != EOF_MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static final class Found {
        boolean javascript;
        boolean embeddedFiles;
    }

    /**
     * Walks every object reachable from the trailer (the catalog, its names, pages, annotations, form fields and the
     * actions they chain) once, looking for JavaScript actions and embedded files wherever they hang.
     */
    private static Found scan(PDDocument document) {
        var found = new Found();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var stack = new ArrayDeque<COSBase>();
        stack.push(document.getDocument().getTrailer());
        while (!stack.isEmpty() && !(found.javascript && found.embeddedFiles)) {
            COSBase item = stack.pop();
            if (item instanceof COSObject reference) {
                item = reference.getObject();
            }
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof COSDictionary dictionary) {
                inspect(dictionary, found);
                for (var value : dictionary.getValues()) {
                    stack.push(value);
                }
            } else if (item instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    stack.push(array.get(i));
                }
            }
        }
        return found;
    }

    private static void inspect(COSDictionary d, Found found) {
        if (JAVASCRIPT.equals(d.getCOSName(COSName.S)) || d.containsKey(JS) || d.containsKey(JAVASCRIPT)) {
            found.javascript = true;
        }
        if (d.containsKey(EMBEDDED_FILES)
                || d.containsKey(COSName.EF)
                || FILE_ATTACHMENT.equals(d.getCOSName(COSName.SUBTYPE))
                || (d instanceof COSStream && EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE)))) {
            found.embeddedFiles = true;
        }
    }
}
