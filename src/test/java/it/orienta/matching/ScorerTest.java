package it.orienta.matching;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.matching.Explanation.Factor;
import it.orienta.matching.Explanation.FactorScore;
import it.orienta.matching.Explanation.Note;
import it.orienta.matching.Wanted.ContractType;
import it.orienta.matching.Wanted.LanguageRequirement;
import it.orienta.matching.Wanted.WorkingTime;
import it.orienta.occupation.Availability.Hours;
import it.orienta.occupation.Availability.Travel;
import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The scoring model, factor by factor, without Spring: points, reasons, gaps and the measures that close them. */
class ScorerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String COOK = "5.2.2.1.0";
    static final String FIRENZE = "048017";
    static final String SESTO = "048043"; // Sesto Fiorentino, province of Florence
    static final String PRATO = "100005";
    static final String ROMA = "058091";

    /** A cook in Florence who wants to be a cook, with everything a vacancy may ask. */
    static MatchProfile cook() {
        return new MatchProfile(
                UUID.randomUUID(),
                "FI01",
                true,
                false,
                "Anna Rossi",
                1990,
                FIRENZE,
                "048",
                Travel.PROVINCE,
                Hours.EITHER,
                EducationLevel.UPPER_SECONDARY,
                Set.of(DrivingLicence.B),
                Map.of("en", CefrLevel.B2, "it", CefrLevel.NATIVE),
                Set.of(COOK),
                Set.of(COOK),
                Map.of(COOK, 5),
                TODAY.plusMonths(3));
    }

    static Wanted wanted() {
        return new Wanted(
                UUID.randomUUID(),
                COOK,
                FIRENZE,
                null,
                ContractType.PERMANENT,
                WorkingTime.FULL_TIME,
                EducationLevel.UPPER_SECONDARY,
                Set.of(DrivingLicence.B),
                List.of(new LanguageRequirement("en", CefrLevel.B1)),
                3,
                false);
    }

    static Wanted with(java.util.function.UnaryOperator<WantedBuilder> change) {
        return change.apply(new WantedBuilder(wanted())).build();
    }

    static MatchProfile profile(java.util.function.UnaryOperator<ProfileBuilder> change) {
        return change.apply(new ProfileBuilder(cook())).build();
    }

    static int points(Explanation e, Factor f) {
        return e.factors().stream()
                .filter(s -> s.factor() == f)
                .mapToInt(FactorScore::points)
                .findFirst()
                .orElseThrow();
    }

    static List<String> keys(List<Note> notes) {
        return notes.stream().map(Note::key).toList();
    }

    @Test
    void aPerfectFitScoresOneHundredWithAReasonPerFactorAndNoGap() {
        var e = Scorer.score(cook(), wanted(), TODAY);
        assertThat(e.score()).isEqualTo(100);
        assertThat(e.gaps()).isEmpty();
        assertThat(e.weightsVersion()).isEqualTo(MatchWeights.VERSION);
        assertThat(e.factors()).extracting(FactorScore::factor).containsExactly(Factor.values());
        assertThat(keys(e.reasons()))
                .contains(
                        "matching.reason.profession.desired",
                        "matching.reason.place.municipality",
                        "matching.reason.education",
                        "matching.reason.language",
                        "matching.reason.licence",
                        "matching.reason.experience",
                        "matching.reason.hours",
                        "matching.reason.cv");
    }

    @Test
    void professionDesiredUnitThenPastJobThenGroupThenClassThenNothing() {
        var w = wanted();
        assertThat(points(Scorer.score(cook(), w, TODAY), Factor.PROFESSION))
                .isEqualTo(MatchWeights.PROFESSION_UNIT_DESIRED);
        var past = profile(b -> b.desired(Set.of("5.2.2.3.2")).professions(Set.of("5.2.2.3.2", COOK)));
        var e = Scorer.score(past, w, TODAY);
        assertThat(points(e, Factor.PROFESSION)).isEqualTo(MatchWeights.PROFESSION_UNIT_PAST);
        assertThat(keys(e.reasons())).contains("matching.reason.profession.past");
        var group = profile(b -> b.desired(Set.of("5.2.2.1.1")).professions(Set.of("5.2.2.1.1")));
        assertThat(points(Scorer.score(group, w, TODAY), Factor.PROFESSION)).isEqualTo(MatchWeights.PROFESSION_GROUP);
        var klass = profile(b -> b.desired(Set.of("5.2.2.3.2")).professions(Set.of("5.2.2.3.2")));
        assertThat(points(Scorer.score(klass, w, TODAY), Factor.PROFESSION)).isEqualTo(MatchWeights.PROFESSION_CLASS);
        var other = profile(b -> b.desired(Set.of("4.3.1.2.0")).professions(Set.of("4.3.1.2.0")));
        var none = Scorer.score(other, w, TODAY);
        assertThat(points(none, Factor.PROFESSION)).isZero();
        assertThat(none.gaps())
                .extracting(Note::key, Note::measure)
                .contains(org.assertj.core.groups.Tuple.tuple("matching.gap.profession", "C07"));
    }

    @Test
    void placeIsSetAgainstHowFarThePersonWouldTravel() {
        var inSesto = with(b -> b.municipality(SESTO));
        assertThat(points(Scorer.score(cook(), inSesto, TODAY), Factor.PLACE)).isEqualTo(MatchWeights.PLACE_PROVINCE);
        // only in their municipality: another one of the province is beyond reach
        var homebound = profile(b -> b.travel(Travel.MUNICIPALITY));
        var e = Scorer.score(homebound, inSesto, TODAY);
        assertThat(points(e, Factor.PLACE)).isZero();
        assertThat(keys(e.gaps())).contains("matching.gap.place.MUNICIPALITY");
        // Prato is another province of Tuscany: the region for one who travels in it, nothing for one who does not
        var inPrato = with(b -> b.municipality(PRATO));
        assertThat(points(Scorer.score(profile(b -> b.travel(Travel.REGION)), inPrato, TODAY), Factor.PLACE))
                .isEqualTo(MatchWeights.PLACE_REGION);
        assertThat(keys(Scorer.score(cook(), inPrato, TODAY).gaps())).contains("matching.gap.place.PROVINCE");
        // not said counts as the province, and says so when the place is beyond
        assertThat(keys(Scorer.score(profile(b -> b.travel(null)), inPrato, TODAY)
                        .gaps()))
                .contains("matching.gap.place.unknown");
        // Rome: another region, only for one who travels in Italy
        var inRome = with(b -> b.municipality(ROMA));
        assertThat(points(Scorer.score(profile(b -> b.travel(Travel.REGION)), inRome, TODAY), Factor.PLACE))
                .isZero();
        assertThat(points(Scorer.score(profile(b -> b.travel(Travel.ITALY)), inRome, TODAY), Factor.PLACE))
                .isEqualTo(MatchWeights.PLACE_REGION / 2);
    }

    @Test
    void educationBelowTheLevelAskedIsAGapClosedByTraining() {
        var degree = with(b -> b.education(EducationLevel.DEGREE));
        var e = Scorer.score(cook(), degree, TODAY);
        assertThat(points(e, Factor.EDUCATION)).isZero();
        assertThat(e.gaps())
                .contains(new Note(
                        Factor.EDUCATION, "matching.gap.education", List.of("#matching.education.DEGREE"), "C07"));
        var oneBelow = profile(b -> b.education(EducationLevel.VOCATIONAL_QUALIFICATION));
        assertThat(points(Scorer.score(oneBelow, wanted(), TODAY), Factor.EDUCATION))
                .isEqualTo(MatchWeights.EDUCATION_ONE_BELOW);
        assertThat(points(
                        Scorer.score(
                                profile(b -> b.education(EducationLevel.NONE)), with(b -> b.education(null)), TODAY),
                        Factor.EDUCATION))
                .isEqualTo(MatchWeights.EDUCATION);
    }

    @Test
    void languagesShareTheirWeightAndALevelBelowIsAGapWithWhatThePersonHas() {
        var two = with(b -> b.languages(
                List.of(new LanguageRequirement("en", CefrLevel.C1), new LanguageRequirement("de", CefrLevel.A2))));
        var e = Scorer.score(cook(), two, TODAY);
        // English B2 for C1: one level below, half of its share; German not known: nothing
        assertThat(points(e, Factor.LANGUAGES)).isEqualTo(Math.round(MatchWeights.LANGUAGES / 2f * 0.5f));
        assertThat(e.gaps())
                .contains(
                        new Note(
                                Factor.LANGUAGES,
                                "matching.gap.language",
                                List.of("#matching.language.en", "C1", "B2"),
                                "C07-WLP-LIN"),
                        new Note(
                                Factor.LANGUAGES,
                                "matching.gap.language.none",
                                List.of("#matching.language.de", "A2"),
                                "C07-WLP-LIN"));
        var italian = with(b -> b.languages(List.of(new LanguageRequirement("IT", CefrLevel.B2))));
        var foreigner = profile(b -> b.languages(Map.of("it", CefrLevel.A2)));
        assertThat(Scorer.score(foreigner, italian, TODAY).gaps())
                .extracting(Note::measure)
                .contains("C07-WLP-ITA");
    }

    @Test
    void licencesAreSharedAndAHigherCategoryCoversTheOnesItNeeds() {
        var truck = with(b -> b.licences(Set.of(DrivingLicence.C, DrivingLicence.CQC_MERCI)));
        var e = Scorer.score(cook(), truck, TODAY);
        assertThat(points(e, Factor.LICENCES)).isZero();
        assertThat(e.gaps()).extracting(Note::measure).containsOnly("C07-CAT");
        var driver = profile(b -> b.licences(Set.of(DrivingLicence.CE)));
        var d = Scorer.score(driver, truck, TODAY);
        assertThat(points(d, Factor.LICENCES)).isEqualTo(Math.round(MatchWeights.LICENCES / 2f));
        assertThat(Scorer.covers(Set.of(DrivingLicence.CE), DrivingLicence.B)).isTrue();
        assertThat(Scorer.covers(Set.of(DrivingLicence.B), DrivingLicence.C)).isFalse();
    }

    @Test
    void experienceFallsShortInProportionAndATraineeshipClosesTheGap() {
        var senior = with(b -> b.years(10));
        var e = Scorer.score(cook(), senior, TODAY);
        assertThat(points(e, Factor.EXPERIENCE)).isEqualTo(MatchWeights.EXPERIENCE * 5 / 10);
        assertThat(e.gaps())
                .contains(new Note(Factor.EXPERIENCE, "matching.gap.experience", List.of("10", "5"), "C06"));
        // years of the same group count when the unit has none
        var group = profile(b ->
                b.desired(Set.of("5.2.2.1.1")).professions(Set.of("5.2.2.1.1")).years(Map.of("5.2.2.1.1", 4)));
        assertThat(Scorer.years(group, COOK)).isEqualTo(4);
    }

    @Test
    void workingTimeAgainstTheHoursTheyStated() {
        assertThat(points(Scorer.score(profile(b -> b.hours(Hours.PART_TIME)), wanted(), TODAY), Factor.WORKING_TIME))
                .isZero();
        var e = Scorer.score(profile(b -> b.hours(Hours.FULL_TIME)), with(b -> b.time(WorkingTime.PART_TIME)), TODAY);
        assertThat(points(e, Factor.WORKING_TIME)).isEqualTo(MatchWeights.WORKING_TIME_PARTIAL);
        assertThat(e.gaps())
                .contains(new Note(
                        Factor.WORKING_TIME,
                        "matching.gap.hours.PART_TIME",
                        List.of("#matching.hours.FULL_TIME"),
                        null));
        assertThat(points(Scorer.score(profile(b -> b.hours(null)), wanted(), TODAY), Factor.WORKING_TIME))
                .isEqualTo(MatchWeights.WORKING_TIME_PARTIAL);
        assertThat(points(
                        Scorer.score(profile(b -> b.hours(Hours.SHIFTS)), with(b -> b.time(WorkingTime.SHIFTS)), TODAY),
                        Factor.WORKING_TIME))
                .isEqualTo(MatchWeights.WORKING_TIME);
    }

    @Test
    void theCvIsValidUntilTheDayItIsObsoleteFrom() {
        var obsoleteToday = profile(b -> b.cv(TODAY));
        assertThat(keys(Scorer.score(obsoleteToday, wanted(), TODAY).gaps())).contains("matching.gap.cv.obsolete");
        assertThat(points(Scorer.score(profile(b -> b.cv(TODAY.plusDays(1))), wanted(), TODAY), Factor.CV))
                .isEqualTo(MatchWeights.CV_VALID);
        assertThat(keys(Scorer.score(profile(b -> b.cv(null)), wanted(), TODAY).gaps()))
                .contains("matching.gap.cv.none");
    }

    @Test
    void anApprenticeshipIsAGapPastTwentyNine() {
        var apprenticeship = with(b -> b.contract(ContractType.APPRENTICESHIP));
        assertThat(points(Scorer.score(profile(b -> b.born(1996)), apprenticeship, TODAY), Factor.CONTRACT))
                .isZero();
        assertThat(points(Scorer.score(profile(b -> b.born(1997)), apprenticeship, TODAY), Factor.CONTRACT))
                .isEqualTo(MatchWeights.CONTRACT);
    }

    @Test
    void hardFiltersConsentChargeAndTheL68Reservation() {
        var reserved = with(b -> b.reserved(true));
        assertThat(Scorer.eligible(cook(), wanted())).isTrue();
        assertThat(Scorer.eligible(cook(), reserved)).isFalse();
        assertThat(Scorer.eligible(profile(b -> b.protectedL68(true)), reserved))
                .isTrue();
        assertThat(Scorer.eligible(profile(b -> b.consent(false)), wanted())).isFalse();
        assertThat(Scorer.eligible(profile(b -> b.centre(null)), wanted())).isFalse();
    }

    @Test
    void notesReadInItalianAndEnglishWithTheirNestedTermsAndNumbers() {
        var messages = new StaticMessageSource();
        var it = java.util.Locale.ITALIAN;
        var en = java.util.Locale.ENGLISH;
        messages.addMessage("matching.gap.language", it, "{0} {1} richiesto: {2}");
        messages.addMessage("matching.gap.language", en, "{0} {1} required: {2}");
        messages.addMessage("matching.language.en", it, "Inglese");
        messages.addMessage("matching.language.en", en, "English");
        messages.addMessage(
                "matching.gap.experience", it, "{0,choice,1#1 anno|1<{0} anni} di esperienza richiesti: {1}");
        var gap = Note.of(Factor.LANGUAGES, "matching.gap.language", "#matching.language.en", "B1", "A2");
        assertThat(messages.getMessage(gap.resolvable(), it)).isEqualTo("Inglese B1 richiesto: A2");
        assertThat(messages.getMessage(gap.resolvable(), en)).isEqualTo("English B1 required: A2");
        var years = Note.of(Factor.EXPERIENCE, "matching.gap.experience", "1", "0");
        assertThat(messages.getMessage(years.resolvable(), it)).isEqualTo("1 anno di esperienza richiesti: 0");
    }

    /** Changes one thing of the sample vacancy. */
    record WantedBuilder(Wanted w) {
        WantedBuilder municipality(String m) {
            return new WantedBuilder(new Wanted(
                    w.vacancyId(),
                    w.professionCode(),
                    m,
                    null,
                    w.contract(),
                    w.workingTime(),
                    w.minimumEducation(),
                    w.licences(),
                    w.languages(),
                    w.minimumExperienceYears(),
                    w.reservedL68()));
        }

        WantedBuilder education(EducationLevel e) {
            return new WantedBuilder(new Wanted(
                    w.vacancyId(),
                    w.professionCode(),
                    w.municipalityCode(),
                    w.provinceCode(),
                    w.contract(),
                    w.workingTime(),
                    e,
                    w.licences(),
                    w.languages(),
                    w.minimumExperienceYears(),
                    w.reservedL68()));
        }

        WantedBuilder languages(List<LanguageRequirement> l) {
            return new WantedBuilder(new Wanted(
                    w.vacancyId(),
                    w.professionCode(),
                    w.municipalityCode(),
                    w.provinceCode(),
                    w.contract(),
                    w.workingTime(),
                    w.minimumEducation(),
                    w.licences(),
                    l,
                    w.minimumExperienceYears(),
                    w.reservedL68()));
        }

        WantedBuilder licences(Set<DrivingLicence> l) {
            return new WantedBuilder(new Wanted(
                    w.vacancyId(),
                    w.professionCode(),
                    w.municipalityCode(),
                    w.provinceCode(),
                    w.contract(),
                    w.workingTime(),
                    w.minimumEducation(),
                    l,
                    w.languages(),
                    w.minimumExperienceYears(),
                    w.reservedL68()));
        }

        WantedBuilder years(int y) {
            return new WantedBuilder(new Wanted(
                    w.vacancyId(),
                    w.professionCode(),
                    w.municipalityCode(),
                    w.provinceCode(),
                    w.contract(),
                    w.workingTime(),
                    w.minimumEducation(),
                    w.licences(),
                    w.languages(),
                    y,
                    w.reservedL68()));
        }

        WantedBuilder time(WorkingTime t) {
            return new WantedBuilder(new Wanted(
                    w.vacancyId(),
                    w.professionCode(),
                    w.municipalityCode(),
                    w.provinceCode(),
                    w.contract(),
                    t,
                    w.minimumEducation(),
                    w.licences(),
                    w.languages(),
                    w.minimumExperienceYears(),
                    w.reservedL68()));
        }

        WantedBuilder contract(ContractType c) {
            return new WantedBuilder(new Wanted(
                    w.vacancyId(),
                    w.professionCode(),
                    w.municipalityCode(),
                    w.provinceCode(),
                    c,
                    w.workingTime(),
                    w.minimumEducation(),
                    w.licences(),
                    w.languages(),
                    w.minimumExperienceYears(),
                    w.reservedL68()));
        }

        WantedBuilder reserved(boolean r) {
            return new WantedBuilder(new Wanted(
                    w.vacancyId(),
                    w.professionCode(),
                    w.municipalityCode(),
                    w.provinceCode(),
                    w.contract(),
                    w.workingTime(),
                    w.minimumEducation(),
                    w.licences(),
                    w.languages(),
                    w.minimumExperienceYears(),
                    r));
        }

        Wanted build() {
            return w;
        }
    }

    /** Changes one thing of the sample profile. */
    record ProfileBuilder(MatchProfile p) {
        private ProfileBuilder of(
                String centre,
                boolean consent,
                boolean protectedL68,
                Integer born,
                Travel travel,
                Hours hours,
                EducationLevel education,
                Set<DrivingLicence> licences,
                Map<String, CefrLevel> languages,
                Set<String> desired,
                Set<String> professions,
                Map<String, Integer> years,
                LocalDate cv) {
            return new ProfileBuilder(new MatchProfile(
                    p.personId(),
                    centre,
                    consent,
                    protectedL68,
                    p.displayName(),
                    born,
                    p.municipalityCode(),
                    p.provinceCode(),
                    travel,
                    hours,
                    education,
                    licences,
                    languages,
                    desired,
                    professions,
                    years,
                    cv));
        }

        ProfileBuilder centre(String c) {
            return of(
                    c,
                    p.consentGiven(),
                    p.protectedL68(),
                    p.birthYear(),
                    p.travel(),
                    p.hours(),
                    p.education(),
                    p.licences(),
                    p.languages(),
                    p.desiredProfessions(),
                    p.professions(),
                    p.experienceYears(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder consent(boolean c) {
            return of(
                    p.centreCode(),
                    c,
                    p.protectedL68(),
                    p.birthYear(),
                    p.travel(),
                    p.hours(),
                    p.education(),
                    p.licences(),
                    p.languages(),
                    p.desiredProfessions(),
                    p.professions(),
                    p.experienceYears(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder protectedL68(boolean x) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    x,
                    p.birthYear(),
                    p.travel(),
                    p.hours(),
                    p.education(),
                    p.licences(),
                    p.languages(),
                    p.desiredProfessions(),
                    p.professions(),
                    p.experienceYears(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder born(Integer y) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    p.protectedL68(),
                    y,
                    p.travel(),
                    p.hours(),
                    p.education(),
                    p.licences(),
                    p.languages(),
                    p.desiredProfessions(),
                    p.professions(),
                    p.experienceYears(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder travel(Travel t) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    p.protectedL68(),
                    p.birthYear(),
                    t,
                    p.hours(),
                    p.education(),
                    p.licences(),
                    p.languages(),
                    p.desiredProfessions(),
                    p.professions(),
                    p.experienceYears(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder hours(Hours h) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    p.protectedL68(),
                    p.birthYear(),
                    p.travel(),
                    h,
                    p.education(),
                    p.licences(),
                    p.languages(),
                    p.desiredProfessions(),
                    p.professions(),
                    p.experienceYears(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder education(EducationLevel e) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    p.protectedL68(),
                    p.birthYear(),
                    p.travel(),
                    p.hours(),
                    e,
                    p.licences(),
                    p.languages(),
                    p.desiredProfessions(),
                    p.professions(),
                    p.experienceYears(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder licences(Set<DrivingLicence> l) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    p.protectedL68(),
                    p.birthYear(),
                    p.travel(),
                    p.hours(),
                    p.education(),
                    l,
                    p.languages(),
                    p.desiredProfessions(),
                    p.professions(),
                    p.experienceYears(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder languages(Map<String, CefrLevel> l) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    p.protectedL68(),
                    p.birthYear(),
                    p.travel(),
                    p.hours(),
                    p.education(),
                    p.licences(),
                    l,
                    p.desiredProfessions(),
                    p.professions(),
                    p.experienceYears(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder desired(Set<String> d) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    p.protectedL68(),
                    p.birthYear(),
                    p.travel(),
                    p.hours(),
                    p.education(),
                    p.licences(),
                    p.languages(),
                    d,
                    p.professions(),
                    Map.of(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder professions(Set<String> x) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    p.protectedL68(),
                    p.birthYear(),
                    p.travel(),
                    p.hours(),
                    p.education(),
                    p.licences(),
                    p.languages(),
                    p.desiredProfessions(),
                    x,
                    p.experienceYears(),
                    p.cvObsoleteFrom());
        }

        ProfileBuilder years(Map<String, Integer> y) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    p.protectedL68(),
                    p.birthYear(),
                    p.travel(),
                    p.hours(),
                    p.education(),
                    p.licences(),
                    p.languages(),
                    p.desiredProfessions(),
                    p.professions(),
                    y,
                    p.cvObsoleteFrom());
        }

        ProfileBuilder cv(LocalDate d) {
            return of(
                    p.centreCode(),
                    p.consentGiven(),
                    p.protectedL68(),
                    p.birthYear(),
                    p.travel(),
                    p.hours(),
                    p.education(),
                    p.licences(),
                    p.languages(),
                    p.desiredProfessions(),
                    p.professions(),
                    p.experienceYears(),
                    d);
        }

        MatchProfile build() {
            return p;
        }
    }
}
