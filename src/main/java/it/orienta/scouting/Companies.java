package it.orienta.scouting;

import it.orienta.vacancy.Vacancies.EmployerNear;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The companies potentially interested in a person (self-promotion, the card's measure d): employers near the person
 * that published vacancies in the person's professions or their groups in the last 24 months, or that work in the
 * sectors of the person's desired occupations, ranked and explained.
 *
 * @param area how far the search had to go to find enough of them
 * @param considered the employers found within that area (before the best {@value CompanyRanking#KEEP} are kept)
 * @param noProfessions the person has neither a profession nor a sector to look for
 */
public record Companies(UUID personId, Area area, int considered, List<Company> items, boolean noProfessions) {

    public Companies {
        items = List.copyOf(items);
    }

    /** Where the companies were looked for: the person's municipality, their province, their region. */
    public enum Area {
        MUNICIPALITY,
        PROVINCE,
        REGION
    }

    /** An employer, how well it fits (0–100) and why. */
    public record Company(EmployerNear employer, int score, List<Reason> reasons) {

        public Company {
            reasons = List.copyOf(reasons);
        }
    }

    /** A reason in words: the key {@code selfpromotion.reason.<code>} with its arguments. */
    public record Reason(String code, List<Object> args) {

        public Reason {
            args = List.copyOf(args);
        }

        /** What a message source turns into the reason's text. */
        public MessageSourceResolvable resolvable() {
            return new DefaultMessageSourceResolvable(
                    new String[] {"selfpromotion.reason." + code}, args.toArray(), code);
        }
    }
}
