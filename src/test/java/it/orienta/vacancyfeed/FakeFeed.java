package it.orienta.vacancyfeed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small stand-in of the regional system for the client's tests, on loopback: it serves the contract's two feeds
 * from lists the test fills (ordered by changedAt, id; the cursor is the index reached), and answers the statuses
 * queued in {@link #failures} first.
 */
final class FakeFeed implements AutoCloseable {

    static final String KEY = "test-key";

    record Item(String id, int version, Instant changedAt, String json) {}

    final List<Item> employers = new CopyOnWriteArrayList<>();
    final List<Item> vacancies = new CopyOnWriteArrayList<>();
    final Deque<Integer> failures = new ArrayDeque<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger answered = new AtomicInteger();
    volatile int alwaysFailWith;
    private final HttpServer server;

    FakeFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/employers", ex -> serve(ex, employers));
        server.createContext("/v1/vacancies", ex -> serve(ex, vacancies));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    static String employerJson(String id, int version, Instant at, String name) {
        return """
                {"id":"%s","version":%d,"changedAt":"%s","taxCode":"00159560366","vatNumber":"00159560366",\
                "name":"%s","legalForm":"SRL","atecoCode":"56.10.11","municipalityCode":"048017","address":"Via Roma 1",\
                "postalCode":"50123","email":"info@example.it","pec":null,"phone":"055 123456",\
                "contactPerson":"Mario Rossi","sizeBand":"SMALL","unknownField":1}""".formatted(id, version, at, name);
    }

    static String vacancyJson(String id, int version, Instant at, String employerId, String status) {
        return """
                {"id":"%s","version":%d,"changedAt":"%s","employerId":"%s","professionCode":"5.1.2.2.0",\
                "title":"Addetto/a vendite","description":"Negozio in centro","posts":2,"municipalityCode":"048017",\
                "contractType":"FIXED_TERM","contractMonths":6,"workingTime":"PART_TIME","weeklyHours":24,\
                "startDate":null,"publishedOn":"2026-03-01","expiresOn":"2026-04-15",\
                "requirements":{"educationLevel":2,"educationField":null,"drivingLicences":["B"],\
                "languages":[{"code":"en","level":"A2"}],"experienceYears":1},"reservedL68":false,"status":"%s"}""".formatted(id, version, at, employerId, status);
    }

    void putEmployer(String id, int version, Instant at) {
        put(employers, new Item(id, version, at, employerJson(id, version, at, "Ditta " + id + " S.r.l.")));
    }

    void putVacancy(String id, int version, Instant at, String employerId) {
        put(vacancies, new Item(id, version, at, vacancyJson(id, version, at, employerId, "OPEN")));
    }

    /** Adds or replaces the item with this id, keeping the feed's order. */
    private static synchronized void put(List<Item> list, Item item) {
        list.removeIf(i -> i.id().equals(item.id()));
        list.add(item);
        var sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(Item::changedAt).thenComparing(Item::id));
        list.clear();
        list.addAll(sorted);
    }

    private void serve(HttpExchange ex, List<Item> list) throws IOException {
        requests.add(ex.getRequestURI().toString());
        Integer failure;
        synchronized (failures) {
            failure = failures.poll();
        }
        if (failure == null && alwaysFailWith != 0) {
            failure = alwaysFailWith;
        }
        if (!("Bearer " + KEY).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            failure = 401;
        }
        if (failure != null) {
            if (failure == 429) {
                ex.getResponseHeaders().add("Retry-After", "1");
            }
            byte[] body =
                    ("{\"status\":" + failure + ",\"detail\":\"failing as told\"}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/problem+json");
            ex.sendResponseHeaders(failure, body.length);
            ex.getResponseBody().write(body);
            ex.close();
            return;
        }
        Map<String, String> query = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        int limit = Integer.parseInt(query.getOrDefault("limit", "200"));
        var snapshot = List.copyOf(list);
        int from = 0;
        if (query.containsKey("cursor")) {
            from = Integer.parseInt(query.get("cursor"));
        } else if (query.containsKey("changedSince")) {
            Instant since = Instant.parse(query.get("changedSince"));
            while (from < snapshot.size() && snapshot.get(from).changedAt().isBefore(since)) from++;
        }
        int to = Math.min(snapshot.size(), from + limit);
        var items = snapshot.subList(from, to).stream().map(Item::json).toList();
        String next = to < snapshot.size() ? "\"" + to + "\"" : "null";
        byte[] body = ("{\"items\":[" + String.join(",", items) + "],\"nextCursor\":" + next + "}")
                .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
        answered.incrementAndGet();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
