package it.orienta.system;

import java.util.List;
import java.util.Objects;

/**
 * A business rule refused an action. Each violation has a stable machine-readable code (also the message key
 * {@code rule.<code>}), the field at fault when there is one, and the arguments of its message. Pages show the
 * messages at their fields; the API answers with a problem detail (HTTP 422, or 409 for conflicts).
 */
public class RuleViolationException extends RuntimeException {

    private final List<Violation> violations;
    private final boolean conflict;

    public RuleViolationException(String code, String field, Object... args) {
        this(List.of(new Violation(code, field, java.util.Arrays.asList(args))), false);
    }

    protected RuleViolationException(List<Violation> violations, boolean conflict) {
        super(violations.stream().map(Violation::code).toList().toString());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rule violation needs at least one violation");
        }
        this.violations = List.copyOf(violations);
        this.conflict = conflict;
    }

    public static RuleViolationException of(List<Violation> violations) {
        return new RuleViolationException(violations, false);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first violation's code, used as the problem's code. */
    public String code() {
        return violations.getFirst().code();
    }

    /** A conflict with data that already exists (HTTP 409) rather than invalid input (HTTP 422). */
    public boolean isConflict() {
        return conflict;
    }

    /**
     * One broken rule.
     *
     * @param code stable code, e.g. {@code person.tax-code.check-character}
     * @param field the field at fault, or {@code null}
     * @param args arguments of the message {@code rule.<code>}
     */
    /** Serializable: a page shows it after a redirect, as a flash attribute kept in the session (ADR 0022). */
    public record Violation(String code, String field, List<Object> args) implements java.io.Serializable {
        public Violation {
            Objects.requireNonNull(code);
            // an argument may be missing (null): the message shows it empty rather than the refusal becoming a 500
            args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }

        public static Violation of(String code, String field, Object... args) {
            return new Violation(code, field, List.of(args));
        }

        public String messageKey() {
            return "rule." + code;
        }
    }
}
