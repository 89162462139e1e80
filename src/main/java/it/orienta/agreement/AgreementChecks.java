package it.orienta.agreement;

import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The small checks the parts of the {@link Agreement} aggregate share: the lengths of its texts, blank and cleaned
 * text, what a signature needs of a draft (all of it at once), the refusal of all the violations found at once (400),
 * and the refusal because of the agreement's state (409).
 */
final class AgreementChecks {

    static final int LONG_TEXT = 4000;
    static final int TEXT = 2000;
    static final int SHORT_TEXT = 200;

    private AgreementChecks() {}

    /** A PSP is drafted, and its interview held, by an operator working in a centre (not the administrator). */
    static Actor inACentre(Actor actor) {
        if (actor.centreCode() == null || actor.operatorId() == null) {
            throw new RuleViolationException("agreement.centre.required", null);
        }
        return actor;
    }

    /**
     * Everything a signature needs of a draft's content (R10), each item that is missing at once and naming its field,
     * so that the interview's checklist, the signature page and a refused signature (page or API) list the same
     * items: a plan, the profiling class, the frequency of contacts, how the person proves the active search, rights
     * explained, no meeting of the interview running. The date and the scan are the signature's own checks.
     */
    static List<Violation> missingForSignature(
            boolean planEmpty,
            ProfilingClass profilingClass,
            String contactFrequency,
            String proofOfSearch,
            boolean explainedRights,
            boolean interviewRunning) {
        var v = new ArrayList<Violation>();
        if (planEmpty) {
            v.add(Violation.of("agreement.sign.plan-empty", "items"));
        }
        if (profilingClass == null) {
            v.add(Violation.of("agreement.sign.profiling-class.required", "profilingClass"));
        }
        if (blank(contactFrequency)) {
            v.add(Violation.of("agreement.sign.contact-frequency.required", "contactFrequency"));
        }
        if (blank(proofOfSearch)) {
            v.add(Violation.of("agreement.sign.proof-of-search.required", "proofOfSearch"));
        }
        if (!explainedRights) {
            v.add(Violation.of("agreement.sign.rights-not-explained", "explainedRights"));
        }
        if (interviewRunning) {
            v.add(Violation.of("agreement.sign.interview-running", null));
        }
        return List.copyOf(v);
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

    static void tooLong(List<Violation> v, String text, int max, String field) {
        if (text != null && text.strip().length() > max) {
            v.add(Violation.of("agreement.text.too-long", field, max));
        }
    }

    /** A refusal because of the agreement's state (HTTP 409): signed, superseded, or a draft exists already. */
    static final class Conflict extends RuleViolationException {
        Conflict(String code, Object... args) {
            super(List.of(Violation.of(code, null, args)), true);
        }
    }
}
