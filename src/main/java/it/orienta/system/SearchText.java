package it.orienta.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The accent- and case-insensitive form of a text, as stored in search columns and used in queries. */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s'’`\\-.,/]+");

    private SearchText() {}

    /** "D'Àngelo  Rossi" → "d angelo rossi". */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS
                .matcher(plain.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .trim();
    }

    /** Escapes LIKE wildcards so that user input matches literally. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
