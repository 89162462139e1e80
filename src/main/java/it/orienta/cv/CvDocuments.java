package it.orienta.cv;

import it.orienta.occupation.DesiredOccupationView;
import it.orienta.occupation.OccupationDirectory;
import it.orienta.person.PersonView;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Assembles the content of a generated CV (identity, contacts, occupations, work, education, languages, licences). */
@Component
class CvDocuments {

    static final List<String> LANGUAGES = List.of("it", "en");

    private static final List<String> LABELS = List.of(
            "title",
            "personal",
            "birth",
            "citizenship",
            "address",
            "email",
            "phone",
            "occupations",
            "work",
            "education",
            "languages",
            "licences",
            "none",
            "present",
            "generated",
            "subject",
            "experience-years",
            "last-year",
            "formal-learning",
            "licences-tools",
            "skills",
            "unit",
            "tasks",
            "privacy",
            "place-date",
            "signature");

    private final ReferenceService reference;
    private final OccupationDirectory occupations;
    private final MessageSource messages;

    CvDocuments(ReferenceService reference, OccupationDirectory occupations, MessageSource messages) {
        this.reference = reference;
        this.occupations = occupations;
        this.messages = messages;
    }

    /** The language asked for, or Italian when it is not one of the CV's languages. */
    static String language(String requested) {
        return requested != null && LANGUAGES.contains(requested.toLowerCase(Locale.ROOT))
                ? requested.toLowerCase(Locale.ROOT)
                : "it";
    }

    CvDocument document(PersonView p, String requestedLanguage, LocalDate today) {
        String language = language(requestedLanguage);
        Locale locale = Locale.forLanguageTag(language);
        var labels = new LinkedHashMap<String, String>();
        LABELS.forEach(k -> labels.put(k, messages.getMessage("cv.doc." + k, null, k, locale)));
        var dates = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        Map<String, String> municipalities = reference.labels(
                CodeSystem.MUNICIPALITY,
                Stream.of(p.birthMunicipalityCode(), p.residenceMunicipalityCode(), p.domicileMunicipalityCode())
                        .filter(Objects::nonNull)
                        .toList());
        Map<String, String> countries = reference.labels(
                CodeSystem.COUNTRY,
                Stream.of(p.birthCountryCode(), p.citizenshipCode())
                        .filter(Objects::nonNull)
                        .toList());
        String birthPlace = p.birthMunicipalityCode() != null
                ? municipalities.getOrDefault(p.birthMunicipalityCode(), p.birthMunicipalityCode())
                : p.birthCountryCode() == null ? "" : countries.getOrDefault(p.birthCountryCode(), "");
        String birth = p.birthDate() == null
                ? ""
                : dates.format(p.birthDate()) + (birthPlace.isBlank() ? "" : ", " + birthPlace);
        String citizenship = p.citizenshipCode() == null ? "" : countries.getOrDefault(p.citizenshipCode(), "");
        String address = address(p, municipalities);

        var desired = occupations.current(p.id());
        var occupationList = desired.stream()
                .map(o -> {
                    String unit = singular(o.professionTitle());
                    boolean own = o.jobTitle() != null && !o.jobTitle().isBlank();
                    return new CvDocument.Occupation(
                            own ? o.jobTitle().strip() : unit, o.professionCode(), skills(o, labels), own ? unit : "");
                })
                .toList();

        var professions = reference.labels(
                CodeSystem.PROFESSION,
                p.workExperiences().stream()
                        .map(PersonView.WorkExperienceView::professionCode)
                        .filter(Objects::nonNull)
                        .toList());
        var work = p.workExperiences().stream()
                .sorted((a, b) -> compareDesc(a.fromDate(), b.fromDate()))
                .map(w -> {
                    String unit = w.professionCode() == null
                            ? ""
                            : singular(professions.getOrDefault(w.professionCode(), ""));
                    boolean own = w.jobTitle() != null && !w.jobTitle().isBlank();
                    return new CvDocument.Work(
                            period(w.fromDate(), w.toDate(), labels.get("present"), dates),
                            own ? w.jobTitle().strip() : unit,
                            blankIfNull(w.employer()),
                            blankIfNull(w.description()),
                            own ? unit : "");
                })
                .toList();

        var titles = reference.labels(
                CodeSystem.EDUCATION_TITLE,
                p.educationTitles().stream()
                        .map(PersonView.EducationTitleView::titleCode)
                        .toList());
        var education = p.educationTitles().stream()
                .map(t -> new CvDocument.Education(
                        t.description() != null && !t.description().isBlank()
                                ? titles.getOrDefault(t.titleCode(), t.titleCode()) + " — " + t.description()
                                : titles.getOrDefault(t.titleCode(), t.titleCode()),
                        t.year() == null ? "" : String.valueOf(t.year()),
                        blankIfNull(t.institution())))
                .toList();

        var languages = p.languages().stream()
                .map(l -> languageName(l.language(), locale) + " — "
                        + messages.getMessage(
                                "cv.doc.level." + l.level().name(),
                                null,
                                l.level().name(),
                                locale))
                .toList();
        var licences = p.licences().stream()
                .map(l -> messages.getMessage("cv.doc.licence." + l.name(), null, l.name(), locale))
                .toList();
        return new CvDocument(
                language,
                labels,
                p.fullName(),
                birth,
                citizenship,
                address,
                blankIfNull(p.email()),
                blankIfNull(p.mobilePhone()),
                occupationList,
                work,
                education,
                languages,
                licences,
                dates.format(today));
    }

    /**
     * "Inglese" for {@code en} in Italian, "English" in English (the registry keeps what was typed: an ISO code, or a
     * name, which is kept with a capital initial).
     */
    static String languageName(String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String code = typed.strip();
        String name = code.length() <= 3 ? Locale.forLanguageTag(code).getDisplayLanguage(locale) : "";
        if (name.isBlank() || name.equalsIgnoreCase(code)) {
            name = code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Words that end an ISTAT title's head: what follows them ("alla contabilità") stays as it is. */
    private static final java.util.Set<String> STOP_WORDS = java.util.Set.of(
            "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "di", "del", "dello", "della", "dei", "degli",
            "delle", "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "in", "nel", "nello", "nella", "nei",
            "negli", "nelle", "su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "per", "con", "tra", "fra", "e",
            "ed", "o", "non", "senza", "presso", "-");

    /** Plurals the endings below would get wrong. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("atleti", "atleta"),
            Map.entry("poeti", "poeta"),
            Map.entry("piloti", "pilota"),
            Map.entry("geometri", "geometra"),
            Map.entry("psichiatri", "psichiatra"),
            Map.entry("pediatri", "pediatra"),
            Map.entry("fabbri", "fabbro"),
            Map.entry("giudici", "giudice"),
            Map.entry("interpreti", "interprete"),
            Map.entry("sacerdoti", "sacerdote"),
            Map.entry("dirigenti", "dirigente"),
            Map.entry("personale", "personale"));

    /** Masculine plural endings and their singular, longest first. */
    private static final List<Map.Entry<String, String>> ENDINGS = List.of(
            Map.entry("trici", "trice"),
            Map.entry("logi", "logo"),
            Map.entry("isti", "ista"),
            Map.entry("enti", "ente"),
            Map.entry("anti", "ante"),
            Map.entry("ici", "ico"),
            Map.entry("chi", "co"),
            Map.entry("ghi", "go"),
            Map.entry("ori", "ore"),
            Map.entry("eri", "ere"),
            Map.entry("ari", "ario"),
            Map.entry("ali", "ale"),
            Map.entry("ili", "ile"),
            Map.entry("oni", "one"),
            Map.entry("ai", "aio"),
            Map.entry("i", "o"));

    /** Feminine plural endings of a title's first word; the adjectives after it then end in -a too. */
    private static final List<Map.Entry<String, String>> FEMININE = List.of(
            Map.entry("guide", "guida"),
            Map.entry("iste", "ista"),
            Map.entry("che", "ca"),
            Map.entry("ghe", "ga"),
            Map.entry("ie", "ia"));

    /**
     * An ISTAT unit's name, a plural category ("Addetti alla contabilità", "Cuochi in alberghi e ristoranti"), as
     * one person's job: its head noun and adjectives in the singular ("Addetto alla contabilità"), the rest as it
     * is. Italian endings with a list of irregular nouns; a word it cannot tell is left unchanged.
     */
    static String singular(String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        String[] words = title.strip().split(" ");
        boolean feminine = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String lower = word.toLowerCase(Locale.ITALIAN);
            if (STOP_WORDS.contains(lower) || word.contains("'") || word.contains("’") || word.contains("(")) {
                break;
            }
            boolean comma = word.endsWith(",");
            String bare = comma ? word.substring(0, word.length() - 1) : word;
            String bareLower = bare.toLowerCase(Locale.ITALIAN);
            String one = null;
            if (IRREGULAR.containsKey(bareLower)) {
                one = bare.charAt(0) + IRREGULAR.get(bareLower).substring(1);
            } else if (bareLower.length() > 3) {
                if (i == 0 || feminine) {
                    for (var e : FEMININE) {
                        if (bareLower.endsWith(e.getKey())) {
                            one = replaceEnd(bare, e.getKey(), e.getValue());
                            feminine = true;
                            break;
                        }
                    }
                }
                if (one == null && feminine && bareLower.endsWith("e")) {
                    one = replaceEnd(bare, "e", "a");
                }
                if (one == null && !feminine) {
                    for (var e : ENDINGS) {
                        if (bareLower.endsWith(e.getKey())) {
                            one = replaceEnd(bare, e.getKey(), e.getValue());
                            break;
                        }
                    }
                }
            }
            words[i] = (one == null ? bare : one) + (comma ? "," : "");
            if (comma) {
                break;
            }
        }
        return String.join(" ", words);
    }

    private static String replaceEnd(String word, String end, String by) {
        String head = word.substring(0, word.length() - end.length());
        if (head.isEmpty() && Character.isUpperCase(word.charAt(0))) {
            return Character.toUpperCase(by.charAt(0)) + by.substring(1);
        }
        return head + by;
    }

    private static List<String> skills(DesiredOccupationView o, Map<String, String> labels) {
        var lines = new ArrayList<String>();
        lines.addAll(lines(o.specificSkills()));
        if (o.experienceYears() != null) {
            lines.add(labels.get("experience-years") + ": " + o.experienceYears());
        }
        if (o.lastYearWorked() != null) {
            lines.add(labels.get("last-year") + ": " + o.lastYearWorked());
        }
        if (o.formalLearning()
                && o.formalLearningDetail() != null
                && !o.formalLearningDetail().isBlank()) {
            lines.add(labels.get("formal-learning") + ": "
                    + o.formalLearningDetail().strip());
        }
        if (o.licencesTools() != null && !o.licencesTools().isBlank()) {
            lines.add(labels.get("licences-tools") + ": " + o.licencesTools().strip());
        }
        return lines;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String address(PersonView p, Map<String, String> municipalities) {
        String street = p.domicileAddress() != null && !p.domicileAddress().isBlank()
                ? p.domicileAddress()
                : p.residenceAddress();
        String municipality =
                p.domicileAddress() != null && !p.domicileAddress().isBlank()
                        ? p.domicileMunicipalityCode()
                        : p.residenceMunicipalityCode();
        String place = municipality == null ? "" : municipalities.getOrDefault(municipality, "");
        return Stream.of(street, place)
                .filter(s -> s != null && !s.isBlank())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private static String period(LocalDate from, LocalDate to, String present, DateTimeFormatter dates) {
        if (from == null) {
            return to == null ? "" : dates.format(to);
        }
        return dates.format(from) + " – " + (to == null ? present : dates.format(to));
    }

    private static int compareDesc(LocalDate a, LocalDate b) {
        if (a == null) return b == null ? 0 : 1;
        if (b == null) return -1;
        return b.compareTo(a);
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
