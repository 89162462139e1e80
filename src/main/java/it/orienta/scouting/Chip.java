package it.orienta.scouting;

import it.orienta.matching.Explanation;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A reason or a gap as the pages and the API show it: its code (the message key), the factor, the text in the
 * user's language and, for a gap, the charter activity that could close it (null when none does).
 */
public record Chip(String code, Explanation.Factor factor, String text, String measure) {

    /** The notes in this language. */
    static List<Chip> of(List<Explanation.Note> notes, MessageSource messages, Locale locale) {
        return notes.stream()
                .map(n -> new Chip(n.key(), n.factor(), messages.getMessage(n.resolvable(), locale), n.measure()))
                .toList();
    }
}
