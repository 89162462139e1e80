package it.orienta.vacancysim;

import it.orienta.system.Rome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Makes the simulated Tuscan market: employers (realistic names and legal forms, valid partite IVA of their
 * province's office, ATECO activities of their sector, in municipalities weighted by population) and vacancies
 * (professions weighted as a centre sees them plus the classification's long tail, titles as employers write them,
 * contracts, working times and requirements that fit). The same seed, places, professions and dates give the same
 * market, item for item.
 */
final class MarketGenerator {

    /** A municipality from Orienta's reference table. */
    record Place(String code, String name, String province) {}

    /** A fifth-level CP2011 profession from Orienta's reference table. */
    record Profession(String code, String name) {}

    /** A generated market. */
    record Market(List<SimEmployer> employers, List<SimVacancy> vacancies) {}

    private static final List<String> SURNAMES = List.of(
            "Rossi",
            "Bianchi",
            "Ferrari",
            "Bruni",
            "Innocenti",
            "Bartolini",
            "Lombardi",
            "Mazzanti",
            "Baldi",
            "Bertini",
            "Cecchi",
            "Mancini",
            "Fabbri",
            "Martini",
            "Giannini",
            "Nocentini",
            "Pieri",
            "Vannucci",
            "Lazzeri",
            "Sani",
            "Biagini",
            "Lenzi",
            "Guidi",
            "Marchetti",
            "Bellini",
            "Nardi",
            "Baroni",
            "Paoli",
            "Tognetti",
            "Bini",
            "Benvenuti",
            "Fantoni",
            "Galli",
            "Cappelli",
            "Parenti",
            "Orlandi",
            "Niccolai",
            "Masini",
            "Salvadori",
            "Bacci");
    private static final List<String> FIRST_NAMES = List.of(
            "Marco",
            "Andrea",
            "Luca",
            "Francesca",
            "Giulia",
            "Stefano",
            "Paolo",
            "Elena",
            "Simone",
            "Chiara",
            "Lorenzo",
            "Sara",
            "Alessandro",
            "Laura",
            "Matteo",
            "Silvia",
            "Roberto",
            "Valentina",
            "Giovanni",
            "Martina",
            "Fabio",
            "Monica");
    private static final List<String> WORDS = List.of(
            "Il Giglio",
            "La Torre",
            "Arno",
            "Etruria",
            "Apuana",
            "Chianti",
            "Le Colline",
            "Il Poggio",
            "La Quercia",
            "Medicea",
            "Valdarno",
            "Maremma",
            "Versilia",
            "Mugello",
            "Casentino",
            "Garfagnana",
            "Lunigiana",
            "Valdelsa",
            "San Giorgio",
            "Belvedere",
            "Il Melograno",
            "L'Oliveto",
            "Santa Croce",
            "Primavera",
            "La Rondine",
            "Il Girasole",
            "Nuova Era",
            "Futura",
            "Etrusca",
            "Tirrena",
            "La Fenice",
            "Il Ponte",
            "Le Logge",
            "Vallombrosa",
            "Val di Cecina",
            "Amiata");
    private static final List<String> STREETS = List.of(
            "Via Roma",
            "Via Garibaldi",
            "Via Mazzini",
            "Via Dante Alighieri",
            "Viale Vittorio Veneto",
            "Via XX Settembre",
            "Piazza della Repubblica",
            "Via Aldo Moro",
            "Via dell'Industria",
            "Via dell'Artigianato",
            "Via Pisana",
            "Via Fiorentina",
            "Via Aurelia",
            "Via del Lavoro",
            "Via Galileo Galilei",
            "Via Leonardo da Vinci",
            "Via Antonio Gramsci",
            "Via Giacomo Matteotti",
            "Via dei Mille",
            "Via Pietro Nenni");
    private static final List<String> SECOND_LANGUAGES = List.of("de:A2", "fr:A2", "es:A2");

    private final Random random;
    private final List<TuscanPlaces.Weighted> places;
    private final Map<String, List<TuscanPlaces.Weighted>> placesByProvince = new HashMap<>();
    private final Map<String, Place> placeByCode = new HashMap<>();
    private final List<ProfessionCatalog.Entry> catalog;
    private final List<Profession> tail;
    private final Map<String, TuscanPlaces.Province> provinces = TuscanPlaces.bySigla();

    MarketGenerator(long seed, List<Place> allPlaces, List<Profession> professions) {
        this.random = new Random(seed);
        this.places = TuscanPlaces.weigh(allPlaces);
        if (places.isEmpty()) {
            throw new IllegalStateException("no Tuscan municipality in the reference table");
        }
        places.forEach(w -> {
            placesByProvince
                    .computeIfAbsent(w.place().province(), k -> new ArrayList<>())
                    .add(w);
            placeByCode.put(w.place().code(), w.place());
        });
        var known = new HashMap<String, Profession>();
        professions.forEach(p -> known.put(p.code(), p));
        this.catalog = ProfessionCatalog.ENTRIES.stream()
                .filter(e -> known.containsKey(e.code()))
                .toList();
        var inCatalog = catalog.stream().map(ProfessionCatalog.Entry::code).toList();
        this.tail = professions.stream()
                .filter(p -> p.code().split("\\.").length == 5)
                .filter(p -> !p.code().startsWith("1.") && !p.code().startsWith("9."))
                .filter(p -> !inCatalog.contains(p.code()))
                .toList();
        if (catalog.isEmpty() && tail.isEmpty()) {
            throw new IllegalStateException("no fifth-level profession in the reference table");
        }
    }

    /** The whole market at first start: {@code employers} employers, {@code vacancies} vacancies. */
    Market market(int employers, int vacancies, LocalDate today, Instant now) {
        var es = new ArrayList<SimEmployer>();
        Instant first = now.minus(Duration.ofDays(120)).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 1; i <= employers; i++) {
            es.add(employer(i, first.plusSeconds(60L * i)));
        }
        var vs = new ArrayList<SimVacancy>();
        var anchors = DemoAnchors.usable(placeByCode.keySet(), catalog, vacancies);
        for (int j = 1; j <= vacancies; j++) {
            LocalDate published = today.minusDays(random.nextInt(90));
            Instant changed =
                    published.atTime(7, 0).atZone(Rome.ZONE).toInstant().plusSeconds(j * 13L % 36_000);
            if (!changed.isBefore(now)) {
                changed = now.minusSeconds(1).minus(Duration.ofMillis(vacancies - j));
            }
            int anchor = j - (vacancies - anchors.size()) - 1;
            vs.add(
                    anchor >= 0
                            ? vacancy(j, es, today.minusDays(j % 10), today, changed, true, anchors.get(anchor))
                            : vacancy(j, es, published, today, changed, false, null));
        }
        return new Market(es, vs);
    }

    /** An employer numbered {@code number} (its id is E + the number). */
    SimEmployer employer(int number, Instant changedAt) {
        var sector = pick(List.of(Sector.values()), s -> s.weight);
        var place = pick(places, TuscanPlaces.Weighted::weight).place();
        var province = provinces.get(place.province());
        String size = sector == Sector.AGENCY ? "LARGE" : pick(List.of("MICRO:55", "SMALL:30", "MEDIUM:11", "LARGE:4"));
        String form = legalForm(sector, size);
        String surname = any(SURNAMES);
        String first = any(FIRST_NAMES);
        String base = any(sector.namePatterns)
                .replace("{S}", surname)
                .replace("{W}", any(WORDS))
                .replace("{F}", first);
        String name = switch (form) {
            case "SRL" -> base + " S.r.l.";
            case "SRLS" -> base + " S.r.l.s.";
            case "SPA" -> base + " S.p.A.";
            case "SNC" -> base + " di " + surname + " " + first.charAt(0) + ". & C. S.n.c.";
            case "SAS" -> base + " S.a.s. di " + first + " " + surname + " & C.";
            case "COOPERATIVA" -> base + " Società Cooperativa";
            case "COOPERATIVA_SOCIALE" -> base + " Società Cooperativa Sociale";
            default -> base + " di " + first + " " + surname;
        };
        // the matricola: a bijection of the number modulo 10^7 (104729 is prime), so no two employers share one
        int matricola = (int) ((1_234_567L + number * 104_729L) % 10_000_000L);
        String vat = PartitaIva.of(matricola, province.istat());
        String slug = base.toLowerCase(Locale.ROOT)
                .replaceAll("[àáâ]", "a")
                .replaceAll("[èé]", "e")
                .replaceAll("[^a-z]", "");
        slug = slug.substring(0, Math.min(slug.length(), 24));
        boolean capital = placesByProvince.get(place.province()).stream()
                .max(java.util.Comparator.comparingDouble(TuscanPlaces.Weighted::weight))
                .map(w -> w.place().code().equals(place.code()))
                .orElse(false);
        String cap = province.capPrefix()
                + (capital
                        ? "1" + "%02d".formatted(random.nextInt(40))
                        : "0" + "%02d".formatted(10 + random.nextInt(60)));
        return new SimEmployer(
                "E%06d".formatted(number),
                1,
                changedAt,
                vat,
                vat,
                name,
                form,
                any(sector.atecoCodes),
                place.code(),
                any(STREETS) + " " + (1 + random.nextInt(180)),
                cap,
                "info@" + slug + ".it",
                random.nextInt(10) < 8 ? slug + "@pec.it" : null,
                province.phonePrefix() + " " + (100_000 + random.nextInt(900_000)),
                any(FIRST_NAMES) + " " + any(SURNAMES),
                size);
    }

    private String legalForm(Sector sector, String size) {
        if (size.equals("LARGE")) {
            return random.nextInt(3) == 0 ? "SRL" : "SPA";
        }
        if (sector == Sector.CARE) {
            return random.nextInt(10) < 7 ? "COOPERATIVA_SOCIALE" : "SRL";
        }
        if (sector == Sector.CLEANING && random.nextInt(10) < 4) {
            return "COOPERATIVA";
        }
        boolean small = size.equals("MICRO");
        return pick(List.of(
                "SRL:45",
                "SRLS:" + (small ? 10 : 2),
                "SNC:12",
                "SAS:10",
                "COOPERATIVA:2",
                "DITTA_INDIVIDUALE:" + (small ? 18 : 0)));
    }

    /**
     * A vacancy numbered {@code number} (its id is V + the number), of an employer of {@code employers} that fits
     * its profession, published on {@code published}; a {@code fresh} one is open and expires 30 to 60 days on; an
     * {@code anchor}ed one (null: none) is of its profession and place.
     */
    SimVacancy vacancy(
            int number,
            List<SimEmployer> employers,
            LocalDate published,
            LocalDate today,
            Instant changedAt,
            boolean fresh,
            DemoAnchors.Anchor anchor) {
        boolean fromTail = anchor == null && (catalog.isEmpty() || !tail.isEmpty() && random.nextInt(100) < 12);
        ProfessionCatalog.Entry entry = anchor != null
                ? catalog.stream()
                        .filter(e -> e.code().equals(anchor.professionCode()))
                        .findFirst()
                        .orElseThrow()
                : fromTail ? null : pick(catalog, ProfessionCatalog.Entry::weight);
        Profession tailed = fromTail ? any(tail) : null;
        var fitting = entry == null
                ? employers
                : employers.stream()
                        .filter(e -> Sector.ofAteco(e.atecoCode())
                                .map(entry.sectors()::contains)
                                .orElse(false))
                        .toList();
        var employer = pick(fitting.isEmpty() ? employers : fitting, e -> switch (e.sizeBand()) {
            case "LARGE" -> 7;
            case "MEDIUM" -> 4;
            case "SMALL" -> 2;
            default -> 1;
        });
        var sector = Sector.ofAteco(employer.atecoCode()).orElse(Sector.RETAIL);
        String place = anchor != null ? anchor.municipalityCode() : employer.municipalityCode();
        if (anchor == null && random.nextInt(100) < 15) {
            var province = placeByCode.get(place).province();
            place = pick(placesByProvince.get(province), TuscanPlaces.Weighted::weight)
                    .place()
                    .code();
        }
        var hiring = entry == null ? ProfessionCatalog.Hiring.STANDARD : entry.hiring();
        String contract = sector == Sector.AGENCY ? "AGENCY" : pick(split(hiring.contracts));
        String time = pick(split(sector.workingTimes));
        Integer months = switch (contract) {
            case "FIXED_TERM" -> List.of(3, 6, 6, 12, 12, 24).get(random.nextInt(6));
            case "SEASONAL" -> 3 + random.nextInt(4);
            case "AGENCY" -> 1 + random.nextInt(6);
            case "TRAINEESHIP", "APPRENTICESHIP" -> contract.equals("TRAINEESHIP") ? 6 : 36;
            default -> null;
        };
        Integer hours = switch (time) {
            case "PART_TIME" -> List.of(18, 20, 24, 30).get(random.nextInt(4));
            case "SHIFTS" -> random.nextBoolean() ? 40 : 36;
            default -> random.nextInt(4) == 0 ? 38 : 40;
        };
        int posts = switch (employer.sizeBand()) {
            case "LARGE" -> 1 + random.nextInt(sector == Sector.AGENCY ? 10 : 6);
            case "MEDIUM" -> 1 + random.nextInt(4);
            case "SMALL" -> 1 + random.nextInt(2);
            default -> 1;
        };
        LocalDate expires;
        String status = "OPEN";
        if (fresh) {
            expires = published.plusDays(30 + random.nextInt(31));
        } else {
            int r = random.nextInt(100);
            if (r < 12 && published.isBefore(today)) {
                expires = published.plusDays(random.nextLong(today.toEpochDay() - published.toEpochDay()));
            } else if (r < 27) {
                expires = today.plusDays(random.nextInt(8));
            } else {
                expires = today.plusDays(8 + random.nextInt(53));
            }
            int s = random.nextInt(100);
            if (expires.isBefore(today)) {
                status = s < 80 ? "EXPIRED" : s < 95 ? "FILLED" : "WITHDRAWN";
            } else {
                status = s < 90 ? "OPEN" : s < 93 ? "SUSPENDED" : s < 98 ? "FILLED" : "WITHDRAWN";
            }
        }
        LocalDate start = random.nextInt(5) == 0 ? null : expires.plusDays(7 + random.nextInt(30));
        String title;
        String professionCode;
        Integer education;
        var licences = new ArrayList<String>();
        var languages = new ArrayList<SimVacancy.Language>();
        int experience;
        if (entry != null) {
            professionCode = entry.code();
            title = any(entry.titles());
            education = entry.education() != null && random.nextInt(10) < 7 ? entry.education() : null;
            if (!entry.licences().isEmpty()
                    && random.nextInt(10) < (entry.licences().equals("B") ? 6 : 9)) {
                licences.addAll(List.of(entry.licences().split(",")));
            }
            if (!entry.language().isEmpty() && random.nextBoolean()) {
                languages.add(language(entry.language()));
            }
            if (sector == Sector.HOSPITALITY && random.nextInt(10) == 0) {
                languages.add(language(any(SECOND_LANGUAGES)));
            }
            experience = random.nextInt(entry.experience() + 1);
        } else {
            professionCode = tailed.code();
            title = "Ricerca personale: " + tailed.name();
            if (title.length() > 200) title = title.substring(0, 200);
            education = switch (tailed.code().charAt(0)) {
                case '2' -> 7;
                case '3' -> 4 + random.nextInt(3);
                case '4' -> 4;
                case '5' -> 3;
                case '6', '7' -> 2;
                default -> null;
            };
            if (tailed.code().charAt(0) == '2' && random.nextInt(10) < 3) {
                languages.add(new SimVacancy.Language("en", "B2"));
            }
            experience = random.nextInt(4);
        }
        String placeName = placeByCode.get(place).name();
        String description = "%s ricerca %s per la sede di %s. %s, %s. Candidature tramite il Centro per l'impiego."
                .formatted(
                        employer.name(),
                        (posts == 1 ? "una figura: " : posts + " figure: ") + title.toLowerCase(Locale.ITALIAN),
                        placeName,
                        contractPhrase(contract, months),
                        switch (time) {
                            case "PART_TIME" -> "part-time " + hours + " ore settimanali";
                            case "SHIFTS" -> "orario su turni";
                            default -> "tempo pieno";
                        });
        return new SimVacancy(
                "V%07d".formatted(number),
                1,
                changedAt,
                employer.id(),
                professionCode,
                title,
                description,
                posts,
                place,
                contract,
                months,
                time,
                hours,
                start,
                published,
                expires,
                education,
                List.copyOf(licences),
                List.copyOf(languages),
                experience,
                random.nextInt(100) < 5,
                status);
    }

    private static String contractPhrase(String contract, Integer months) {
        return switch (contract) {
            case "PERMANENT" -> "Contratto a tempo indeterminato";
            case "FIXED_TERM" -> "Contratto a tempo determinato di " + months + " mesi";
            case "APPRENTICESHIP" -> "Contratto di apprendistato";
            case "AGENCY" -> "Contratto di somministrazione di " + months + " mesi";
            case "TRAINEESHIP" -> "Tirocinio extracurricolare di " + months + " mesi";
            case "SEASONAL" -> "Contratto stagionale di " + months + " mesi";
            default -> "Contratto a chiamata";
        };
    }

    private static SimVacancy.Language language(String spec) {
        var parts = spec.split(":");
        return new SimVacancy.Language(parts[0], parts[1]);
    }

    /** "A:3,B:1" as weighted choices. */
    private static List<String> split(String weighted) {
        return List.of(weighted.split(","));
    }

    /** One of "value:weight" choices. */
    private String pick(List<String> weighted) {
        String choice = pick(weighted, s -> Integer.parseInt(s.substring(s.indexOf(':') + 1)));
        return choice.substring(0, choice.indexOf(':'));
    }

    private <T> T pick(List<T> items, ToDoubleFunction<T> weight) {
        double total = 0;
        for (var item : items) total += weight.applyAsDouble(item);
        double r = random.nextDouble() * total;
        for (var item : items) {
            r -= weight.applyAsDouble(item);
            if (r < 0) return item;
        }
        return items.getLast();
    }

    private <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
