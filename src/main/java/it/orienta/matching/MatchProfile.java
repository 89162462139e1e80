package it.orienta.matching;

import it.orienta.intake.ConsentState;
import it.orienta.occupation.Availability.Hours;
import it.orienta.occupation.Availability.Travel;
import it.orienta.occupation.OccupationDirectory;
import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.person.PersonReads;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A candidate as matching sees them: one row of {@code match_profile}, built from the owning modules' facts by
 * {@link #from}. {@code protectedL68} is special-category data: a filter, never shown nor returned.
 *
 * @param centreCode the centre that has the person in charge now; null when nobody has
 * @param municipalityCode the domicile, else the residence
 * @param desiredProfessions the fifth-level codes of the desired occupations
 * @param professions the fifth-level codes of the desired occupations and of past jobs
 * @param experienceYears years of experience per fifth-level code
 * @param cvObsoleteFrom the current CV's first obsolete day (R20); null without a CV
 */
record MatchProfile(
        UUID personId,
        String centreCode,
        boolean consentGiven,
        boolean protectedL68,
        String displayName,
        Integer birthYear,
        String municipalityCode,
        String provinceCode,
        Travel travel,
        Hours hours,
        EducationLevel education,
        Set<DrivingLicence> licences,
        Map<String, CefrLevel> languages,
        Set<String> desiredProfessions,
        Set<String> professions,
        Map<String, Integer> experienceYears,
        LocalDate cvObsoleteFrom) {

    MatchProfile {
        licences = Set.copyOf(licences);
        languages = Map.copyOf(languages);
        desiredProfessions = Set.copyOf(desiredProfessions);
        professions = Set.copyOf(professions);
        experienceYears = Map.copyOf(experienceYears);
    }

    /** Whether the hard filter lets this person be a candidate at all: in charge, with the matching consent given. */
    boolean listable() {
        return consentGiven && centreCode != null;
    }

    /** The fourth-level groups of the professions. */
    Set<String> professionGroups() {
        var groups = new LinkedHashSet<String>();
        professions.forEach(p -> groups.add(Codes.professionGroup(p)));
        return groups;
    }

    /** The third-level classes of the professions. */
    Set<String> professionClasses() {
        var classes = new LinkedHashSet<String>();
        professions.forEach(p -> classes.add(Codes.professionClass(p)));
        return classes;
    }

    /** The age band shown instead of the birth date ("25-29"), on {@code today}; null when the year is unknown. */
    String ageBand(LocalDate today) {
        if (birthYear == null) return null;
        int age = today.getYear() - birthYear;
        if (age < 25) return "<25";
        if (age < 30) return "25-29";
        if (age < 40) return "30-39";
        if (age < 50) return "40-49";
        if (age < 60) return "50-59";
        return "60+";
    }

    /**
     * The profile from the facts of the owning modules, on {@code today} (the years of a job still held run to it).
     * Years of experience in a profession: the desired occupation's noted years (R13), else the whole years of the
     * past jobs in it (their months added up).
     */
    static MatchProfile from(
            PersonReads.MatchingFacts person,
            String centreCode,
            ConsentState consent,
            OccupationDirectory.MatchingFacts occupations,
            LocalDate cvObsoleteFrom,
            LocalDate today) {
        var months = new TreeMap<String, Long>();
        for (var job : person.workExperiences()) {
            LocalDate to = job.toDate() == null || job.toDate().isAfter(today) ? today : job.toDate();
            long m = job.fromDate().isAfter(to) ? 0 : ChronoUnit.MONTHS.between(job.fromDate(), to);
            months.merge(job.professionCode(), m, Long::sum);
        }
        var experience = new HashMap<String, Integer>();
        months.forEach((code, m) -> experience.put(code, (int) (m / 12)));
        var desired = new LinkedHashSet<String>();
        for (var o : occupations.occupations()) {
            desired.add(o.professionCode());
            if (o.experienceYears() != null) {
                experience.put(o.professionCode(), o.experienceYears());
            } else {
                experience.putIfAbsent(o.professionCode(), 0);
            }
        }
        var all = new LinkedHashSet<>(desired);
        all.addAll(months.keySet());
        var languages = new HashMap<String, CefrLevel>();
        person.languages()
                .forEach(l -> languages.merge(
                        l.language().toLowerCase(java.util.Locale.ROOT),
                        l.level(),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b));
        String municipality = person.domicileMunicipalityCode() != null
                ? person.domicileMunicipalityCode()
                : person.residenceMunicipalityCode();
        var availability = occupations.availability();
        return new MatchProfile(
                person.id(),
                centreCode,
                consent == ConsentState.GIVEN,
                person.protectedCategory(),
                person.firstName() + " " + person.lastName(),
                person.birthDate() == null ? null : person.birthDate().getYear(),
                municipality,
                Codes.provinceOf(municipality),
                availability.travel(),
                availability.hours(),
                EducationLevel.highest(person.educationTitleCodes()),
                Set.copyOf(person.licences()),
                languages,
                desired,
                all,
                experience,
                cvObsoleteFrom);
    }
}
