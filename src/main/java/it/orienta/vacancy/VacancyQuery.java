package it.orienta.vacancy;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@link Vacancies#open} looks for among the open vacancies whose expiry has not passed. Every filter left
 * empty (or {@code null}) takes all.
 *
 * @param professions ISTAT CP2011 codes: a fifth-level unit ("5.2.2.3.2") matches itself, a fourth- or third-level
 *     group ("5.2.2.3", "5.2.2") every unit in it; codes of the first two levels match by prefix too (not indexed)
 * @param provinceCodes two-letter provinces of the municipality of work ("FI", "PO")
 * @param municipalityCodes ISTAT municipality codes; with provinces as well, a vacancy in either is taken
 * @param reservedL68 {@code true}: only vacancies reserved for L. 68/99; {@code false}: only the others; {@code null}:
 *     both
 * @param limit at most this many (1–1000), the most recently published first
 */
public record VacancyQuery(
        Set<String> professions,
        Set<String> provinceCodes,
        Set<String> municipalityCodes,
        Boolean reservedL68,
        int limit) {

    public static final int MAX_LIMIT = 1000;

    public VacancyQuery {
        professions = clean(professions);
        provinceCodes = clean(provinceCodes).stream().map(String::toUpperCase).collect(Collectors.toUnmodifiableSet());
        municipalityCodes = clean(municipalityCodes);
        limit = Math.min(Math.max(limit, 1), MAX_LIMIT);
    }

    /** Open vacancies in these professions or groups, anywhere. */
    public static VacancyQuery professions(Set<String> codes, int limit) {
        return new VacancyQuery(codes, Set.of(), Set.of(), null, limit);
    }

    /** The same query limited to these provinces. */
    public VacancyQuery inProvinces(Set<String> codes) {
        return new VacancyQuery(professions, codes, municipalityCodes, reservedL68, limit);
    }

    /** The same query limited to these municipalities (or the provinces given). */
    public VacancyQuery inMunicipalities(Set<String> codes) {
        return new VacancyQuery(professions, provinceCodes, codes, reservedL68, limit);
    }

    /** The same query with or without the vacancies reserved for L. 68/99. */
    public VacancyQuery reserved(Boolean reserved) {
        return new VacancyQuery(professions, provinceCodes, municipalityCodes, reserved, limit);
    }

    private static Set<String> clean(Set<String> codes) {
        return codes == null
                ? Set.of()
                : codes.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .collect(Collectors.toUnmodifiableSet());
    }
}
