package it.orienta.bench;

import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import it.orienta.person.TaxCode;
import it.orienta.system.SearchText;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;

/**
 * Loads synthetic persons straight into Orienta's database with PostgreSQL COPY, writing exactly the rows the
 * application would have written for them: the person (normalised search columns, canonical codice fiscale),
 * licences, languages, education titles and work experiences, one current intake at the centre of their
 * province with the current privacy notice, the matching consent (and sometimes its withdrawal), the profiling
 * index, special-category data for a few, and for every one of those actions its timeline entry and audit entry
 * (same event id, same keys and arguments as {@code PersonEvents}, {@code IntakeEvents}, {@code Timeline} and
 * {@code AuditLog}).
 *
 * <p>Needs the demo data (centres, operators, privacy notice, reference subset) already in the database: start the
 * application once on the data directory first. Deterministic for a given seed and an empty registry.
 *
 * <pre>java -cp ... it.orienta.bench.Generator --jdbc=jdbc:postgresql://localhost:54329/postgres?user=postgres
 *      [--persons=200000] [--seed=42] [--threads=2] [--chunk=5000]</pre>
 */
final class Generator {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final Set<String> TUSCAN_PROVINCES = Set.of("MS", "LU", "PT", "FI", "LI", "PI", "AR", "SI", "GR", "PO");
    static final Map<String, String> CAPITALS = Map.ofEntries(
            Map.entry("048017", "Firenze"),
            Map.entry("100005", "Prato"),
            Map.entry("049009", "Livorno"),
            Map.entry("051002", "Arezzo"),
            Map.entry("050026", "Pisa"),
            Map.entry("046017", "Lucca"),
            Map.entry("047014", "Pistoia"),
            Map.entry("053011", "Grosseto"),
            Map.entry("045010", "Massa"),
            Map.entry("045003", "Carrara"),
            Map.entry("052032", "Siena"));
    /** Where a province's residents are taken in charge (the demo has three centres). */
    static final Map<String, String> CENTRE_OF_PROVINCE = Map.ofEntries(
            Map.entry("FI", "CPI-FI"),
            Map.entry("PO", "CPI-FI"),
            Map.entry("PT", "CPI-FI"),
            Map.entry("PI", "CPI-PI"),
            Map.entry("LI", "CPI-PI"),
            Map.entry("LU", "CPI-PI"),
            Map.entry("MS", "CPI-PI"),
            Map.entry("SI", "CPI-SI"),
            Map.entry("AR", "CPI-SI"),
            Map.entry("GR", "CPI-SI"));
    /** Shares of the foreign-born by country of birth (roughly the Tuscan foreign population). */
    static final Map<String, Double> COUNTRY_SHARES = Map.ofEntries(
            Map.entry("235", 0.26),
            Map.entry("201", 0.15),
            Map.entry("314", 0.12),
            Map.entry("436", 0.09),
            Map.entry("243", 0.05),
            Map.entry("323", 0.05),
            Map.entry("305", 0.05),
            Map.entry("450", 0.05),
            Map.entry("615", 0.05),
            Map.entry("609", 0.04),
            Map.entry("460", 0.04),
            Map.entry("443", 0.05));

    record Options(String jdbcUrl, int persons, long seed, int threads, int chunk, int meetings, int agreements) {
        static Options parse(String[] args) {
            var a = Args.parse(args);
            return new Options(
                    a.require("jdbc"),
                    a.integer("persons", 200_000),
                    a.integer("seed", 42),
                    a.integer("threads", 2),
                    a.integer("chunk", 5_000),
                    a.integer("meetings", 10 * a.integer("persons", 200_000)),
                    a.integer("agreements", 3 * a.integer("persons", 200_000) / 2));
        }
    }

    record Actor(UUID id, String username, String name, String roles) {}

    record Place(String code, String belfiore, String province, double weight) {}

    record Coded(String code, String display) {}

    /** What the application already holds and the generated rows must point to. */
    record Context(
            Map<String, List<Actor>> actorsByCentre,
            UUID noticeId,
            int noticeNumber,
            List<Place> birthPlaces,
            double[] birthCumulative,
            List<Place> residences,
            double[] residenceCumulative,
            Map<String, String> countryBelfiore,
            List<String> countries,
            double[] countryCumulative,
            List<Coded> professions,
            List<Coded> titles,
            LocalDate today,
            Instant now) {}

    /** Counts of the rows written and the time taken. */
    record Result(
            int persons,
            Map<String, Long> rows,
            int codeRetries,
            Duration generateAndCopy,
            Duration analyze,
            Duration total) {

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "persons=%d rows=%s codeRetries=%d copy=%.1fs vacuum+analyze=%.1fs total=%.1fs",
                    persons,
                    rows,
                    codeRetries,
                    generateAndCopy.toMillis() / 1000.0,
                    analyze.toMillis() / 1000.0,
                    total.toMillis() / 1000.0);
        }
    }

    static final List<String> TABLES = List.of(
            "person",
            "person_licence",
            "person_language",
            "person_education_title",
            "person_work_experience",
            "intake",
            "matching_consent",
            "timeline_entry",
            "audit_entry");

    static final Map<String, String> COLUMNS = Map.of(
            "person",
            "id, tax_code, tax_code_canonical, tax_code_temporary, first_name, last_name, search_name, "
                    + "search_name_reversed, sex, birth_date, birth_municipality_code, birth_country_code, "
                    + "citizenship_code, residence_municipality_code, residence_address, domicile_municipality_code, "
                    + "domicile_address, email, mobile_phone, notes, disability_l68, disability_percentage, "
                    + "vulnerability_notes, created_at, created_in_centre, version",
            "person_licence",
            "person_id, licence",
            "person_language",
            "person_id, language, level",
            "person_education_title",
            "id, person_id, title_code, year, institution, country_code, description",
            "person_work_experience",
            "id, person_id, employer, profession_code, from_date, to_date, sep_sector, description",
            "intake",
            "id, person_id, centre_code, operator_id, operator_name, intake_date, privacy_notice_id, "
                    + "privacy_acknowledged_at, profiling_index, profiling_date, status, ended_at, version",
            "matching_consent",
            "id, person_id, intake_id, state, recorded_at, operator_id, operator_name, centre_code",
            "timeline_entry",
            "event_id, person_id, occurred_at, kind, summary_key, summary_args, actor_name, centre_code",
            "audit_entry",
            "event_id, occurred_at, recorded_at, operator_id, username, actor_name, centre_code, roles, action, "
                    + "entity_type, entity_id, person_id, fields");

    public static void main(String[] args) throws Exception {
        var result = run(Options.parse(args));
        System.out.println("GENERATOR " + result.summary());
    }

    static Result run(Options o) throws Exception {
        long start = System.nanoTime();
        Context ctx;
        Set<String> codes = ConcurrentHashMap.newKeySet();
        try (var c = DriverManager.getConnection(o.jdbcUrl())) {
            ctx = context(c);
            try (var st = c.createStatement();
                    var rs = st.executeQuery("select tax_code_canonical from person")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        selfCheck(ctx);
        int chunks = (o.persons() + o.chunk() - 1) / o.chunk();
        var rows = new ConcurrentHashMap<String, AtomicLong>();
        TABLES.forEach(t -> rows.put(t, new AtomicLong()));
        var retries = new AtomicInteger();
        var done = new AtomicInteger();
        long copyStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, o.threads()));
        try {
            var connections = new ConcurrentHashMap<Long, Connection>();
            var futures = new ArrayList<Future<?>>();
            for (int k = 0; k < chunks; k++) {
                int chunk = k;
                int size = Math.min(o.chunk(), o.persons() - k * o.chunk());
                futures.add(pool.submit(() -> {
                    var c = connections.computeIfAbsent(Thread.currentThread().threadId(), id -> connect(o));
                    var batch = new Batch();
                    var random = new SplittableRandom(o.seed() * 1_000_003L + chunk);
                    for (int i = 0; i < size; i++) {
                        retries.addAndGet(person(ctx, random, codes, batch));
                    }
                    batch.copy(c, rows);
                    c.commit();
                    int n = done.addAndGet(size);
                    if (chunk % 10 == 9 || n == o.persons()) {
                        System.out.printf(
                                Locale.ROOT,
                                "GENERATOR %d/%d persons in %.1fs%n",
                                n,
                                o.persons(),
                                (System.nanoTime() - copyStart) / 1e9);
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
            for (var c : connections.values()) {
                c.close();
            }
        } finally {
            pool.shutdownNow();
        }
        long copyEnd = System.nanoTime();
        Map<String, Long> guidance;
        try (var c = connect(o)) {
            guidance = new LinkedHashMap<>(GuidanceData.write(c, o.meetings(), ctx.today()));
            guidance.putAll(AgreementData.write(c, o.agreements()));
        }
        long guidanceEnd = System.nanoTime();
        try (var c = DriverManager.getConnection(o.jdbcUrl());
                var st = c.createStatement()) {
            // what autovacuum would do on its own a little later (statistics, visibility map): done now, and timed,
            // so that it does not run in the middle of the measurements
            st.execute("vacuum (analyze) " + String.join(", ", TABLES)
                    + ", engagement, meeting, appointment, agreement, agreement_item");
        }
        long end = System.nanoTime();
        var counts = new LinkedHashMap<String, Long>();
        TABLES.forEach(t -> counts.put(t, rows.get(t).get()));
        counts.putAll(guidance);
        return new Result(
                o.persons(),
                counts,
                retries.get(),
                Duration.ofNanos(copyEnd - copyStart),
                Duration.ofNanos(end - guidanceEnd),
                Duration.ofNanos(end - start));
    }

    private static Connection connect(Options o) {
        try {
            var c = DriverManager.getConnection(o.jdbcUrl());
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The codes computed here are the library's and the application accepts them as they are. */
    private static void selfCheck(Context ctx) {
        var cities = CityProvider.ofDefault();
        var random = new SplittableRandom(7);
        var sample = new ArrayList<String>();
        for (int i = 0; i < 400; i++) {
            boolean foreign = i % 5 == 0;
            Place place = foreign
                    ? null
                    : ctx.birthPlaces().get(random.nextInt(ctx.birthPlaces().size()));
            String belfiore = foreign
                    ? ctx.countryBelfiore()
                            .get(ctx.countries()
                                    .get(random.nextInt(ctx.countries().size())))
                    : place.belfiore();
            String first = i % 2 == 0
                    ? Names.MALE.get(random.nextInt(Names.MALE.size()))
                    : Names.FEMALE.get(random.nextInt(Names.FEMALE.size()));
            String last = Names.SURNAMES.get(random.nextInt(Names.SURNAMES.size()));
            var born = ctx.today().minusDays(6570 + random.nextInt(17000));
            String ours = TaxCodes.of(first, last, born, i % 2 == 1, belfiore);
            String library = CodiceFiscale.of(it.kamaladafrica.codicefiscale.Person.builder()
                            .firstname(first)
                            .lastname(last)
                            .birthDate(born)
                            .isFemale(i % 2 == 1)
                            .city(cities.findByBelfiore(belfiore))
                            .build())
                    .getValue();
            if (!ours.equals(library)) {
                throw new IllegalStateException(
                        "codice fiscale of " + first + " " + last + ": computed " + ours + ", library " + library);
            }
            sample.add(ours);
        }
        for (String code : sample.subList(0, 10)) {
            var parsed = TaxCode.parse(code);
            if (!parsed.canonical().equals(code)) {
                throw new IllegalStateException("the application reads " + code + " as " + parsed.canonical());
            }
        }
    }

    static Context context(Connection c) throws SQLException {
        var actors = new HashMap<String, List<Actor>>();
        try (var st = c.createStatement();
                var rs = st.executeQuery("select o.id, o.username, o.full_name, oc.centre_code, "
                        + "(select string_agg(r.role, ',' order by r.role) from operator_role r where r.operator_id = o.id) "
                        + "from operator o join operator_centre oc on oc.operator_id = o.id "
                        + "where o.active and exists (select 1 from operator_role r where r.operator_id = o.id "
                        + "and r.role in ('OPERATOR', 'COORDINATOR')) order by o.username")) {
            while (rs.next()) {
                actors.computeIfAbsent(rs.getString(4), k -> new ArrayList<>())
                        .add(new Actor(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(5)));
            }
        }
        if (actors.isEmpty()) {
            throw new IllegalStateException("no operators: start the application once so that it loads the demo data");
        }
        UUID noticeId;
        int noticeNumber;
        try (var st = c.createStatement();
                var rs = st.executeQuery("select id, number from privacy_notice order by number desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("no privacy notice: start the application once first");
            }
            noticeId = rs.getObject(1, UUID.class);
            noticeNumber = rs.getInt(2);
        }
        var cities = CityProvider.ofDefault();
        var births = new ArrayList<Place>();
        var residences = new ArrayList<Place>();
        try (var st = c.createStatement();
                var rs = st.executeQuery(
                        "select code, belfiore, province from reference_code "
                                + "where code_system = 'MUNICIPALITY' and not retired and belfiore is not null order by code")) {
            while (rs.next()) {
                String code = rs.getString(1);
                String belfiore = rs.getString(2);
                String province = rs.getString(3);
                boolean known;
                try {
                    cities.findByBelfiore(belfiore);
                    known = true;
                } catch (IllegalArgumentException e) {
                    known = false;
                }
                boolean tuscan = TUSCAN_PROVINCES.contains(province);
                double weight = code.equals("048017") ? 60 : CAPITALS.containsKey(code) ? 15 : tuscan ? 1 : 4;
                if (known) {
                    births.add(new Place(code, belfiore, province, weight));
                }
                if (tuscan) {
                    residences.add(new Place(code, belfiore, province, weight));
                }
            }
        }
        var countryBelfiore = new HashMap<String, String>();
        try (var st = c.createStatement();
                var rs = st.executeQuery("select code, belfiore from reference_code "
                        + "where code_system = 'COUNTRY' and not retired and belfiore is not null")) {
            while (rs.next()) {
                if (Names.FOREIGN.containsKey(rs.getString(1))) {
                    countryBelfiore.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        var countries = countryBelfiore.keySet().stream().sorted().toList();
        var professions = coded(c, "PROFESSION", "level = 5");
        var titles = coded(c, "EDUCATION_TITLE", "true");
        return new Context(
                actors,
                noticeId,
                noticeNumber,
                births,
                cumulative(births.stream().mapToDouble(Place::weight).toArray()),
                residences,
                cumulative(residences.stream().mapToDouble(Place::weight).toArray()),
                countryBelfiore,
                countries,
                cumulative(countries.stream()
                        .mapToDouble(k -> COUNTRY_SHARES.getOrDefault(k, 0.02))
                        .toArray()),
                professions,
                titles,
                LocalDate.now(ROME),
                Instant.now());
    }

    private static List<Coded> coded(Connection c, String system, String where) throws SQLException {
        var list = new ArrayList<Coded>();
        try (var st = c.createStatement();
                var rs = st.executeQuery("select code, display from reference_code where code_system = '" + system
                        + "' and not retired and " + where + " order by code")) {
            while (rs.next()) {
                list.add(new Coded(rs.getString(1), rs.getString(2)));
            }
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("no " + system + " codes: start the application once first");
        }
        return list;
    }

    // ---------------------------------------------------------------------------------------------------------

    static final double[] SURNAME_WEIGHTS = zipf(Names.SURNAMES.size(), 0.55);
    static final double[] MALE_WEIGHTS = zipf(Names.MALE.size(), 0.7);
    static final double[] FEMALE_WEIGHTS = zipf(Names.FEMALE.size(), 0.7);
    static final List<String> LEVELS = List.of("A2", "B1", "B2", "C1");

    /** Generates one person and everything the application would have stored about them; returns code retries. */
    static int person(Context ctx, SplittableRandom r, Set<String> codes, Batch b) {
        int retries = 0;
        boolean foreign;
        boolean female;
        String first;
        String last;
        String country = null;
        Place birthPlace = null;
        LocalDate born;
        String code;
        while (true) {
            foreign = r.nextDouble() < 0.12;
            female = r.nextBoolean();
            if (foreign) {
                country = ctx.countries().get(pick(r, ctx.countryCumulative()));
                var names = Names.FOREIGN.get(country);
                first = female ? any(r, names.female()) : any(r, names.male());
                last = any(r, names.surnames());
            } else {
                birthPlace = ctx.birthPlaces().get(pick(r, ctx.birthCumulative()));
                first = female ? Names.FEMALE.get(pick(r, FEMALE_WEIGHTS)) : Names.MALE.get(pick(r, MALE_WEIGHTS));
                last = Names.SURNAMES.get(pick(r, SURNAME_WEIGHTS));
            }
            // 18 to 65 years old
            born = ctx.today().minusYears(18).minusDays(r.nextInt(47 * 365));
            code = TaxCodes.of(
                    first, last, born, female, foreign ? ctx.countryBelfiore().get(country) : birthPlace.belfiore());
            if (codes.add(code)) {
                break;
            }
            retries++;
        }
        UUID personId = uuid(r);
        Place residence;
        if (birthPlace != null && TUSCAN_PROVINCES.contains(birthPlace.province()) && r.nextDouble() < 0.6) {
            residence = birthPlace;
        } else {
            residence = ctx.residences().get(pick(r, ctx.residenceCumulative()));
        }
        String centre = CENTRE_OF_PROVINCE.get(residence.province());
        if (centre == null || !ctx.actorsByCentre().containsKey(centre)) {
            centre = ctx.actorsByCentre().keySet().stream().sorted().findFirst().orElseThrow();
        }
        var actors = ctx.actorsByCentre().get(centre);
        Actor actor = actors.get(r.nextInt(actors.size()));
        String fullName = first + " " + last;

        // registration, some time in the last five years, in office hours
        LocalDate createdDay = ctx.today().minusDays(1 + r.nextInt(5 * 365));
        Instant created = officeTime(createdDay, r);
        int version = 0;

        String domicile = r.nextDouble() < 0.05
                ? ctx.residences().get(pick(r, ctx.residenceCumulative())).code()
                : null;
        String citizenship = foreign ? (r.nextDouble() < 0.1 ? "100" : country) : "100";

        // the person's record
        var education = new ArrayList<String[]>();
        if (r.nextDouble() < 0.6) {
            Coded title = any(r, ctx.titles());
            int year = Math.min(born.getYear() + 14 + r.nextInt(11), createdDay.getYear());
            education.add(new String[] {
                uuid(r).toString(),
                title.code(),
                Integer.toString(year),
                foreign && r.nextBoolean() ? country : "100",
                title.display()
            });
        }
        var work = new ArrayList<String[]>();
        if (r.nextDouble() < 0.5) {
            Coded profession = any(r, ctx.professions());
            LocalDate adult = born.plusYears(18);
            long span = Math.max(1, createdDay.toEpochDay() - adult.toEpochDay() - 30);
            LocalDate from = adult.plusDays(r.nextLong(span));
            LocalDate to = r.nextDouble() < 0.7
                    ? from.plusDays(30 + r.nextLong(Math.max(1, createdDay.toEpochDay() - from.toEpochDay() - 29)))
                    : null;
            if (to != null && to.isAfter(createdDay)) {
                to = createdDay;
            }
            String employer = (foreign ? any(r, Names.SURNAMES) : Names.SURNAMES.get(pick(r, SURNAME_WEIGHTS))) + " "
                    + any(r, Names.EMPLOYER_KINDS);
            work.add(new String[] {
                uuid(r).toString(),
                employer,
                profession.code(),
                from.toString(),
                to == null ? null : to.toString(),
                Integer.toString(1 + r.nextInt(24)),
                profession.display()
            });
        }
        version += education.size() + work.size();
        boolean disability = r.nextDouble() < 0.03;
        Integer disabilityPercentage = disability ? 46 + r.nextInt(55) : null;
        if (disability) {
            version++;
        }

        String email = r.nextDouble() < 0.7
                ? ascii(first) + "." + ascii(last) + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(100))) + "@"
                        + any(r, Names.EMAIL_DOMAINS)
                : null;
        String phone = r.nextDouble() < 0.85
                ? String.format(Locale.ROOT, "+39 3%02d %07d", 20 + r.nextInt(80), r.nextInt(10_000_000))
                : null;

        b.row(
                "person",
                personId,
                code,
                code,
                false,
                first,
                last,
                SearchText.normalize(last + " " + first),
                SearchText.normalize(first + " " + last),
                female ? "F" : "M",
                born,
                foreign ? null : birthPlace.code(),
                foreign ? country : null,
                citizenship,
                residence.code(),
                any(r, Names.STREETS) + " " + (1 + r.nextInt(150)),
                domicile,
                domicile == null ? null : any(r, Names.STREETS) + " " + (1 + r.nextInt(150)),
                email,
                phone,
                null,
                disability,
                disabilityPercentage,
                null,
                created,
                centre,
                version);
        if (r.nextDouble() < 0.65) {
            b.row("person_licence", personId, "B");
            if (r.nextDouble() < 0.1) {
                b.row("person_licence", personId, "A");
            }
            if (!female && r.nextDouble() < 0.05) {
                b.row("person_licence", personId, "C");
                b.row("person_licence", personId, "CQC_MERCI");
            }
        } else if (r.nextDouble() < 0.1) {
            b.row("person_licence", personId, "AM");
        }
        if (foreign) {
            b.row("person_language", personId, Names.FOREIGN.get(country).language(), "NATIVE");
            b.row("person_language", personId, "it", any(r, LEVELS));
        } else {
            b.row("person_language", personId, "it", "NATIVE");
            if (r.nextDouble() < 0.45) {
                b.row("person_language", personId, "en", any(r, LEVELS));
            }
            if (r.nextDouble() < 0.1) {
                b.row("person_language", personId, any(r, List.of("fr", "de", "es")), any(r, LEVELS));
            }
        }
        b.event(
                r,
                personId,
                created,
                actor,
                centre,
                "person",
                "timeline.person.registered",
                List.of(fullName, code),
                "CREATE",
                "Person",
                personId.toString(),
                List.of("taxCode", "firstName", "lastName", "sex", "birthDate"));
        Instant t = created;
        for (var e : education) {
            t = t.plusSeconds(60 + r.nextInt(540));
            b.row(
                    "person_education_title",
                    UUID.fromString(e[0]),
                    personId,
                    e[1],
                    Integer.parseInt(e[2]),
                    null,
                    e[3],
                    null);
            b.event(
                    r,
                    personId,
                    t,
                    actor,
                    centre,
                    "person",
                    "timeline.person.education.create",
                    List.of(e[4]),
                    "CREATE",
                    "EducationTitle",
                    e[0],
                    List.of("titleCode", "year", "institution", "countryCode"));
        }
        for (var w : work) {
            t = t.plusSeconds(60 + r.nextInt(540));
            b.row(
                    "person_work_experience",
                    UUID.fromString(w[0]),
                    personId,
                    w[1],
                    w[2],
                    LocalDate.parse(w[3]),
                    w[4] == null ? null : LocalDate.parse(w[4]),
                    Integer.parseInt(w[5]),
                    null);
            b.event(
                    r,
                    personId,
                    t,
                    actor,
                    centre,
                    "person",
                    "timeline.person.work.create",
                    List.of(w[1], w[6]),
                    "CREATE",
                    "WorkExperience",
                    w[0],
                    List.of("employer", "professionCode", "fromDate", "toDate", "sepSector"));
        }

        // the intake, within a couple of weeks of registration: notice acknowledged, consent given or refused
        LocalDate intakeDate = createdDay.plusDays(r.nextInt(15));
        if (intakeDate.isAfter(ctx.today())) {
            intakeDate = ctx.today();
        }
        Instant intakeAt = officeTime(intakeDate, r);
        if (!intakeAt.isAfter(t)) {
            intakeAt = t.plusSeconds(300 + r.nextInt(1800));
        }
        if (intakeAt.isAfter(ctx.now())) {
            intakeAt = ctx.now().minusSeconds(1 + r.nextInt(600));
            intakeDate = LocalDate.ofInstant(intakeAt, ROME);
        }
        UUID intakeId = uuid(r);
        boolean profiled = r.nextDouble() < 0.4;
        String index = profiled ? String.format(Locale.ROOT, "%.3f", r.nextInt(1001) / 1000.0) : null;
        b.row(
                "intake",
                intakeId,
                personId,
                centre,
                actor.id(),
                actor.name(),
                intakeDate,
                ctx.noticeId(),
                intakeAt,
                index,
                profiled ? intakeDate : null,
                "CURRENT",
                null,
                0);
        b.event(
                r,
                personId,
                intakeAt,
                actor,
                centre,
                "intake",
                "timeline.intake.taken-in-charge",
                List.of(centre, Integer.toString(ctx.noticeNumber())),
                "CREATE",
                "Intake",
                intakeId.toString(),
                List.of("intakeDate", "centre", "privacyNotice"));
        String state = r.nextDouble() < 0.75 ? "GIVEN" : "REFUSED";
        consent(r, b, personId, intakeId, state, intakeAt, actor, centre);
        if (profiled) {
            b.event(
                    r,
                    personId,
                    intakeAt,
                    actor,
                    centre,
                    "intake",
                    "timeline.intake.profiling-index",
                    List.of(index),
                    "UPDATE",
                    "Intake",
                    intakeId.toString(),
                    List.of("profilingIndex", "profilingDate"));
        }
        if (disability) {
            b.event(
                    r,
                    personId,
                    intakeAt.plusSeconds(60 + r.nextInt(600)),
                    actor,
                    centre,
                    "person",
                    "timeline.person.special.update",
                    List.of(),
                    "UPDATE",
                    "SpecialCategoryData",
                    personId.toString(),
                    List.of("disabilityL68", "disabilityPercentage"));
        }
        if (state.equals("GIVEN") && r.nextDouble() < 0.08) {
            Instant withdrawn = intakeAt.plus(Duration.ofDays(1 + r.nextInt(200)));
            if (withdrawn.isBefore(ctx.now())) {
                consent(r, b, personId, intakeId, "WITHDRAWN", withdrawn, actor, centre);
            }
        }
        return retries;
    }

    private static void consent(
            SplittableRandom r,
            Batch b,
            UUID personId,
            UUID intakeId,
            String state,
            Instant at,
            Actor actor,
            String centre) {
        UUID consentId = uuid(r);
        b.row("matching_consent", consentId, personId, intakeId, state, at, actor.id(), actor.name(), centre);
        b.event(
                r,
                personId,
                at,
                actor,
                centre,
                "consent",
                "timeline.consent." + state.toLowerCase(Locale.ROOT),
                List.of(),
                "CREATE",
                "MatchingConsent",
                consentId.toString(),
                List.of("state"));
    }

    static Instant officeTime(LocalDate day, SplittableRandom r) {
        return day.atTime(LocalTime.of(8, 30).plusSeconds(r.nextInt(9 * 3600)))
                .atZone(ROME)
                .toInstant()
                .plusNanos(r.nextInt(1_000_000) * 1000L);
    }

    static UUID uuid(SplittableRandom r) {
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    static <T> T any(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    static double[] zipf(int n, double s) {
        var w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1.0 / Math.pow(i + 1, s);
        }
        return cumulative(w);
    }

    static double[] cumulative(double[] weights) {
        var c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    static int pick(SplittableRandom r, double[] cumulative) {
        double x = r.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The rows of one chunk, one COPY text buffer per table. */
    static final class Batch {
        private final Map<String, StringBuilder> buffers = new LinkedHashMap<>();
        private final Map<String, Long> counts = new HashMap<>();

        Batch() {
            TABLES.forEach(t -> buffers.put(t, new StringBuilder(1 << 20)));
        }

        void row(String table, Object... values) {
            var sb = buffers.get(table);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                append(sb, values[i]);
            }
            sb.append('\n');
            counts.merge(table, 1L, Long::sum);
        }

        /** A timeline entry and its audit entry, as Timeline and AuditLog write them for one event. */
        void event(
                SplittableRandom r,
                UUID personId,
                Instant at,
                Actor actor,
                String centre,
                String kind,
                String summaryKey,
                List<String> summaryArgs,
                String action,
                String entityType,
                String entityId,
                List<String> fields) {
            UUID eventId = uuid(r);
            row("timeline_entry", eventId, personId, at, kind, summaryKey, summaryArgs, actor.name(), centre);
            row(
                    "audit_entry",
                    eventId,
                    at,
                    at.plusMillis(2 + r.nextInt(40)),
                    actor.id(),
                    actor.username(),
                    actor.name(),
                    centre,
                    actor.roles(),
                    action,
                    entityType,
                    entityId,
                    personId,
                    fields);
        }

        void copy(Connection c, Map<String, AtomicLong> totals) throws SQLException, java.io.IOException {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (var e : buffers.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                copy.copyIn(
                        "copy " + e.getKey() + " (" + COLUMNS.get(e.getKey()) + ") from stdin",
                        new StringReader(e.getValue().toString()));
                totals.get(e.getKey()).addAndGet(counts.getOrDefault(e.getKey(), 0L));
            }
        }

        private static void append(StringBuilder sb, Object v) {
            switch (v) {
                case null -> sb.append("\\N");
                case Boolean bool -> sb.append(bool ? 't' : 'f');
                case List<?> list -> {
                    var array = new StringBuilder("{");
                    for (int i = 0; i < list.size(); i++) {
                        if (i > 0) {
                            array.append(',');
                        }
                        array.append('"')
                                .append(list.get(i)
                                        .toString()
                                        .replace("\\", "\\\\")
                                        .replace("\"", "\\\""))
                                .append('"');
                    }
                    escape(sb, array.append('}').toString());
                }
                default -> escape(sb, v.toString());
            }
        }

        private static void escape(StringBuilder sb, String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
        }
    }
}
