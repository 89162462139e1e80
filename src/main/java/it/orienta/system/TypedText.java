package it.orienta.system;

import it.orienta.system.RuleViolationException.Violation;
import java.util.List;

/** A free text an operator typed (a reason, a note): how it is stored and what makes it acceptable. */
public final class TypedText {

    private TypedText() {}

    /** Trimmed, with line breaks as {@code \n}; {@code null} when blank. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        var normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return normalised.isEmpty() ? null : normalised;
    }

    /** A required text of {@code min}–{@code max} characters (already normalised), without control characters. */
    public static void check(
            String text, String field, String requiredCode, int min, int max, List<Violation> violations) {
        if (text == null) {
            violations.add(Violation.of(requiredCode, field));
        } else if (text.length() < min) {
            violations.add(Violation.of("field.too-short-rule", field, min));
        } else if (text.length() > max) {
            violations.add(Violation.of("field.too-long-rule", field, max));
        } else if (!PlainText.Validator.isPlain(text, true)) {
            violations.add(Violation.of("text.control-characters", field));
        }
    }
}
