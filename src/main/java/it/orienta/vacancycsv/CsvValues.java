package it.orienta.vacancycsv;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cell's text as the value of its column, as people write it in a spreadsheet: dates {@code 31/03/2027} or
 * {@code 2027-03-31}, contracts and working time in Italian words ("determinato", "tempo pieno") or the vocabulary's
 * names, licences and languages separated by spaces ("B CQC_MERCI", "en:B1 de:A2"), yes and no as "sì"/"no". A cell
 * that is not one throws {@link Bad} with the message's code and arguments; an empty one is {@code null}.
 */
final class CsvValues {

    private CsvValues() {}

    /** A cell the column cannot read: {@code code} of the message {@code rule.<code>}. */
    static final class Bad extends RuntimeException {
        final String code;
        final transient Object[] args;

        Bad(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = args;
        }
    }

    static final String CONTRACTS =
            "indeterminato, determinato, apprendistato, somministrazione, tirocinio," + " stagionale, altro";
    static final String WORKING_TIMES = "tempo pieno, part-time, turni";

    private static final Map<String, ContractType> CONTRACT = Map.of(
            "indeterminato", ContractType.PERMANENT,
            "determinato", ContractType.FIXED_TERM,
            "apprendistato", ContractType.APPRENTICESHIP,
            "somministrazione", ContractType.AGENCY,
            "tirocinio", ContractType.TRAINEESHIP,
            "stagionale", ContractType.SEASONAL,
            "altro", ContractType.OTHER);
    private static final Map<String, WorkingTime> WORKING_TIME = Map.of(
            "tempo pieno", WorkingTime.FULL_TIME,
            "full time", WorkingTime.FULL_TIME,
            "part time", WorkingTime.PART_TIME,
            "tempo parziale", WorkingTime.PART_TIME,
            "turni", WorkingTime.SHIFTS,
            "a turni", WorkingTime.SHIFTS);
    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("d/M/uuuu");

    static Integer integer(String s) {
        if (s.isEmpty()) return null;
        try {
            return Integer.valueOf(s.replace(".", "").strip());
        } catch (NumberFormatException e) {
            throw new Bad("vacancy-import.value.number", s);
        }
    }

    static LocalDate date(String s) {
        if (s.isEmpty()) return null;
        try {
            return s.contains("/") ? LocalDate.parse(s, ITALIAN) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Bad("vacancy-import.value.date", s);
        }
    }

    static ContractType contract(String s) {
        if (s.isEmpty()) return null;
        var key = words(s);
        if (CONTRACT.containsKey(key)) return CONTRACT.get(key);
        try {
            return ContractType.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Bad("vacancy-import.value.term", s, CONTRACTS);
        }
    }

    static WorkingTime workingTime(String s) {
        if (s.isEmpty()) return null;
        var key = words(s);
        if (WORKING_TIME.containsKey(key)) return WORKING_TIME.get(key);
        try {
            return WorkingTime.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Bad("vacancy-import.value.term", s, WORKING_TIMES);
        }
    }

    static List<DrivingLicence> licences(String s) {
        var licences = new ArrayList<DrivingLicence>();
        for (var part : parts(s)) {
            try {
                licences.add(DrivingLicence.valueOf(part.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new Bad("vacancy-import.value.licence", part);
            }
        }
        return licences;
    }

    static List<VacancyView.Language> languages(String s) {
        var languages = new ArrayList<VacancyView.Language>();
        for (var part : parts(s)) {
            var pair = part.split("[:=]", 2);
            try {
                if (pair.length != 2) throw new IllegalArgumentException(part);
                languages.add(new VacancyView.Language(
                        pair[0].strip(), CefrLevel.valueOf(pair[1].strip().toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw new Bad("vacancy-import.value.language", part);
            }
        }
        return languages;
    }

    static boolean yesNo(String s) {
        return switch (words(s)) {
            case "", "no", "n", "false", "0" -> false;
            case "si", "s", "yes", "y", "true", "1", "x" -> true;
            default -> throw new Bad("vacancy-import.value.yes-no", s);
        };
    }

    private static List<String> parts(String s) {
        return s.isBlank() ? List.of() : List.of(s.strip().split("[\\s|/+,;]+"));
    }

    /** Lower case, accents and hyphens away, single spaces: "Part-Time" → "part time", "Sì" → "si". */
    private static String words(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-_]+", " ")
                .strip();
    }
}
