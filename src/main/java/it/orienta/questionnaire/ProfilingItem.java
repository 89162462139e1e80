package it.orienta.questionnaire;

import java.util.Locale;
import java.util.UUID;

/**
 * An entry of one of the administrators' lists: an interview question or a vulnerability indicator.
 *
 * @param source where it comes from
 * @param retired no longer offered in new interviews; kept for the answers and referrals that refer to it
 */
public record ProfilingItem(
        UUID id,
        ItemList list,
        String code,
        String labelIt,
        String labelEn,
        Source source,
        int position,
        boolean retired,
        long version) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelIt;
    }

    /** The two lists. */
    public enum ItemList {
        QUESTION,
        INDICATOR;

        /** The list's name in paths: {@code questions}, {@code indicators}. */
        public String path() {
            return this == QUESTION ? "questions" : "indicators";
        }

        public static ItemList ofPath(String path) {
            return switch (path) {
                case "questions" -> QUESTION;
                case "indicators" -> INDICATOR;
                default -> throw new it.orienta.system.NotFoundException("ProfilingList", path);
            };
        }
    }

    /**
     * Where an entry comes from: {@code AREA} (an assessment area of the card, R7), {@code NATIONAL} (the national
     * standard interview, R4), {@code CARD} (a weaker group the card names), {@code LOCAL} (added here).
     */
    public enum Source {
        AREA,
        NATIONAL,
        CARD,
        LOCAL
    }
}
