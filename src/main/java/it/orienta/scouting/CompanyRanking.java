package it.orienta.scouting;

import it.orienta.scouting.Companies.Area;
import it.orienta.scouting.Companies.Company;
import it.orienta.scouting.Companies.Reason;
import it.orienta.vacancy.Vacancies.EmployerNear;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * How the companies near a person are chosen and ranked, a pure rule (ADR 0033).
 *
 * <p><b>Area</b>: the person's municipality when it holds at least {@value #ENOUGH} of them, else the province when
 * it does, else the region. <b>Score</b> (0–100, the weights here and nowhere else): vacancies in one of the
 * person's professions 50, +5 for each further one up to 70; else vacancies in one of their groups 30, +5 for each
 * further one up to 40; the employer's ATECO division in one of the sectors of the person's desired occupations 15;
 * a vacancy of those published in the last 6 months 5; in the person's municipality 10, in their province 5. The
 * best {@value #KEEP} are kept, the highest score first, then by name.
 */
final class CompanyRanking {

    /** Fewer employers than this in an area, and the search widens to the next. */
    static final int ENOUGH = 10;

    /** The most companies a person's list shows. */
    static final int KEEP = 30;

    static final int UNIT = 50;
    static final int UNIT_MORE = 5;
    static final int UNIT_MAX = 70;
    static final int GROUP = 30;
    static final int GROUP_MORE = 5;
    static final int GROUP_MAX = 40;
    static final int SECTOR = 15;
    static final int RECENT = 5;
    static final int RECENT_MONTHS = 6;
    static final int SAME_MUNICIPALITY = 10;
    static final int SAME_PROVINCE = 5;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CompanyRanking() {}

    /**
     * The companies of {@code found} (the nearest first, as {@code Vacancies#employersNear} answers) within the
     * narrowest area that holds enough of them, ranked and explained.
     *
     * @param sectors the SEP sectors of the person's desired occupations
     * @param atecoLabel an ATECO division's label
     * @param sepLabel a SEP sector's label
     */
    static Companies rank(
            UUID personId,
            List<EmployerNear> found,
            Set<Integer> sectors,
            LocalDate today,
            Function<String, String> atecoLabel,
            Function<Integer, String> sepLabel) {
        Area area = area(found);
        var items = new ArrayList<Company>();
        for (var e : found) {
            if (e.distance() <= area.ordinal()) {
                items.add(new Company(e, score(e, today), reasons(e, sectors, atecoLabel, sepLabel)));
            }
        }
        int considered = items.size();
        items.sort(Comparator.comparingInt(Company::score)
                .reversed()
                .thenComparing(c -> c.employer().name())
                .thenComparing(c -> c.employer().employerId()));
        return new Companies(personId, area, considered, items.subList(0, Math.min(KEEP, items.size())), false);
    }

    /** The narrowest area with at least {@value #ENOUGH} employers; the region when none has. */
    static Area area(List<EmployerNear> found) {
        int[] within = new int[3];
        for (var e : found) {
            for (int d = Math.max(0, e.distance()); d < 3; d++) within[d]++;
        }
        if (within[0] >= ENOUGH) return Area.MUNICIPALITY;
        if (within[1] >= ENOUGH) return Area.PROVINCE;
        return Area.REGION;
    }

    static int score(EmployerNear e, LocalDate today) {
        int score = 0;
        if (e.sameUnit() > 0) {
            score += Math.min(UNIT_MAX, UNIT + UNIT_MORE * (e.sameUnit() - 1));
        } else if (e.sameGroup() > 0) {
            score += Math.min(GROUP_MAX, GROUP + GROUP_MORE * (e.sameGroup() - 1));
        }
        if (e.sectorMatch()) score += SECTOR;
        if (e.lastPublished() != null && !e.lastPublished().isBefore(today.minusMonths(RECENT_MONTHS))) {
            score += RECENT;
        }
        score += switch (e.distance()) {
            case 0 -> SAME_MUNICIPALITY;
            case 1 -> SAME_PROVINCE;
            default -> 0;
        };
        return Math.min(100, score);
    }

    static List<Reason> reasons(
            EmployerNear e,
            Set<Integer> sectors,
            Function<String, String> atecoLabel,
            Function<Integer, String> sepLabel) {
        var reasons = new ArrayList<Reason>();
        String last = e.lastPublished() == null ? "" : DAY.format(e.lastPublished());
        if (e.sameUnit() > 0) {
            reasons.add(new Reason("same-unit", List.of(e.sameUnit(), last)));
        }
        if (e.sameGroup() > e.sameUnit()) {
            reasons.add(new Reason(
                    e.sameUnit() > 0 ? "same-group-also" : "same-group", List.of(e.sameGroup() - e.sameUnit(), last)));
        }
        Integer sep = e.sectorMatch() ? SepAteco.sectorOf(e.atecoDivision(), sectors) : null;
        if (sep != null) {
            reasons.add(new Reason("sector", List.of(atecoLabel.apply(e.atecoDivision()), sepLabel.apply(sep))));
        }
        reasons.add(new Reason(
                switch (e.distance()) {
                    case 0 -> "municipality";
                    case 1 -> "province";
                    default -> "region";
                },
                List.of(place(e))));
        return reasons;
    }

    /** "Empoli (FI)". */
    static String place(EmployerNear e) {
        String name = e.municipalityLabel() == null ? e.municipalityCode() : e.municipalityLabel();
        return e.provinceCode() == null ? name : name + " (" + e.provinceCode() + ")";
    }
}
