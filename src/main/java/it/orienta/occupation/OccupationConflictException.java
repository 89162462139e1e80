package it.orienta.occupation;

import it.orienta.system.RuleViolationException;
import java.util.List;

/** The person has that profession among their desired occupations already (409). */
class OccupationConflictException extends RuleViolationException {

    OccupationConflictException(String title) {
        super(List.of(new Violation("occupation.duplicate", "professionCode", List.of(title))), true);
    }
}
