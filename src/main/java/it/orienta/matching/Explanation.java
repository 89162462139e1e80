package it.orienta.matching;

import java.util.List;
import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a person fits a vacancy: the score (0–100), the points of each factor against its maximum, the reasons and
 * the gaps, and the version of {@link MatchWeights} that produced them. Also the {@code match_explanation} snapshot a
 * proposal stores (as JSON) so that its outcome can later be set against the factors (ADR 0028).
 */
public record Explanation(
        int score, List<FactorScore> factors, List<Note> reasons, List<Note> gaps, String weightsVersion) {

    public Explanation {
        factors = List.copyOf(factors);
        reasons = List.copyOf(reasons);
        gaps = List.copyOf(gaps);
    }

    /** The factors of the model, in the order the page shows them. */
    public enum Factor {
        PROFESSION,
        PLACE,
        EDUCATION,
        LANGUAGES,
        LICENCES,
        EXPERIENCE,
        WORKING_TIME,
        CV,
        CONTRACT
    }

    /** One factor's points out of its maximum. */
    public record FactorScore(Factor factor, int points, int max) {}

    /**
     * A reason or a gap: a message key ({@code matching.reason.*}, {@code matching.gap.*}) with its arguments, and for
     * a gap the charter activity that could close it (C07-WLP-LIN foreign languages, C07-CAT the training catalogue,
     * C06 a traineeship …), null when no measure does (the page links the CV's gap to the CV).
     *
     * @param args plain strings; one starting with {@code #} is itself a message key (a language's or a licence's
     *     name), one of digits only a number (for the messages' plural choices)
     */
    public record Note(Factor factor, String key, List<String> args, String measure) {

        public Note {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }

        static Note of(Factor factor, String key, String... args) {
            return new Note(factor, key, List.of(args), null);
        }

        Note closedBy(String measure) {
            return new Note(factor, key, args, measure);
        }

        /** The note for a {@code MessageSource}, with its nested keys and numbers resolved. */
        public MessageSourceResolvable resolvable() {
            Object[] resolved = args.stream()
                    .map(a -> a.startsWith("#")
                            ? new DefaultMessageSourceResolvable(
                                    new String[] {a.substring(1)}, a.substring(a.lastIndexOf('.') + 1))
                            : a.matches("\\d{1,9}") ? (Object) Integer.valueOf(a) : a)
                    .toArray();
            return new DefaultMessageSourceResolvable(new String[] {key}, resolved, key);
        }
    }
}
