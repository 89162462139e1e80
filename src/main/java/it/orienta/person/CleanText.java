package it.orienta.person;

import it.orienta.system.RuleViolationException.Violation;
import java.text.Normalizer;
import java.util.List;

/**
 * Text as typed by a person, made safe to store and compare: composed to Unicode NFC (so that "è" typed as "e" and
 * a combining accent is the same name as a precomposed "è"), and refused when it holds characters nobody can see
 * or that change how text around them is shown — C0 and C1 controls, the line and paragraph separators, and every
 * format character (zero-width spaces and joiners U+200B–U+200D, the word joiner U+2060, the byte-order mark
 * U+FEFF, the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the soft hyphen).
 * Line breaks and tabs are allowed only in long free text.
 */
public final class CleanText {

    /** The code of the refusal, also the message key {@code rule.text.control-characters}. */
    public static final String CONTROL_CHARACTERS = "text.control-characters";

    private CleanText() {}

    /** The text in NFC, or {@code null}. */
    public static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** Whether the text holds no control or format character (line breaks and tabs allowed when multiline). */
    public static boolean isClean(String value, boolean multiline) {
        return value == null || it.orienta.system.PlainText.Validator.isPlain(value, multiline);
    }

    /**
     * The text in NFC; a violation on the field is added when it holds control or format characters.
     *
     * @param multiline whether line breaks and tabs are allowed (long free text)
     */
    public static String check(String field, String value, boolean multiline, List<Violation> violations) {
        if (!isClean(value, multiline)) {
            violations.add(Violation.of(CONTROL_CHARACTERS, field));
        }
        return nfc(value);
    }
}
