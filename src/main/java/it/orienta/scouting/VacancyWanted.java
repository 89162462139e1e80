package it.orienta.scouting;

import it.orienta.matching.EducationLevel;
import it.orienta.matching.Wanted;
import it.orienta.vacancy.VacancyView;
import java.util.Set;

/**
 * A vacancy as matching reads it: the one mapping from {@link VacancyView} to {@link Wanted}. The province is left to
 * matching, which takes the ISTAT province (three digits) from the municipality of work: the vacancy stores the
 * two-letter one ("FI"), which matching does not compare. The education level is the same on both sides: the first
 * digit of the ISTAT title code (ADR 0027, ADR 0028).
 */
public final class VacancyWanted {

    private VacancyWanted() {}

    /** What this vacancy asks, for {@code Matching}. */
    public static Wanted of(VacancyView v) {
        var r = v.requirements();
        return new Wanted(
                v.id(),
                v.professionCode(),
                v.municipalityCode(),
                null,
                v.contractType() == null
                        ? null
                        : Wanted.ContractType.valueOf(v.contractType().name()),
                v.workingTime() == null
                        ? null
                        : Wanted.WorkingTime.valueOf(v.workingTime().name()),
                r.minEducationLevel() == null
                        ? EducationLevel.NONE
                        : EducationLevel.ofTitleCode(String.valueOf(r.minEducationLevel())),
                Set.copyOf(r.drivingLicences()),
                r.languages().stream()
                        .map(l -> new Wanted.LanguageRequirement(l.code(), l.level()))
                        .toList(),
                r.minExperienceYears() == null ? 0 : r.minExperienceYears(),
                v.reservedL68());
    }
}
