package it.orienta.reference;

import java.util.List;

/**
 * What an import did: codes new to Orienta, changed, unchanged, retired (absent from the file but kept), and the
 * concepts refused with their reason.
 */
record ImportReport(
        CodeSystem system,
        String fileName,
        int read,
        int imported,
        int updated,
        int unchanged,
        int retired,
        List<Rejection> rejected) {

    /** A concept refused: its position in the file, its code as read, and the reason's message key. */
    public record Rejection(int position, String code, String reason) {}
}
