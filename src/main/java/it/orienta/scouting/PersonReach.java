package it.orienta.scouting;

import it.orienta.matching.Widening;
import it.orienta.occupation.Availability.Travel;
import it.orienta.vacancy.VacancyQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a person's vacancies are looked for, and how the search widens when too few are found: a pure rule.
 *
 * <p>The first step takes the open vacancies in the person's professions (the fifth-level units of the desired
 * occupations and of past jobs) within the person's reach: their municipality when they would stay there, their
 * province when they said so or said nothing (as matching counts it), their region when they would travel further.
 * Then, one step at a time: the professions' fourth-level groups, their third-level classes (each within reach), the
 * whole province (only for who would stay in their municipality), the whole region (only when the reach was
 * narrower). Steps that would ask the same as the one before are left out; each names its {@link Widening}, the
 * vocabulary the candidates' search uses too. A person whose municipality is unknown is looked for anywhere.
 *
 * @param units the fifth-level ISTAT CP2011 codes of the person's professions
 * @param municipalityCode the domicile, else the residence (ISTAT, six digits); null when unknown
 * @param province its two-letter province ("FI"); null when unknown
 * @param travel how far the person would travel; null when not said
 */
record PersonReach(Set<String> units, String municipalityCode, String province, Travel travel) {

    PersonReach {
        units = Set.copyOf(units);
    }

    /** One search: how far it widened and what it asks {@code Vacancies#open}. */
    record Step(Widening widening, VacancyQuery query) {}

    /** The steps in order, the narrowest first; none when the person has no profession. */
    List<Step> steps(int limit) {
        var steps = new ArrayList<Step>();
        if (units.isEmpty()) {
            return steps;
        }
        Set<String> groups = prefixes(4);
        Set<String> classes = prefixes(3);
        var reach = reach();
        var places = new ArrayList<Place>();
        add(steps, places, Widening.NONE, VacancyQuery.professions(units, limit), reach);
        add(steps, places, Widening.PROFESSION_GROUP, VacancyQuery.professions(union(units, groups), limit), reach);
        add(steps, places, Widening.PROFESSION_CLASS, VacancyQuery.professions(classes, limit), reach);
        if (province != null) {
            add(steps, places, Widening.PROVINCE, VacancyQuery.professions(classes, limit), Place.PROVINCE);
            add(steps, places, Widening.REGION, VacancyQuery.professions(classes, limit), Place.REGION);
        }
        return steps;
    }

    /** Where a step searches, the narrowest first. */
    private enum Place {
        MUNICIPALITY,
        PROVINCE,
        REGION,
        ANYWHERE
    }

    /** How far the person's own reach goes, as a place to search. */
    private Place reach() {
        if (province == null) {
            return municipalityCode == null ? Place.ANYWHERE : Place.MUNICIPALITY;
        }
        if (travel == null) return Place.PROVINCE;
        return switch (travel) {
            case MUNICIPALITY -> Place.MUNICIPALITY;
            case PROVINCE -> Place.PROVINCE;
            case REGION, ITALY, ABROAD -> Place.REGION;
        };
    }

    private void add(List<Step> steps, List<Place> places, Widening widening, VacancyQuery professions, Place place) {
        if (!steps.isEmpty()) {
            var before = steps.getLast().query();
            if (before.professions().equals(professions.professions()) && place.compareTo(places.getLast()) <= 0) {
                return; // no wider than the step before: not a widening
            }
        }
        var query = switch (place) {
            case ANYWHERE -> professions;
            case MUNICIPALITY -> professions.inMunicipalities(Set.of(municipalityCode));
            case PROVINCE -> professions.inProvinces(Set.of(province));
            case REGION -> professions.inProvinces(Regions.provincesWith(province));
        };
        steps.add(new Step(widening, query));
        places.add(place);
    }

    private Set<String> prefixes(int levels) {
        var codes = new LinkedHashSet<String>();
        for (String unit : units) codes.add(prefix(unit, levels));
        return codes;
    }

    /** The code's first {@code levels} levels ("5.2.2.3.2", 4 → "5.2.2.3"); the code itself when shorter. */
    static String prefix(String code, int levels) {
        int at = -1;
        for (int i = 0; i < levels; i++) {
            at = code.indexOf('.', at + 1);
            if (at < 0) return code;
        }
        return code.substring(0, at);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
