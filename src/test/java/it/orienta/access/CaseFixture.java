package it.orienta.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.Persons;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person in charge at CPI Pisa with a record of every kind, built through the API as {@code multicentro} working in
 * Pisa: intake with consent, education title, work experience, desired occupation and availability, a recorded
 * meeting, a skills audit (two meetings, closed, its document completed), an appointment, a draft agreement with one
 * plan item, a referral, a generated CV and its transfer to the portal, and a group session of Pisa the person is
 * enrolled in. Meetings are on days of their own in 2021 (no other test uses them), so they never overlap.
 */
final class CaseFixture {

    static final String OWNER = "multicentro";
    static final String OWNER_CENTRE = "CPI-PI";
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static final AtomicInteger SEQ = new AtomicInteger();

    final Map<CaseKind, String> ids = new EnumMap<>(CaseKind.class);
    final Map<String, Object> personBody;
    /** An education title and a profession of the code tables, for bodies that need one. */
    String titleCode;

    String professionCode;
    private final int port;
    private final JdbcTemplate jdbc;

    private CaseFixture(int port, JdbcTemplate jdbc, Map<String, Object> personBody) {
        this.port = port;
        this.jdbc = jdbc;
        this.personBody = personBody;
    }

    String personId() {
        return ids.get(CaseKind.PERSON);
    }

    /** The owner: {@code multicentro} with the centre of the day Pisa. */
    Api owner() {
        return Api.as(port, OWNER).header("X-Orienta-Centre", OWNER_CENTRE);
    }

    static CaseFixture build(int port, JdbcTemplate jdbc) {
        int n = SEQ.incrementAndGet();
        var body = Persons.florentine("Accessi");
        var f = new CaseFixture(port, jdbc, body);
        var person = f.ok(f.owner().post("/api/v1/persons", body), "person");
        f.ids.put(CaseKind.PERSON, person.json().path("id").asString());
        String p = "/api/v1/persons/" + f.personId();

        f.ok(f.owner().post(p + "/intakes", f.intake()), "intake");

        var title = f.owner()
                .get("/api/v1/reference/education-titles?q=licenza%20media")
                .json()
                .get(0)
                .path("code")
                .asString();
        f.titleCode = title;
        f.ok(
                f.owner()
                        .post(
                                p + "/education-titles",
                                Map.of("titleCode", title, "year", 2001, "institution", "Scuola media Fibonacci")),
                "education title");
        var profession = f.owner()
                .get("/api/v1/reference/professions?q=camerieri")
                .json()
                .get(0)
                .path("code")
                .asString();
        f.professionCode = profession;
        f.ok(
                f.owner()
                        .post(
                                p + "/work-experiences",
                                Map.of(
                                        "employer", "Bar Centrale",
                                        "professionCode", profession,
                                        "fromDate", "2019-01-01",
                                        "toDate", "2020-05-01",
                                        "sepSector", 23)),
                "work experience");
        var registry = f.owner().get(p).json();
        f.ids.put(
                CaseKind.EDUCATION_TITLE,
                registry.path("educationTitles").get(0).path("id").asString());
        f.ids.put(
                CaseKind.WORK_EXPERIENCE,
                registry.path("workExperiences").get(0).path("id").asString());

        var occupation = f.ok(f.owner().post(p + "/occupations", occupation("5.2.2.3.2")), "occupation");
        f.ids.put(
                CaseKind.OCCUPATION,
                occupation.json().path("occupation").path("id").asString());
        f.ok(
                f.owner()
                        .header("If-Match", "\"0\"")
                        .put(p + "/availability", Map.of("hours", "FULL_TIME", "travel", "REGION")),
                "availability");

        // meetings on days of their own: one A05, then a skills audit of 4 + 5 hours
        var day = LocalDate.of(2021, 1, 4).plusDays(n * 7L);
        var meeting = f.ok(
                f.owner()
                        .post(
                                p + "/meetings",
                                meeting("A05-BASE", day.atTime(9, 0), day.atTime(9, 45), "Colloquio di orientamento")),
                "meeting");
        f.ids.put(CaseKind.MEETING, meeting.json().path("id").asString());
        f.ok(
                f.owner()
                        .post(
                                p + "/meetings",
                                meeting(
                                        "BDC",
                                        day.plusDays(1).atTime(9, 0),
                                        day.plusDays(1).atTime(13, 0),
                                        "Bilancio delle competenze")),
                "skills audit meeting");
        f.ok(
                f.owner()
                        .post(
                                p + "/meetings",
                                meeting(
                                        "BDC",
                                        day.plusDays(2).atTime(9, 0),
                                        day.plusDays(2).atTime(14, 0),
                                        "Bilancio delle competenze")),
                "skills audit meeting");
        for (var e : f.owner().get(p + "/engagements").json()) {
            if (e.path("activityId").asString().equals("BDC")) {
                f.ids.put(CaseKind.ENGAGEMENT, e.path("id").asString());
                f.ok(
                        f.owner()
                                .header("If-Match", "\"" + e.path("version").asLong() + "\"")
                                .post("/api/v1/engagements/" + e.path("id").asString() + "/close", Map.of()),
                        "engagement closed");
            }
        }
        String document = "/api/v1/engagements/" + f.ids.get(CaseKind.ENGAGEMENT) + "/audit-document";
        f.ok(f.owner().header("If-Match", "\"0\"").put(document, sections()), "skills audit document");
        f.ok(f.owner().header("If-Match", "\"1\"").post(document + "/complete", Map.of()), "document completed");

        var appointment = f.ok(f.owner().post(p + "/appointments", appointment(n)), "appointment");
        f.ids.put(CaseKind.APPOINTMENT, appointment.json().path("id").asString());

        var draft = f.ok(f.owner().post(p + "/agreements", Map.of("startInterview", false)), "agreement");
        f.ids.put(CaseKind.AGREEMENT, draft.json().path("id").asString());
        var withItem = f.ok(
                f.owner()
                        .header("If-Match", draft.etag())
                        .post("/api/v1/agreements/" + f.ids.get(CaseKind.AGREEMENT) + "/items", planItem()),
                "plan item");
        f.ids.put(
                CaseKind.PLAN_ITEM,
                withItem.json().path("items").get(0).path("id").asString());

        var referral = f.ok(f.owner().post(p + "/referrals", referral()), "referral");
        f.ids.put(CaseKind.REFERRAL, referral.json().path("id").asString());

        var cv = f.ok(f.owner().post(p + "/cv/generate", Map.of("language", "it")), "generated CV");
        f.ids.put(CaseKind.CV, cv.json().path("id").asString());
        var transfer = f.ok(f.owner().post(p + "/cv/transfers", Map.of("confirmed", true)), "CV transfer");
        f.ids.put(CaseKind.TRANSFER, transfer.json().path("id").asString());

        var session = f.ok(f.owner().post("/api/v1/sessions", session(n)), "group session");
        f.ids.put(CaseKind.SESSION, session.json().path("id").asString());
        f.ok(
                f.owner()
                        .post(
                                "/api/v1/sessions/" + f.ids.get(CaseKind.SESSION) + "/participants",
                                Map.of("personId", f.personId(), "waitingList", false)),
                "enrolment");

        // issue 13: a vacancy proposed to the person, and a request of CPI Siena to propose another one
        var market = Api.as(port, "preselezione");
        String proposed = f.vacancy(market, n, "Aiuto cuoco");
        String requested = f.vacancy(market, n, "Lavapiatti");
        var proposal = f.ok(f.owner().post("/api/v1/proposals", proposal(proposed, f.personId())), "proposal");
        f.ids.put(CaseKind.PROPOSAL, proposal.json().path("id").asString());
        var request = Api.as(port, OWNER)
                .header("X-Orienta-Centre", "CPI-SI")
                .post("/api/v1/proposals", proposal(requested, f.personId()));
        assertThat(request.status()).as(request.body()).isEqualTo(202);
        f.ids.put(CaseKind.PROPOSAL_REQUEST, request.json().path("id").asString());

        assertThat(f.ids.keySet())
                .as("the fixture has a record of every kind")
                .containsAll(List.of(CaseKind.values()).subList(0, CaseKind.values().length - 1));
        f.settle();
        return f;
    }

    private Api.Response ok(Api.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isBetween(200, 299);
        return response;
    }

    Map<String, Object> intake() {
        var body = new HashMap<String, Object>();
        body.put("intakeDate", LocalDate.now(ROME).toString());
        body.put(
                "privacyNoticeId",
                owner().get("/api/v1/privacy-notices/current").json().path("id").asString());
        body.put("privacyAcknowledged", true);
        body.put("matchingConsent", "GIVEN");
        body.put("profilingIndex", 0.42);
        body.put("profilingDate", LocalDate.now(ROME).minusDays(3).toString());
        return body;
    }

    static Map<String, Object> occupation(String code) {
        var m = new HashMap<String, Object>();
        m.put("professionCode", code);
        m.put("fromWork", true);
        m.put("interviewDate", LocalDate.now(ROME).minusDays(1).toString());
        m.put("sepSector", 23);
        m.put("specificSkills", "Servizio ai tavoli");
        m.put("experienceYears", 4);
        return m;
    }

    static Map<String, Object> meeting(String activity, LocalDateTime start, LocalDateTime end, String notes) {
        var m = new HashMap<String, Object>();
        m.put("activityId", activity);
        m.put("start", Api.at(start));
        m.put("end", Api.at(end));
        m.put("attendance", "PRESENT");
        m.put("notes", notes);
        return m;
    }

    static Map<String, Object> sections() {
        var s = new HashMap<String, Object>();
        s.put("history", "Diploma alberghiero (2005). Dieci anni di sala in un ristorante.");
        s.put("skills", "Servizio ai tavoli; gestione delle comande; accoglienza dei clienti.");
        s.put("gaps", "Inglese per il turismo.");
        s.put("recommendations", "Corso di inglese; tirocinio in un albergo.");
        return s;
    }

    static Map<String, Object> appointment(int n) {
        var m = new HashMap<String, Object>();
        m.put("activityId", "A05-BASE");
        m.put("startsAt", Api.at(LocalDate.now(ROME).plusDays(30 + n).atTime(8, 30)));
        m.put("minutes", 30);
        m.put("remote", false);
        m.put("place", "CPI Pisa, stanza 2");
        return m;
    }

    static Map<String, Object> planItem() {
        var m = new HashMap<String, Object>();
        m.put("kind", "PERSON");
        m.put("description", "Invia tre candidature");
        m.put("frequency", "ogni settimana");
        return m;
    }

    static Map<String, Object> referral() {
        var m = new HashMap<String, Object>();
        m.put("kind", "OTHER_SERVICE");
        m.put("serviceName", "Centro di salute mentale");
        m.put("reasonText", "Segnalato disagio psicologico");
        m.put("sharedData", List.of("IDENTITY"));
        m.put("consentGiven", true);
        return m;
    }

    static Map<String, Object> session(int n) {
        var m = new HashMap<String, Object>();
        m.put("activityId", "A06-SEM");
        m.put("title", "Cercare lavoro online");
        m.put("startsAt", Api.at(LocalDate.now(ROME).plusDays(40 + n).atTime(15, 0)));
        m.put("minutes", 120);
        m.put("remote", false);
        m.put("place", "CPI Pisa, aula 1");
        m.put("capacity", 10);
        return m;
    }

    /**
     * Waits until the work after commit is done (the audit of the changes, the messages to the person), so that
     * what follows sees only its own effects.
     */
    void settle() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(25))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null"
                                        + " and coalesce(status, '') <> 'FAILED'",
                                Integer.class)
                        == 0);
    }

    /** The ids of every record of the fixture, the person's own first. */
    List<UUID> recordIds() {
        return ids.values().stream().map(UUID::fromString).toList();
    }

    /**
     * What the database holds about the fixture, table by table: the rows of every table with a uuid column naming
     * the person or one of the fixture's records (the audit log and the event registry aside), as a count and a hash
     * of their text. Equal before and after a refused request means the request wrote nothing.
     */
    /** An open vacancy of an employer of its own, published by the pre-selection operator; its id. */
    String vacancy(Api market, int n, String title) {
        String base = String.format(
                "%010d", 5_000_000_000L + (n * 7919L + title.length() * 104_729L + SEQ.get() * 31L) % 4_000_000_000L);
        String taxCode = null;
        for (int d = 0; d <= 9 && taxCode == null; d++) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int x = base.charAt(i) - '0';
                if (i % 2 == 1) {
                    x *= 2;
                    if (x > 9) x -= 9;
                }
                sum += x;
            }
            if ((10 - sum % 10) % 10 == d) taxCode = base + d;
        }
        var employer = market.post(
                "/api/v1/employers",
                Map.of(
                        "taxCode",
                        taxCode,
                        "name",
                        "Ditta " + title,
                        "atecoCode",
                        "56.10",
                        "municipalityCode",
                        "048017"));
        String employerId = employer.status() == 201
                ? employer.json().path("id").asString()
                : employer.json().path("existing").asString().replace("/api/v1/employers/", "");
        var v = new java.util.HashMap<String, Object>();
        v.put("employerId", employerId);
        v.put("professionCode", "5.2.2.3.2");
        v.put("title", title);
        v.put("posts", 1);
        v.put("municipalityCode", "048017");
        v.put("contractType", "FIXED_TERM");
        v.put("workingTime", "FULL_TIME");
        v.put("publicationDate", LocalDate.now(ROME).toString());
        v.put("expiryDate", LocalDate.now(ROME).plusDays(30).toString());
        v.put("reservedL68", false);
        return ok(market.post("/api/v1/vacancies", v), "vacancy")
                .json()
                .path("id")
                .asString();
    }

    static Map<String, Object> proposal(String vacancyId, String personId) {
        return Map.of(
                "vacancyId",
                vacancyId,
                "personId",
                personId,
                "channel",
                "PHONE",
                "proposedOn",
                LocalDate.now(ROME).toString());
    }

    Map<String, String> snapshot() {
        if (snapshotSql == null) {
            var columns = new LinkedHashMap<String, List<String>>();
            jdbc.query(
                    "select table_name, column_name from information_schema.columns where table_schema = 'public'"
                            + " and data_type = 'uuid' and table_name not in ('audit_entry', 'event_publication')"
                            + " order by table_name, column_name",
                    rs -> {
                        columns.computeIfAbsent(rs.getString(1), t -> new java.util.ArrayList<>())
                                .add(rs.getString(2));
                    });
            String array =
                    recordIds().stream().map(UUID::toString).collect(Collectors.joining(",", "'{", "}'::uuid[]"));
            snapshotSql = columns.entrySet().stream()
                    .map(e -> "select '" + e.getKey() + "' as t, count(*) || ':' || coalesce(md5(string_agg(x::text,"
                            + " '|' order by x::text)), '') as h from \"" + e.getKey() + "\" x where "
                            + e.getValue().stream()
                                    .map(c -> "x.\"" + c + "\" = any(" + array + ")")
                                    .collect(Collectors.joining(" or ")))
                    .collect(Collectors.joining(" union all "));
        }
        var out = new LinkedHashMap<String, String>();
        jdbc.query(snapshotSql, rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    private String snapshotSql;

    /** The tables whose rows about the fixture differ between two snapshots. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream()
                .filter(t -> !before.get(t).equals(after.get(t)))
                .map(t -> t + " (" + before.get(t).split(":")[0] + "→"
                        + after.get(t).split(":")[0] + " rows)")
                .toList();
    }

    /** The newest audit entry's id (0 when none). */
    long lastAuditId() {
        Long id = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        return id == null ? 0 : id;
    }

    /** The audit entries about the person by this user after the given id: action and entity type. */
    List<String> auditSince(long id, String username) {
        return jdbc.queryForList(
                "select action || ':' || entity_type from audit_entry where id > ? and person_id = ? and username = ?"
                        + " order by id",
                String.class,
                id,
                UUID.fromString(personId()),
                username);
    }
}
