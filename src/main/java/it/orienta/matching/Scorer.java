package it.orienta.matching;

import static it.orienta.matching.MatchWeights.*;

import it.orienta.matching.Explanation.Factor;
import it.orienta.matching.Explanation.FactorScore;
import it.orienta.matching.Explanation.Note;
import it.orienta.occupation.Availability.Hours;
import it.orienta.occupation.Availability.Travel;
import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring model: pure, no Spring, no database. For a profile and a vacancy it gives the points of each factor
 * ({@link MatchWeights}), the reasons the person fits and the gaps, each gap with the measure that could close it.
 * The hard filters (consent, charge, L. 68/99) are not scored: they are {@link #eligible}.
 */
final class Scorer {

    private Scorer() {}

    /** The measures that close gaps: the charter's activity codes. */
    static final String MEASURE_LANGUAGES = "C07-WLP-LIN";

    static final String MEASURE_ITALIAN = "C07-WLP-ITA";
    static final String MEASURE_TRAINING = "C07";
    static final String MEASURE_CATALOGUE = "C07-CAT";
    static final String MEASURE_TRAINEESHIP = "C06";

    /**
     * The hard filters: in charge somewhere with the matching consent given (R18), and for a vacancy reserved to
     * L. 68/99 a protected person. Whether the vacancy is open is the caller's.
     */
    static boolean eligible(MatchProfile p, Wanted w) {
        return p.listable() && (!w.reservedL68() || p.protectedL68());
    }

    static Explanation score(MatchProfile p, Wanted w, LocalDate today) {
        var s = new Sheet();
        profession(p, w, s);
        place(p, w, s);
        education(p, w, s);
        languages(p, w, s);
        licences(p, w, s);
        experience(p, w, s);
        workingTime(p, w, s);
        cv(p, today, s);
        contract(p, w, today, s);
        int total = s.factors.stream().mapToInt(FactorScore::points).sum();
        int score = (int) Math.round(100.0 * total / TOTAL);
        return new Explanation(score, s.factors, s.reasons, s.gaps, VERSION);
    }

    private static final class Sheet {
        final List<FactorScore> factors = new ArrayList<>();
        final List<Note> reasons = new ArrayList<>();
        final List<Note> gaps = new ArrayList<>();

        void points(Factor factor, int points, int max) {
            factors.add(new FactorScore(factor, Math.max(0, Math.min(points, max)), max));
        }
    }

    static void profession(MatchProfile p, Wanted w, Sheet s) {
        String unit = w.professionCode();
        if (p.desiredProfessions().contains(unit)) {
            s.points(Factor.PROFESSION, PROFESSION_UNIT_DESIRED, PROFESSION_UNIT_DESIRED);
            s.reasons.add(Note.of(Factor.PROFESSION, "matching.reason.profession.desired"));
        } else if (p.professions().contains(unit)) {
            s.points(Factor.PROFESSION, PROFESSION_UNIT_PAST, PROFESSION_UNIT_DESIRED);
            s.reasons.add(Note.of(Factor.PROFESSION, "matching.reason.profession.past"));
        } else if (p.professionGroups().contains(Codes.professionGroup(unit))) {
            s.points(Factor.PROFESSION, PROFESSION_GROUP, PROFESSION_UNIT_DESIRED);
            s.reasons.add(Note.of(Factor.PROFESSION, "matching.reason.profession.group"));
        } else if (p.professionClasses().contains(Codes.professionClass(unit))) {
            s.points(Factor.PROFESSION, PROFESSION_CLASS, PROFESSION_UNIT_DESIRED);
            s.reasons.add(Note.of(Factor.PROFESSION, "matching.reason.profession.class"));
        } else {
            s.points(Factor.PROFESSION, 0, PROFESSION_UNIT_DESIRED);
            s.gaps.add(Note.of(Factor.PROFESSION, "matching.gap.profession").closedBy(MEASURE_TRAINING));
        }
    }

    /** How far the person would go; not said counts as the province (the centre's own labour market). */
    static Travel reach(MatchProfile p) {
        return p.travel() == null ? Travel.PROVINCE : p.travel();
    }

    /**
     * Where the vacancy is, against where the person lives and how far they would travel: same municipality, same
     * province, same region earn their points only within the person's reach; beyond it, nothing and a gap.
     */
    static void place(MatchProfile p, Wanted w, Sheet s) {
        if (p.municipalityCode() == null || (w.municipalityCode() == null && w.provinceCode() == null)) {
            s.points(Factor.PLACE, 0, PLACE_MUNICIPALITY);
            return;
        }
        Travel reach = reach(p);
        boolean sameMunicipality = p.municipalityCode().equals(w.municipalityCode());
        boolean sameProvince = p.provinceCode() != null && p.provinceCode().equals(w.provinceCode());
        String region = Codes.regionOf(p.provinceCode());
        boolean sameRegion = region != null && region.equals(Codes.regionOf(w.provinceCode()));
        if (sameMunicipality) {
            s.points(Factor.PLACE, PLACE_MUNICIPALITY, PLACE_MUNICIPALITY);
            s.reasons.add(Note.of(Factor.PLACE, "matching.reason.place.municipality"));
        } else if (sameProvince && reach != Travel.MUNICIPALITY) {
            s.points(Factor.PLACE, PLACE_PROVINCE, PLACE_MUNICIPALITY);
            s.reasons.add(Note.of(Factor.PLACE, "matching.reason.place.province"));
        } else if (sameRegion && reach.compareTo(Travel.REGION) >= 0) {
            s.points(Factor.PLACE, PLACE_REGION, PLACE_MUNICIPALITY);
            s.reasons.add(Note.of(Factor.PLACE, "matching.reason.place.region"));
        } else if (!sameRegion && reach.compareTo(Travel.ITALY) >= 0) {
            s.points(Factor.PLACE, PLACE_REGION / 2, PLACE_MUNICIPALITY);
            s.reasons.add(Note.of(Factor.PLACE, "matching.reason.place.travel"));
        } else {
            s.points(Factor.PLACE, 0, PLACE_MUNICIPALITY);
            s.gaps.add(Note.of(
                    Factor.PLACE,
                    p.travel() == null ? "matching.gap.place.unknown" : "matching.gap.place." + reach.name()));
        }
    }

    static void education(MatchProfile p, Wanted w, Sheet s) {
        var asked = w.minimumEducation();
        if (asked == EducationLevel.NONE) {
            s.points(Factor.EDUCATION, EDUCATION, EDUCATION);
        } else if (p.education().compareTo(asked) >= 0) {
            s.points(Factor.EDUCATION, EDUCATION, EDUCATION);
            s.reasons.add(
                    Note.of(Factor.EDUCATION, "matching.reason.education", "#matching.education." + asked.name()));
        } else {
            boolean oneBelow = p.education().ordinal() == asked.ordinal() - 1;
            s.points(Factor.EDUCATION, oneBelow ? EDUCATION_ONE_BELOW : 0, EDUCATION);
            s.gaps.add(Note.of(Factor.EDUCATION, "matching.gap.education", "#matching.education." + asked.name())
                    .closedBy(MEASURE_TRAINING));
        }
    }

    static void languages(MatchProfile p, Wanted w, Sheet s) {
        if (w.languages().isEmpty()) {
            s.points(Factor.LANGUAGES, LANGUAGES, LANGUAGES);
            return;
        }
        double earned = 0;
        double share = (double) LANGUAGES / w.languages().size();
        for (var asked : w.languages()) {
            CefrLevel held = p.languages().get(asked.language());
            String name = "#matching.language." + asked.language();
            if (held != null && held.compareTo(asked.level()) >= 0) {
                earned += share;
                s.reasons.add(Note.of(
                        Factor.LANGUAGES,
                        "matching.reason.language",
                        name,
                        asked.level().name(),
                        held.name()));
            } else {
                if (held != null && held.ordinal() == asked.level().ordinal() - 1) {
                    earned += share * LANGUAGE_ONE_BELOW_PERCENT / 100.0;
                }
                var gap = held == null
                        ? Note.of(
                                Factor.LANGUAGES,
                                "matching.gap.language.none",
                                name,
                                asked.level().name())
                        : Note.of(
                                Factor.LANGUAGES,
                                "matching.gap.language",
                                name,
                                asked.level().name(),
                                held.name());
                s.gaps.add(gap.closedBy("it".equals(asked.language()) ? MEASURE_ITALIAN : MEASURE_LANGUAGES));
            }
        }
        s.points(Factor.LANGUAGES, (int) Math.round(earned), LANGUAGES);
    }

    static void licences(MatchProfile p, Wanted w, Sheet s) {
        if (w.licences().isEmpty()) {
            s.points(Factor.LICENCES, LICENCES, LICENCES);
            return;
        }
        int held = 0;
        for (var asked : EnumSet.copyOf(w.licences())) {
            String name = "#matching.licence." + asked.name();
            if (covers(p.licences(), asked)) {
                held++;
                s.reasons.add(Note.of(Factor.LICENCES, "matching.reason.licence", name));
            } else {
                s.gaps.add(
                        Note.of(Factor.LICENCES, "matching.gap.licence", name).closedBy(MEASURE_CATALOGUE));
            }
        }
        s.points(
                Factor.LICENCES,
                (int) Math.round((double) LICENCES * held / w.licences().size()),
                LICENCES);
    }

    /** What a licence held implies (Italian categories: a C needs a B, a CE includes a C, an A includes an A2 …). */
    private static final Map<DrivingLicence, Set<DrivingLicence>> IMPLIES = implications();

    static boolean covers(Set<DrivingLicence> held, DrivingLicence asked) {
        for (var h : held) {
            if (h == asked || IMPLIES.getOrDefault(h, Set.of()).contains(asked)) return true;
        }
        return false;
    }

    private static Map<DrivingLicence, Set<DrivingLicence>> implications() {
        var B = DrivingLicence.B;
        return Map.ofEntries(
                Map.entry(DrivingLicence.A1, Set.of(DrivingLicence.AM)),
                Map.entry(DrivingLicence.A2, Set.of(DrivingLicence.A1, DrivingLicence.AM)),
                Map.entry(DrivingLicence.A, Set.of(DrivingLicence.A2, DrivingLicence.A1, DrivingLicence.AM)),
                Map.entry(B, Set.of(DrivingLicence.B1, DrivingLicence.AM)),
                Map.entry(DrivingLicence.BE, Set.of(B, DrivingLicence.B1, DrivingLicence.AM)),
                Map.entry(DrivingLicence.C1, Set.of(B, DrivingLicence.B1, DrivingLicence.AM)),
                Map.entry(
                        DrivingLicence.C1E,
                        Set.of(DrivingLicence.C1, DrivingLicence.BE, B, DrivingLicence.B1, DrivingLicence.AM)),
                Map.entry(DrivingLicence.C, Set.of(DrivingLicence.C1, B, DrivingLicence.B1, DrivingLicence.AM)),
                Map.entry(
                        DrivingLicence.CE,
                        Set.of(
                                DrivingLicence.C,
                                DrivingLicence.C1E,
                                DrivingLicence.C1,
                                DrivingLicence.BE,
                                B,
                                DrivingLicence.B1,
                                DrivingLicence.AM)),
                Map.entry(DrivingLicence.D1, Set.of(B, DrivingLicence.B1, DrivingLicence.AM)),
                Map.entry(
                        DrivingLicence.D1E,
                        Set.of(DrivingLicence.D1, DrivingLicence.BE, B, DrivingLicence.B1, DrivingLicence.AM)),
                Map.entry(DrivingLicence.D, Set.of(DrivingLicence.D1, B, DrivingLicence.B1, DrivingLicence.AM)),
                Map.entry(
                        DrivingLicence.DE,
                        Set.of(
                                DrivingLicence.D,
                                DrivingLicence.D1E,
                                DrivingLicence.D1,
                                DrivingLicence.BE,
                                B,
                                DrivingLicence.B1,
                                DrivingLicence.AM)));
    }

    /** Years in the vacancy's unit; failing that, the most years in a profession of the same group. */
    static int years(MatchProfile p, String unit) {
        Integer exact = p.experienceYears().get(unit);
        if (exact != null) return exact;
        String group = Codes.professionGroup(unit);
        return p.experienceYears().entrySet().stream()
                .filter(e -> Codes.professionGroup(e.getKey()).equals(group))
                .mapToInt(e -> e.getValue())
                .max()
                .orElse(0);
    }

    static void experience(MatchProfile p, Wanted w, Sheet s) {
        int asked = w.minimumExperienceYears();
        int held = years(p, w.professionCode());
        if (asked == 0) {
            s.points(Factor.EXPERIENCE, EXPERIENCE, EXPERIENCE);
            if (held > 0) s.reasons.add(Note.of(Factor.EXPERIENCE, "matching.reason.experience", String.valueOf(held)));
        } else if (held >= asked) {
            s.points(Factor.EXPERIENCE, EXPERIENCE, EXPERIENCE);
            s.reasons.add(Note.of(Factor.EXPERIENCE, "matching.reason.experience", String.valueOf(held)));
        } else {
            s.points(Factor.EXPERIENCE, EXPERIENCE * held / asked, EXPERIENCE);
            s.gaps.add(
                    Note.of(Factor.EXPERIENCE, "matching.gap.experience", String.valueOf(asked), String.valueOf(held))
                            .closedBy(MEASURE_TRAINEESHIP));
        }
    }

    /**
     * The vacancy's working time against the person's hours: a fit earns all; hours not said, full time for a person
     * on shifts or part time for a full-timer earn half; part time asked of nobody else, shifts of a part-timer
     * nothing. Every shortfall but "not said" is a gap naming the person's hours.
     */
    static void workingTime(MatchProfile p, Wanted w, Sheet s) {
        var time = w.workingTime();
        Hours hours = p.hours();
        if (time == null) {
            s.points(Factor.WORKING_TIME, WORKING_TIME, WORKING_TIME);
            return;
        }
        if (hours == null) {
            s.points(Factor.WORKING_TIME, WORKING_TIME_PARTIAL, WORKING_TIME);
            return;
        }
        int points = switch (time) {
            case FULL_TIME ->
                switch (hours) {
                    case FULL_TIME, EITHER -> WORKING_TIME;
                    case SHIFTS -> WORKING_TIME_PARTIAL;
                    case PART_TIME -> 0;
                };
            case PART_TIME ->
                switch (hours) {
                    case PART_TIME, EITHER -> WORKING_TIME;
                    case FULL_TIME, SHIFTS -> WORKING_TIME_PARTIAL;
                };
            case SHIFTS ->
                switch (hours) {
                    case SHIFTS -> WORKING_TIME;
                    case FULL_TIME, EITHER -> WORKING_TIME_PARTIAL;
                    case PART_TIME -> 0;
                };
        };
        s.points(Factor.WORKING_TIME, points, WORKING_TIME);
        if (points == WORKING_TIME) {
            s.reasons.add(Note.of(Factor.WORKING_TIME, "matching.reason.hours", "#matching.time." + time.name()));
        } else {
            s.gaps.add(Note.of(
                    Factor.WORKING_TIME, "matching.gap.hours." + time.name(), "#matching.hours." + hours.name()));
        }
    }

    static void cv(MatchProfile p, LocalDate today, Sheet s) {
        if (p.cvObsoleteFrom() == null) {
            s.points(Factor.CV, 0, CV_VALID);
            s.gaps.add(Note.of(Factor.CV, "matching.gap.cv.none"));
        } else if (p.cvObsoleteFrom().isAfter(today)) { // the rule of cv.Cv#obsolete and cv_state (R20)
            s.points(Factor.CV, CV_VALID, CV_VALID);
            s.reasons.add(Note.of(Factor.CV, "matching.reason.cv"));
        } else {
            s.points(Factor.CV, 0, CV_VALID);
            s.gaps.add(Note.of(Factor.CV, "matching.gap.cv.obsolete"));
        }
    }

    static void contract(MatchProfile p, Wanted w, LocalDate today, Sheet s) {
        if (w.contract() == Wanted.ContractType.APPRENTICESHIP
                && p.birthYear() != null
                && today.getYear() - p.birthYear() > APPRENTICESHIP_MAX_AGE) {
            s.points(Factor.CONTRACT, 0, CONTRACT);
            s.gaps.add(Note.of(
                    Factor.CONTRACT, "matching.gap.contract.apprenticeship", String.valueOf(APPRENTICESHIP_MAX_AGE)));
        } else {
            s.points(Factor.CONTRACT, CONTRACT, CONTRACT);
        }
    }
}
