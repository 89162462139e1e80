package it.orienta.agreement;

import it.orienta.agreement.Commands.Scan;
import it.orienta.system.RuleViolationException.Violation;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.springframework.data.domain.Persistable;

/**
 * The signed scan of a version (PDF only), kept beside the agreement so that reading versions never loads it. Written
 * once, when the version is signed ({@link Agreement#sign}); never changed.
 */
@Entity
@Table(name = "agreement_scan")
class AgreementScan implements Persistable<UUID> {

    /** The largest signed scan accepted. */
    static final int MAX_BYTES = Scan.MAX_BYTES;

    @Id
    private UUID agreementId;

    private String fileName;
    private int sizeBytes;
    private byte[] content;
    private Instant uploadedAt;

    @Transient
    private boolean fresh;

    protected AgreementScan() {}

    AgreementScan(UUID agreementId, Scan scan, Instant now) {
        this.agreementId = agreementId;
        this.fileName = name(scan.fileName());
        this.sizeBytes = scan.content().length;
        this.content = scan.content();
        this.uploadedAt = now;
        this.fresh = true;
    }

    /** A signed scan: not empty, not larger than the limit, a PDF by its content (parsed, at least one page). */
    static List<Violation> check(Scan scan) {
        byte[] bytes = scan.content();
        if (bytes == null || bytes.length == 0) {
            return List.of(Violation.of("agreement.scan.empty", "scan"));
        }
        if (bytes.length > MAX_BYTES) {
            return List.of(Violation.of("agreement.scan.too-large", "scan", MAX_BYTES / (1024 * 1024)));
        }
        if (!isPdf(bytes)) {
            return List.of(Violation.of("agreement.scan.not-pdf", "scan"));
        }
        return List.of();
    }

    /** Judged by content, never by name or declared type: it must start as a PDF and PDFBox must read a page. */
    static boolean isPdf(byte[] bytes) {
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return false;
        }
        try (var document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String name(String name) {
        String n = name == null || name.isBlank() ? "patto-firmato.pdf" : name.strip();
        n = n.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    Info info() {
        return new Info(fileName, sizeBytes);
    }

    Scan scan() {
        return new Scan(fileName, content);
    }

    @Override
    public UUID getId() {
        return agreementId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    /** What a version's view says of its scan, read without the content. */
    record Info(String fileName, int sizeBytes) {}
}
