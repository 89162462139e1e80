package it.orienta.bench;

import it.orienta.system.SearchText;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * Drives Orienta over real HTTP as its users do: the REST API with HTTP Basic (stateless, so every request is
 * authenticated) and the pages with a form-login session (GET /login, the {@code _csrf} hidden input, POST
 * /login, the JSESSIONID cookie). Closed loop: each client sends its next request when the previous answer has
 * been read completely; latency is measured from sending to the last byte. Every answer is checked, not just its
 * status: the person's code must be in the search result and in the worker-file page.
 */
final class LoadDriver {

    static final String USERNAME = "operatore";
    static final String COORDINATOR = "coordinatore";
    static final String PASSWORD = "Orienta.2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    enum Scenario {
        /** GET /api/v1/persons?q={codice fiscale}: exact search by code. */
        API_CF("api-cf"),
        /** GET /api/v1/persons?q={first 3-6 letters of a surname}: prefix search. */
        API_SURNAME("api-surname"),
        /** GET /persons/{id}: the worker-file page (session). */
        PAGE_FILE("page-file"),
        /** GET /api/v1/persons with no query: authentication and framework only, no database (diagnostic). */
        API_NOOP("api-noop"),
        /** GET /persons?q={surname prefix}: the same search as API_SURNAME through the pages' session (diagnostic). */
        PAGE_SURNAME("page-surname"),
        /** GET /persons?q={codice fiscale} through the pages' session (diagnostic). */
        PAGE_CF("page-cf"),
        /** GET /persons/{id} of the person with the most meetings (200 and more): the worker-file page (session). */
        PAGE_FILE_HEAVY("page-file-heavy"),
        /** GET /: the operator's home page with its worklist (session). */
        PAGE_HOME("page-home"),
        /** GET /api/v1/centre/compliance?month=…: a month of the coordinator's centre (Basic, coordinator). */
        API_COMPLIANCE("api-compliance"),
        /** GET /agreements/{id}/pdf: the PDF of the heavy person's signed PSP, rendered on each request (session). */
        PAGE_PSP_PDF("page-psp-pdf");

        final String label;

        Scenario(String label) {
            this.label = label;
        }
    }

    record PersonRef(UUID id, String taxCode) {}

    /** What the clients ask for: persons drawn at random, and surname prefixes drawn as the data is distributed. */
    record Sample(List<PersonRef> persons, List<String> prefixes, PersonRef heavy, List<String> months, UUID heavyPsp) {

        /**
         * The persons whose case the bench's operator (CPI Firenze) may open (ADR 0017): in charge there last, or
         * never taken in charge. Asking for another centre's case measures the refusal page, not the worker file.
         */
        static final String OPERATORS_CASES = "coalesce((select i.centre_code from intake i where i.person_id = p.id"
                + " order by (i.status = 'CURRENT') desc, i.privacy_acknowledged_at desc limit 1), 'CPI-FI') = 'CPI-FI'";

        static Sample of(String jdbcUrl, int size, long seed) throws SQLException {
            var persons = new ArrayList<PersonRef>();
            var prefixes = new ArrayList<String>();
            var r = new SplittableRandom(seed);
            try (var c = DriverManager.getConnection(jdbcUrl);
                    var st = c.createStatement()) {
                st.execute("select setseed(" + (seed % 1000) / 1000.0 + ")");
                try (var rs = st.executeQuery("select p.id, p.tax_code, p.last_name from person p where "
                        + OPERATORS_CASES + " order by random() limit " + size)) {
                    while (rs.next()) {
                        persons.add(new PersonRef(rs.getObject(1, UUID.class), rs.getString(2)));
                        String norm = SearchText.normalize(rs.getString(3));
                        int len = Math.min(norm.length(), 3 + r.nextInt(4));
                        String prefix = norm.substring(0, len).strip();
                        prefixes.add(prefix.length() < 3 ? norm : prefix);
                    }
                }
            }
            if (persons.isEmpty()) {
                throw new IllegalStateException("no persons to ask for");
            }
            PersonRef heavy = null;
            var months = new ArrayList<String>();
            try (var c = DriverManager.getConnection(jdbcUrl);
                    var st = c.createStatement()) {
                try (var rs = st.executeQuery(
                        "select p.id, p.tax_code from person p join (select person_id, count(*) n from meeting"
                                + " group by person_id) m on m.person_id = p.id where " + OPERATORS_CASES
                                + " order by m.n desc limit 1")) {
                    if (rs.next()) {
                        heavy = new PersonRef(rs.getObject(1, UUID.class), rs.getString(2));
                    }
                }
                try (var rs = st.executeQuery("select distinct to_char(started_at at time zone 'Europe/Rome',"
                        + " 'YYYY-MM') from meeting where centre_code = 'CPI-FI' and started_at >= now() - interval"
                        + " '1 year' order by 1")) {
                    while (rs.next()) {
                        months.add(rs.getString(1));
                    }
                }
            }
            UUID heavyPsp = null;
            if (heavy != null) {
                try (var c = DriverManager.getConnection(jdbcUrl);
                        var st = c.prepareStatement(
                                "select id from agreement where person_id = ? and status = 'SIGNED'")) {
                    st.setObject(1, heavy.id());
                    try (var rs = st.executeQuery()) {
                        if (rs.next()) {
                            heavyPsp = rs.getObject(1, UUID.class);
                        }
                    }
                }
            }
            return new Sample(List.copyOf(persons), List.copyOf(prefixes), heavy, List.copyOf(months), heavyPsp);
        }
    }

    /** One user: an API client (Basic, no cookies) and a browser-like page client (session cookie). */
    static final class Client {
        final HttpClient api;
        final HttpClient pages;
        /** The nodes, asked in turn, one request each (a round-robin balancer); one for a single node. */
        final List<String> bases;

        private int next;
        final String basic;
        final String coordinator;

        Client(List<String> bases) {
            this.bases = List.copyOf(bases);
            this.api = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(TIMEOUT)
                    .build();
            this.pages = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(TIMEOUT)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            this.basic = "Basic "
                    + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            this.coordinator = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((COORDINATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        /** Form login as a browser does it; the session then works in the operator's only centre. */
        void login() throws IOException, InterruptedException {
            var form = pages.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
            var m = CSRF.matcher(form.body());
            if (form.statusCode() != 200 || !m.find()) {
                throw new IOException("GET /login answered " + form.statusCode() + " without a _csrf input");
            }
            String body = "username=" + enc(USERNAME) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(m.group(1));
            var login = pages.send(
                    HttpRequest.newBuilder(URI.create(bases.get(0) + "/login"))
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("/login")) {
                throw new IOException("POST /login answered " + login.statusCode() + " to " + location);
            }
            var home = pages.send(get("/").build(), HttpResponse.BodyHandlers.ofString());
            if (home.statusCode() != 200) {
                throw new IOException("GET / after login answered " + home.statusCode());
            }
        }

        /** The next node's address: with two nodes, a request on each in turn (the session is in PostgreSQL). */
        String base() {
            return bases.get(next++ % bases.size());
        }

        HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(URI.create(base() + path)).timeout(TIMEOUT);
        }

        /** Sends one request of the scenario; null when the answer is right, else what was wrong. */
        String call(Scenario s, Sample sample, SplittableRandom r) throws IOException, InterruptedException {
            return switch (s) {
                case API_CF -> {
                    var p = sample.persons().get(r.nextInt(sample.persons().size()));
                    var res = send(api, get("/api/v1/persons?q=" + p.taxCode()).header("Authorization", basic));
                    yield check(res, p.taxCode());
                }
                case API_SURNAME -> {
                    String q = sample.prefixes().get(r.nextInt(sample.prefixes().size()));
                    var res = send(api, get("/api/v1/persons?q=" + enc(q)).header("Authorization", basic));
                    yield check(res, "\"rows\":[{");
                }
                case API_NOOP -> check(send(api, get("/api/v1/persons").header("Authorization", basic)), "\"rows\"");
                case PAGE_FILE -> {
                    var p = sample.persons().get(r.nextInt(sample.persons().size()));
                    yield check(send(pages, get("/persons/" + p.id())), p.taxCode());
                }
                case PAGE_SURNAME -> {
                    String q = sample.prefixes().get(r.nextInt(sample.prefixes().size()));
                    yield check(send(pages, get("/persons?q=" + enc(q))), "/persons/");
                }
                case PAGE_FILE_HEAVY -> {
                    var p = sample.heavy();
                    yield p == null
                            ? "no person with meetings"
                            : check(send(pages, get("/persons/" + p.id())), p.taxCode());
                }
                case PAGE_HOME -> check(send(pages, get("/")), "worklist-title");
                case API_COMPLIANCE -> {
                    if (sample.months().isEmpty()) {
                        yield "no month with meetings";
                    }
                    String month = sample.months().get(r.nextInt(sample.months().size()));
                    yield check(
                            send(
                                    api,
                                    get("/api/v1/centre/compliance?month=" + month)
                                            .header("Authorization", coordinator)),
                            "\"rows\":[{");
                }
                case PAGE_PSP_PDF ->
                    sample.heavyPsp() == null
                            ? "no signed agreement"
                            : check(send(pages, get("/agreements/" + sample.heavyPsp() + "/pdf")), "%PDF");
                case PAGE_CF -> {
                    var p = sample.persons().get(r.nextInt(sample.persons().size()));
                    yield check(send(pages, get("/persons?q=" + p.taxCode())), p.taxCode());
                }
            };
        }

        private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
                throws IOException, InterruptedException {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String check(HttpResponse<String> res, String expected) {
            if (res.statusCode() != 200) {
                return res.request().uri().getPath() + " answered " + res.statusCode();
            }
            if (!res.body().contains(expected)) {
                return res.request().uri() + " answered 200 without " + expected;
            }
            return null;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code perClient} requests on each of {@code clients} clients at once (all start together), stopping
     * early at {@code limit}. With more than one scenario each request picks one at random; the answer then holds
     * the whole phase and one line per scenario.
     */
    static List<Stats> phase(
            String phase,
            List<Scenario> scenarios,
            List<Client> clients,
            Sample sample,
            int perClient,
            Duration limit,
            long seed)
            throws InterruptedException {
        int n = clients.size();
        var latencies = Collections.synchronizedList(new ArrayList<long[]>());
        var kinds = Collections.synchronizedList(new ArrayList<Scenario[]>());
        var errors = Collections.synchronizedList(new ArrayList<String>());
        var errorKinds = Collections.synchronizedList(new ArrayList<Scenario>());
        var truncated = new AtomicBoolean();
        var ready = new CountDownLatch(n);
        var go = new CountDownLatch(1);
        var finished = new CountDownLatch(n);
        long[] startEnd = new long[2];
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < n; c++) {
                var client = clients.get(c);
                var r = new SplittableRandom(seed * 31 + c);
                executor.submit(() -> {
                    long[] mine = new long[perClient];
                    Scenario[] mineKinds = new Scenario[perClient];
                    int done = 0;
                    try {
                        ready.countDown();
                        go.await();
                        long deadline = startEnd[0] + limit.toNanos();
                        for (int i = 0; i < perClient; i++) {
                            if (System.nanoTime() > deadline) {
                                truncated.set(true);
                                break;
                            }
                            var s = scenarios.get(scenarios.size() == 1 ? 0 : r.nextInt(scenarios.size()));
                            long t0 = System.nanoTime();
                            String problem;
                            try {
                                problem = client.call(s, sample, r);
                            } catch (IOException e) {
                                problem = e.toString();
                            }
                            long t = System.nanoTime() - t0;
                            if (problem == null) {
                                mine[done] = t;
                                mineKinds[done] = s;
                                done++;
                            } else {
                                errors.add(s.label + ": " + problem);
                                errorKinds.add(s);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        latencies.add(java.util.Arrays.copyOf(mine, done));
                        kinds.add(java.util.Arrays.copyOf(mineKinds, done));
                        finished.countDown();
                    }
                    return null;
                });
            }
            ready.await();
            startEnd[0] = System.nanoTime();
            go.countDown();
            finished.await();
            startEnd[1] = System.nanoTime();
        }
        long wall = startEnd[1] - startEnd[0];
        var result = new ArrayList<Stats>();
        var samples = errors.stream().distinct().limit(5).toList();
        if (scenarios.size() == 1) {
            result.add(new Stats(
                    phase,
                    scenarios.getFirst().label,
                    n,
                    latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray(),
                    errors.size(),
                    samples,
                    wall,
                    truncated.get()));
            return result;
        }
        result.add(new Stats(
                phase,
                "mixed",
                n,
                latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray(),
                errors.size(),
                samples,
                wall,
                truncated.get()));
        for (var s : scenarios) {
            var mine = new ArrayList<Long>();
            synchronized (latencies) {
                for (int c = 0; c < latencies.size(); c++) {
                    long[] l = latencies.get(c);
                    Scenario[] k = kinds.get(c);
                    for (int i = 0; i < l.length; i++) {
                        if (k[i] == s) {
                            mine.add(l[i]);
                        }
                    }
                }
            }
            int errs = (int) errorKinds.stream().filter(k -> k == s).count();
            result.add(new Stats(
                    phase,
                    "mixed:" + s.label,
                    n,
                    mine.stream().mapToLong(Long::longValue).toArray(),
                    errs,
                    List.of(),
                    wall,
                    truncated.get()));
        }
        return result;
    }

    static List<Client> clients(String base, int n) throws IOException, InterruptedException {
        return clients(List.of(base), n);
    }

    /** {@code n} logged-in users whose requests go to each of {@code bases} in turn. */
    static List<Client> clients(List<String> bases, int n) throws IOException, InterruptedException {
        var list = new ArrayList<Client>();
        for (int i = 0; i < n; i++) {
            var c = new Client(bases);
            c.login();
            list.add(c);
        }
        return list;
    }

    /**
     * One scenario against an application that is already running, for diagnosis (profiling, EXPLAIN):
     * {@code --base=http://localhost:8080 --jdbc=jdbc:postgresql://localhost:PORT/postgres?user=postgres
     * --scenario=page-file --clients=1 --requests=500 [--warmup=100]}.
     */
    public static void main(String[] args) throws Exception {
        var a = Args.parse(args);
        var scenario = java.util.Arrays.stream(Scenario.values())
                .filter(s -> s.label.equals(a.require("scenario")))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown --scenario"));
        var sample = Sample.of(a.require("jdbc"), 5_000, a.integer("seed", 42));
        var clients = clients(a.require("base"), a.integer("clients", 1));
        int warmup = a.integer("warmup", 100);
        if (warmup > 0) {
            phase("warmup", List.of(scenario), clients, sample, warmup, Duration.ofMinutes(5), 1);
        }
        for (var s : phase(
                "measure",
                List.of(scenario),
                clients,
                sample,
                a.integer("requests", 500),
                Duration.ofSeconds(a.integer("limit-seconds", 300)),
                2)) {
            System.out.println(s.line());
            s.errorSamples().forEach(e -> System.out.println("    error: " + e));
        }
    }
}
