package it.orienta.occupation;

import it.orienta.system.RuleViolationException;
import java.util.List;

/** A fourth desired occupation (R11): refused as a conflict (409), naming the three the person has. */
class OccupationLimitException extends RuleViolationException {

    OccupationLimitException(List<String> existing) {
        super(
                List.of(new Violation(
                        "occupation.limit", "professionCode", List.of(String.join("; ", existing), existing.size()))),
                true);
    }
}
