package it.orienta.agreement;

import it.orienta.agreement.Commands.ChangeStatus;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.agreement.Commands.SavePhase1;
import it.orienta.agreement.Commands.SavePhase2;
import it.orienta.agreement.Commands.SavePhase3;
import it.orienta.agreement.Commands.Scan;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;

/**
 * The rules of the interview and of the PSP, apart from the database: what a phase may hold, what a plan item
 * needs (a due date or a frequency, R9), which status changes a plan item accepts, and what signing needs (a
 * plan, the art. 20 content, rights explained, a date neither in the future nor before the interview, a scan
 * that is really a PDF).
 */
final class AgreementRules {

    /** The largest signed scan accepted. */
    static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    static final int LONG_TEXT = 4000;
    static final int TEXT = 2000;
    static final int SHORT_TEXT = 200;

    private AgreementRules() {}

    /** A signed or superseded version is never edited: an update is a new version (R10). */
    static void checkEditable(AgreementStatus status, int number) {
        if (status != AgreementStatus.DRAFT) {
            throw new AgreementConflict("agreement.signed.immutable", null, number);
        }
    }

    static List<Violation> checkPhase1(SavePhase1 c) {
        var v = new ArrayList<Violation>();
        tooLong(v, c.expectations(), LONG_TEXT, "expectations");
        tooLong(v, c.motivation(), LONG_TEXT, "motivation");
        return v;
    }

    static List<Violation> checkPhase2(SavePhase2 c) {
        var v = new ArrayList<Violation>();
        Map<Integer, Integer> ratings = c.ratings() == null ? Map.of() : c.ratings();
        ratings.forEach((area, rating) -> {
            if (area == null || area < 1 || area > 10) {
                v.add(Violation.of("agreement.area.unknown", "ratings", area));
            } else if (rating != null && (rating < 1 || rating > 4)) {
                v.add(Violation.of("agreement.area.rating.range", "ratings[" + area + "]", area));
            }
        });
        Map<Integer, String> notes = c.notes() == null ? Map.of() : c.notes();
        notes.forEach((area, text) -> {
            if (area == null || area < 1 || area > 10) {
                v.add(Violation.of("agreement.area.unknown", "notes", area));
            } else {
                tooLong(v, text, LONG_TEXT, "notes[" + area + "]");
            }
        });
        return v;
    }

    static List<Violation> checkPhase3(SavePhase3 c) {
        var v = new ArrayList<Violation>();
        tooLong(v, c.goal(), 1000, "goal");
        tooLong(v, c.contactFrequency(), SHORT_TEXT, "contactFrequency");
        tooLong(v, c.proofOfSearch(), TEXT, "proofOfSearch");
        tooLong(v, c.availabilityNotes(), TEXT, "availabilityNotes");
        if (c.measureNotes() != null) {
            c.measureNotes().forEach((m, text) -> tooLong(v, text, 1000, "measureNotes[" + m + "]"));
        }
        return v;
    }

    /** A plan item: its kind and who does it, a description, and when: a due date or a frequency (R9). */
    static List<Violation> checkItem(PlanItemCommand c) {
        var v = new ArrayList<Violation>();
        if (c.kind() == null) {
            v.add(Violation.of("agreement.item.kind.required", "kind"));
        } else if (c.kind() == ItemKind.CENTRE && blank(c.activityId())) {
            v.add(Violation.of("agreement.item.activity.required", "activityId"));
        } else if (c.kind() == ItemKind.NETWORK) {
            if (blank(c.actorName())) {
                v.add(Violation.of("agreement.item.actor-name.required", "actorName"));
            }
            if (c.actorKind() == null) {
                v.add(Violation.of("agreement.item.actor-kind.required", "actorKind"));
            }
        }
        if (blank(c.description())) {
            v.add(Violation.of("agreement.item.description.required", "description"));
        }
        tooLong(v, c.description(), TEXT, "description");
        tooLong(v, c.actorName(), SHORT_TEXT, "actorName");
        tooLong(v, c.frequency(), SHORT_TEXT, "frequency");
        if (c.dueDate() == null && blank(c.frequency())) {
            v.add(Violation.of("agreement.item.when.required", "dueDate"));
        }
        return v;
    }

    /** A plan item moves to another status; giving up or cancelling says why. */
    static List<Violation> checkStatusChange(ItemStatus current, ChangeStatus c) {
        var v = new ArrayList<Violation>();
        if (c.status() == null) {
            v.add(Violation.of("agreement.item.status.required", "status"));
        } else if (c.status() == current) {
            v.add(Violation.of("agreement.item.status.same", "status"));
        } else if (c.status().needsNote() && blank(c.note())) {
            v.add(Violation.of("agreement.item.status.note-required", "note"));
        }
        tooLong(v, c.note(), 1000, "note");
        return v;
    }

    /**
     * What signing needs: a plan (phase 3 not empty), the art. 20 content, rights explained (R6, R10), the date of
     * signature neither in the future nor before the interview, a scan (when given) that is a PDF, and no meeting
     * of the interview still running.
     */
    static List<Violation> checkSignature(
            AgreementView agreement,
            LocalDate signedOn,
            Scan scan,
            LocalDate interviewDay,
            LocalDate today,
            boolean interviewRunning) {
        var v = new ArrayList<Violation>();
        if (agreement.items().isEmpty()) {
            v.add(Violation.of("agreement.sign.plan-empty", "items"));
        }
        var p3 = agreement.phase3();
        if (p3.profilingClass() == null) {
            v.add(Violation.of("agreement.sign.profiling-class.required", "profilingClass"));
        }
        if (blank(p3.contactFrequency())) {
            v.add(Violation.of("agreement.sign.contact-frequency.required", "contactFrequency"));
        }
        if (blank(p3.proofOfSearch())) {
            v.add(Violation.of("agreement.sign.proof-of-search.required", "proofOfSearch"));
        }
        if (!agreement.phase1().explainedRights()) {
            v.add(Violation.of("agreement.sign.rights-not-explained", "explainedRights"));
        }
        if (interviewRunning) {
            v.add(Violation.of("agreement.sign.interview-running", null));
        }
        if (signedOn == null) {
            v.add(Violation.of("agreement.sign.date.required", "signedOn"));
        } else if (signedOn.isAfter(today)) {
            v.add(Violation.of("agreement.sign.date.future", "signedOn"));
        } else if (signedOn.isBefore(interviewDay)) {
            v.add(Violation.of(
                    "agreement.sign.date.before-interview",
                    "signedOn",
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(interviewDay)));
        }
        if (scan != null) {
            v.addAll(checkScan(scan));
        }
        return v;
    }

    /** A signed scan: not empty, not larger than the limit, a PDF by its content (parsed, at least one page). */
    static List<Violation> checkScan(Scan scan) {
        byte[] bytes = scan.content();
        if (bytes == null || bytes.length == 0) {
            return List.of(Violation.of("agreement.scan.empty", "scan"));
        }
        if (bytes.length > MAX_SCAN_BYTES) {
            return List.of(Violation.of("agreement.scan.too-large", "scan", MAX_SCAN_BYTES / (1024 * 1024)));
        }
        if (!isPdf(bytes)) {
            return List.of(Violation.of("agreement.scan.not-pdf", "scan"));
        }
        return List.of();
    }

    /** Judged by content, never by name or declared type: it must start as a PDF and PDFBox must read a page. */
    static boolean isPdf(byte[] bytes) {
        if (bytes.length < 5
                || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return false;
        }
        try (var document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static void tooLong(List<Violation> v, String text, int max, String field) {
        if (text != null && text.strip().length() > max) {
            v.add(Violation.of("agreement.text.too-long", field, max));
        }
    }

    /** A refusal because of the agreement's state (HTTP 409): signed, or a draft exists already. */
    static final class AgreementConflict extends RuleViolationException {
        AgreementConflict(String code, String field, Object... args) {
            super(List.of(Violation.of(code, field, args)), true);
        }
    }
}
