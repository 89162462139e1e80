package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.agreement.AgreementOperators;
import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.organisation.OrganisationService;
import it.orienta.system.Actor;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The interview and the PSP through the REST API on the embedded PostgreSQL: a complete interview whose meeting is
 * judged by the charter, refusals that save nothing, signature rules, immutability (service and triggers),
 * updates as versions with their differences, the plan's follow-up, concurrent edits, the signed scan, the PDF and
 * the home page's entries. Each test logs in as its own operator (one running meeting per operator).
 */
@OrientaAppTest
class AgreementApiIT {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationService organisation;

    @Autowired
    List<WorklistSource> worklist;

    Api as(String user) {
        return Api.as(port, AgreementOperators.ensure(organisation, user));
    }

    String person(Api api, String lastName) {
        var created = api.post("/api/v1/persons", Persons.florentine(lastName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static String etag(Api.Response r) {
        return r.etag();
    }

    static Map<String, Object> item(String kind, String description, String due, String frequency) {
        var m = new HashMap<String, Object>();
        m.put("kind", kind);
        m.put("description", description);
        m.put("dueDate", due);
        m.put("frequency", frequency);
        if ("CENTRE".equals(kind)) m.put("activityId", "A06-SEM");
        if ("NETWORK".equals(kind)) {
            m.put("actorName", "Agenzia Lavoro Rapido");
            m.put("actorKind", "EMPLOYMENT_AGENCY");
        }
        return m;
    }

    static Map<String, Object> phase3(String goal) {
        var m = new HashMap<String, Object>();
        m.put("goal", goal);
        m.put("profilingClass", "MEDIUM");
        m.put("contactFrequency", "una volta al mese");
        m.put("proofOfSearch", "Porta l’elenco delle candidature inviate");
        m.put("availableWorkshops", true);
        m.put("availableTraining", true);
        m.put("availableJobOffers", true);
        m.put("availabilityNotes", "");
        m.put("nextAppointment", Api.at(LocalDate.now(ROME).plusDays(14).atTime(10, 0)));
        m.put("measures", List.of("a", "c"));
        m.put("measureNotes", Map.of("c", "Accompagnamento ai colloqui"));
        return m;
    }

    /** A draft with its interview running 30 minutes, phases 1–3 saved, one item of each kind; answers its id. */
    String readyDraft(Api api, String personId) {
        var draft = api.post("/api/v1/persons/" + personId + "/agreements", Map.of("startInterview", true));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().path("id").asString();
        jdbc.update(
                "update meeting set started_at = started_at - interval '30 minutes' where id in"
                        + " (select meeting_id from agreement_meeting where agreement_id = ?::uuid)",
                UUID.fromString(id));
        var p1 = api.header("If-Match", etag(draft))
                .put(
                        "/api/v1/agreements/" + id + "/phase1",
                        Map.of(
                                "explainedProcess",
                                true,
                                "explainedRights",
                                true,
                                "expectations",
                                "Voglio tornare a lavorare in cucina",
                                "motivation",
                                "Alta"));
        assertThat(p1.status()).as(p1.body()).isEqualTo(200);
        var p2 = api.header("If-Match", etag(p1))
                .put(
                        "/api/v1/agreements/" + id + "/phase2",
                        Map.of(
                                "ratings",
                                Map.of("1", 3, "7", 2),
                                "notes",
                                Map.of("7", "Obiettivo ancora vago"),
                                "portalRegistration",
                                "PROMOTED",
                                "cvStatus",
                                "TO_DO"));
        assertThat(p2.status()).as(p2.body()).isEqualTo(200);
        var p3 = api.header("If-Match", etag(p2))
                .put("/api/v1/agreements/" + id + "/phase3", phase3("Trovare lavoro come aiuto cuoco"));
        assertThat(p3.status()).as(p3.body()).isEqualTo(200);
        var i1 = api.header("If-Match", etag(p3))
                .post(
                        "/api/v1/agreements/" + id + "/items",
                        item(
                                "CENTRE",
                                "Seminario sulla ricerca attiva",
                                LocalDate.now(ROME).plusDays(5).toString(),
                                null));
        assertThat(i1.status()).as(i1.body()).isEqualTo(201);
        var i2 = api.header("If-Match", etag(i1))
                .post(
                        "/api/v1/agreements/" + id + "/items",
                        item("NETWORK", "Colloquio in agenzia", null, "una volta"));
        var i3 = api.header("If-Match", etag(i2))
                .post(
                        "/api/v1/agreements/" + id + "/items",
                        item("PERSON", "Invia tre candidature", null, "ogni settimana"));
        assertThat(i3.status()).as(i3.body()).isEqualTo(201);
        return id;
    }

    Api.Response current(Api api, String id) {
        return api.get("/api/v1/agreements/" + id);
    }

    Api.Response endInterview(Api api, String id, String reason) {
        var body = new HashMap<String, Object>();
        body.put("deviationReason", reason);
        return api.post("/api/v1/agreements/" + id + "/interview/end", body);
    }

    Api.Response signToday(Api api, String id) {
        return api.header("If-Match", etag(current(api, id)))
                .post(
                        "/api/v1/agreements/" + id + "/signature",
                        Map.of("signedOn", LocalDate.now(ROME).toString()));
    }

    @Test
    void aCompleteInterviewEndsInASignedAgreementWhosePdfSpeaksPlainItalian() throws Exception {
        var api = as("patto.api1");
        String personId = person(api, "Pattoapi");
        String id = readyDraft(api, personId);

        // the interview's meeting is an A05 meeting of guidance, running until closed
        var meetings = api.get("/api/v1/agreements/" + id + "/interview/meetings");
        assertThat(meetings.json().get(0).path("activityId").asString()).isEqualTo("A05-BASE");
        assertThat(meetings.json().get(0).path("running").asBoolean()).isTrue();
        var refused = signToday(api, id);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("agreement.sign.interview-running");

        var ended = endInterview(api, id, null);
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().path("minutes").asInt()).isEqualTo(30);
        assertThat(ended.json().path("compliance").asString()).isEqualTo("WITHIN");

        var future = api.header("If-Match", etag(current(api, id)))
                .post(
                        "/api/v1/agreements/" + id + "/signature",
                        Map.of("signedOn", LocalDate.now(ROME).plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.fieldCode("signedOn")).isEqualTo("agreement.sign.date.future");
        var before = api.header("If-Match", etag(current(api, id)))
                .post(
                        "/api/v1/agreements/" + id + "/signature",
                        Map.of("signedOn", LocalDate.now(ROME).minusDays(1).toString()));
        assertThat(before.fieldCode("signedOn")).isEqualTo("agreement.sign.date.before-interview");

        var signed = signToday(api, id);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().path("status").asString()).isEqualTo("SIGNED");
        assertThat(signed.json().path("signature").path("method").asString()).isEqualTo("PAPER");

        // a signed PSP cannot change: 409 with a message, in the service and in the database
        var edit = api.header("If-Match", etag(signed)).put("/api/v1/agreements/" + id + "/phase3", phase3("Altro"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.code()).isEqualTo("agreement.signed.immutable");
        assertThat(edit.json().path("errors").get(0).path("message").asString()).contains("Aggiorna il patto");
        assertThatThrownBy(() -> jdbc.update("update agreement set goal = 'x' where id = ?::uuid", UUID.fromString(id)))
                .hasMessageContaining("signed and cannot change");
        assertThatThrownBy(() -> jdbc.update(
                        "update agreement_item set description = 'x' where agreement_id = ?::uuid",
                        UUID.fromString(id)))
                .hasMessageContaining("signed and cannot change");

        // the PDF: tagged, fonts embedded, its first page in plain Italian
        var pdf = get("patto.api1", "/api/v1/agreements/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("it");
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            // lines joined: where the renderer breaks a line depends on the length of the person's name
            String first = stripper.getText(doc).replace("\n", "");
            assertThat(first)
                    .contains("questo è il tuo patto di servizio")
                    .contains("Il tuo obiettivo", "Trovare lavoro come aiuto cuoco")
                    .contains("Cosa fa per te il centro per l’impiego", "Seminario sulla ricerca attiva")
                    .contains("Cosa fanno per te altri servizi", "Agenzia Lavoro Rapido")
                    .contains("Cosa fai tu", "Invia tre candidature", "ogni settimana")
                    .contains("Il prossimo appuntamento", "alle 10:00")
                    .contains("Ci sentiamo una volta al mese");
            assertThat(new PDFTextStripper().getText(doc).replace("\n", "")).contains("Firmato dalla persona il");
        }
        // the speed of the PDF itself is measured in AgreementPdfTest (the integrator benchmarks the endpoint)

        // the pathway's agreement stage is done, the timeline has the story
        assertThat(jdbc.queryForObject(
                        "select count(*) from timeline_entry where person_id = ?::uuid and kind = 'agreement'",
                        Integer.class,
                        UUID.fromString(personId)))
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void anUpdateIsANewVersionWithItsDifferencesAndThePlanIsFollowedUp() {
        var api = as("patto.api2");
        String personId = person(api, "Pattoversioni");
        String v1 = readyDraft(api, personId);
        endInterview(api, v1, null);
        var signed = signToday(api, v1);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);

        // follow-up of the plan after signature: status changes are kept; giving up needs a note
        var itemNode = signed.json().path("items").get(2);
        String itemId = itemNode.path("id").asString();
        var noNote = api.header("If-Match", "\"" + itemNode.path("version").asLong() + "\"")
                .post("/api/v1/plan-items/" + itemId + "/status", Map.of("status", "ABANDONED", "note", ""));
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(noNote.fieldCode("note")).isEqualTo("agreement.item.status.note-required");
        var done = api.header("If-Match", "\"" + itemNode.path("version").asLong() + "\"")
                .post("/api/v1/plan-items/" + itemId + "/status", Map.of("status", "IN_PROGRESS", "note", ""));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("history")).hasSize(2);

        // an update copies the signed content into a new draft; a second update at once is refused
        var v2 = api.post("/api/v1/agreements/" + v1 + "/update", Map.of());
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().path("number").asInt()).isEqualTo(2);
        assertThat(v2.json().path("items")).hasSize(3);
        assertThat(v2.json().path("items").get(2).path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.post("/api/v1/agreements/" + v1 + "/update", Map.of()).code())
                .isEqualTo("agreement.draft.exists");
        String v2id = v2.json().path("id").asString();
        var changed = api.header("If-Match", etag(v2))
                .put("/api/v1/agreements/" + v2id + "/phase3", phase3("Lavorare come cuoco"));
        assertThat(changed.status()).isEqualTo(200);
        var removed = api.header("If-Match", etag(changed))
                .delete("/api/v1/agreements/" + v2id + "/items/"
                        + changed.json().path("items").get(0).path("id").asString());
        assertThat(removed.status()).isEqualTo(200);

        var diff = api.get("/api/v1/agreements/" + v1 + "/diff/" + v2id);
        assertThat(diff.status()).isEqualTo(200);
        var changes = new ArrayList<String>();
        diff.json()
                .path("changes")
                .forEach(c -> changes.add(c.path("section").asString() + ":"
                        + c.path("field").asString() + ":" + c.path("before").asString() + "→"
                        + c.path("after").asString()));
        assertThat(changes)
                .contains("phase3:goal:Trovare lavoro come aiuto cuoco→Lavorare come cuoco")
                .anyMatch(c -> c.startsWith("items:removed:Seminario sulla ricerca attiva"));

        // v1 keeps being followed up until v2 is signed; the change reaches v2's copy
        var person1 = api.get("/api/v1/agreements/" + v1).json().path("items").get(1);
        var followed = api.header("If-Match", "\"" + person1.path("version").asLong() + "\"")
                .post(
                        "/api/v1/plan-items/" + person1.path("id").asString() + "/status",
                        Map.of("status", "DONE", "note", ""));
        assertThat(followed.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/agreements/" + v2id)
                        .json()
                        .path("items")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("DONE");

        var signed2 = signToday(api, v2id);
        assertThat(signed2.status()).as(signed2.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/agreements/" + v1).json().path("status").asString())
                .isEqualTo("SUPERSEDED");
        var versions = api.get("/api/v1/persons/" + personId + "/agreements");
        assertThat(versions.json()).hasSize(2);
        var late = api.header("If-Match", "\"9\"")
                .post("/api/v1/plan-items/" + itemId + "/status", Map.of("status", "DONE", "note", ""));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("agreement.item.superseded");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsHalfSaved() {
        var api = as("patto.api3");
        String personId = person(api, "Pattorifiuti");
        var draft = api.post("/api/v1/persons/" + personId + "/agreements", Map.of("startInterview", false));
        String id = draft.json().path("id").asString();

        var noWhen = api.header("If-Match", etag(draft))
                .post("/api/v1/agreements/" + id + "/items", item("PERSON", "Cerca offerte", null, " "));
        assertThat(noWhen.status()).isEqualTo(422);
        assertThat(noWhen.fieldCode("dueDate")).isEqualTo("agreement.item.when.required");
        assertThat(noWhen.fieldMessage("dueDate")).contains("entro quando");
        var noActor = new HashMap<>(item("NETWORK", "Colloquio", null, "una volta"));
        noActor.remove("actorName");
        var refusedActor = api.header("If-Match", etag(draft)).post("/api/v1/agreements/" + id + "/items", noActor);
        assertThat(refusedActor.fieldCode("actorName")).isEqualTo("agreement.item.actor-name.required");
        var badRating = api.header("If-Match", etag(draft))
                .put("/api/v1/agreements/" + id + "/phase2", Map.of("ratings", Map.of("3", 7)));
        assertThat(badRating.status()).isEqualTo(422);
        assertThat(badRating.code()).isEqualTo("agreement.area.rating.range");

        var empty = api.header("If-Match", etag(draft))
                .post(
                        "/api/v1/agreements/" + id + "/signature",
                        Map.of("signedOn", LocalDate.now(ROME).toString()));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.code()).isEqualTo("agreement.sign.plan-empty");

        var now = current(api, id);
        assertThat(now.etag()).isEqualTo(draft.etag());
        assertThat(now.json().path("items")).isEmpty();
        assertThat(now.json().path("status").asString()).isEqualTo("DRAFT");
        assertThat(api.post("/api/v1/persons/" + personId + "/agreements", Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/persons/" + personId + "/agreements").json())
                .hasSize(1);
    }

    @Test
    void twoOperatorsSavingTheSameVersionGetAConflictWithTheCurrentState() {
        var first = as("patto.api4");
        var second = as("patto.api5");
        String personId = person(first, "Pattoconflitti");
        var draft = first.post("/api/v1/persons/" + personId + "/agreements", Map.of());
        String id = draft.json().path("id").asString();
        var saved = first.header("If-Match", etag(draft))
                .put(
                        "/api/v1/agreements/" + id + "/phase1",
                        Map.of("explainedProcess", true, "explainedRights", false, "expectations", "Prima"));
        assertThat(saved.status()).isEqualTo(200);
        var lost = second.header("If-Match", etag(draft))
                .put(
                        "/api/v1/agreements/" + id + "/phase1",
                        Map.of("explainedProcess", false, "explainedRights", false, "expectations", "Seconda"));
        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.code()).isEqualTo("version.stale");
        assertThat(lost.etag()).isEqualTo(saved.etag());
        assertThat(lost.json()
                        .path("current")
                        .path("phase1")
                        .path("expectations")
                        .asString())
                .isEqualTo("Prima");
        assertThat(first.put("/api/v1/agreements/" + id + "/phase1", Map.of()).code())
                .isEqualTo("version.required");
    }

    @Test
    void theSignedScanMustBeAPdfJudgedByItsContent() throws Exception {
        var api = as("patto.api6");
        String personId = person(api, "Pattoscansioni");
        String id = readyDraft(api, personId);
        endInterview(api, id, null);
        String version = current(api, id).etag();

        var fake = multipart(
                "patto.api6", id, version, "firmato.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.statusCode()).isEqualTo(422);
        assertThat(fake.body()).contains("agreement.scan.not-pdf", "\"field\":\"scan\"");
        assertThat(current(api, id).json().path("status").asString()).isEqualTo("DRAFT");

        var out = new ByteArrayOutputStream();
        try (var doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        var ok = multipart("patto.api6", id, version, "firmato.pdf", out.toByteArray());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("\"method\":\"SCAN\"", "\"scanName\":\"firmato.pdf\"");
        var scan = get("patto.api6", "/api/v1/agreements/" + id + "/scan");
        assertThat(scan.body()).isEqualTo(out.toByteArray());
    }

    @Test
    void anInterviewOverTheStandardNeedsAReasonAndOperatorsWithoutTheRoleAreRefused() {
        var api = as("patto.api7");
        String personId = person(api, "Pattotempi");
        var draft = api.post("/api/v1/persons/" + personId + "/agreements", Map.of("startInterview", true));
        String id = draft.json().path("id").asString();
        jdbc.update(
                "update meeting set started_at = started_at - interval '95 minutes' where id in"
                        + " (select meeting_id from agreement_meeting where agreement_id = ?::uuid)",
                UUID.fromString(id));
        var refused = endInterview(api, id, " ");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldCode("deviationReason")).isEqualTo("guidance.meeting.over-maximum");
        assertThat(refused.fieldMessage("deviationReason")).contains("95", "90");
        var kept = endInterview(api, id, "La persona aveva molte domande");
        assertThat(kept.json().path("compliance").asString()).isEqualTo("OVER_MAXIMUM");

        var admin = Api.as(port, "amministratore").get("/api/v1/agreements/" + id);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(Api.as(port, null).get("/api/v1/agreements/" + id).status()).isEqualTo(401);
    }

    @Test
    void theHomePageListsInterviewsInProgressAndPlanItemsDueOrOverdue() {
        String user = "patto.api8";
        var api = as(user);
        String personId = person(api, "Pattoscadenze");
        String id = readyDraft(api, personId);
        var withOverdue = api.header("If-Match", etag(current(api, id)))
                .post(
                        "/api/v1/agreements/" + id + "/items",
                        item(
                                "PERSON",
                                "Aggiornare il CV",
                                LocalDate.now(ROME).minusDays(2).toString(),
                                null));
        assertThat(withOverdue.status()).isEqualTo(201);
        var operator = organisation.operatorByUsername(user).orElseThrow();
        var actor = new Actor(operator.id(), user, operator.fullName(), "CPI-FI", "OPERATOR");

        var before = entries(actor);
        assertThat(before)
                .anyMatch(e -> e.section().equals(WorklistItem.INTERVIEWS)
                        && e.href().equals("/persons/" + personId + "/agreement"));
        endInterview(api, id, null);
        assertThat(signToday(api, id).status()).isEqualTo(200);

        var after = entries(actor);
        assertThat(after).noneMatch(e -> e.href().equals("/persons/" + personId + "/agreement"));
        assertThat(after)
                .filteredOn(e -> e.section().equals(WorklistItem.PLAN))
                .anySatisfy(e -> {
                    assertThat(e.urgent()).isTrue();
                    assertThat(e.messageKey()).isEqualTo("worklist.agreement.item.overdue");
                    assertThat(e.args()).first().isEqualTo("Aggiornare il CV");
                })
                .anySatisfy(e -> assertThat(e.args()).first().isEqualTo("Seminario sulla ricerca attiva"))
                .noneMatch(e -> e.args().getFirst().equals("Invia tre candidature"));
    }

    List<WorklistItem> entries(Actor actor) {
        var all = new ArrayList<WorklistItem>();
        worklist.forEach(s -> all.addAll(s.worklist(actor, LocalDate.now(ROME))));
        return all;
    }

    HttpResponse<byte[]> get(String user, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user))
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> multipart(String user, String id, String etag, String name, byte[] content) throws Exception {
        String boundary = "----orienta" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"signedOn\"\r\n\r\n"
                        + LocalDate.now(ROME) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/agreements/" + id + "/signature"))
                .header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":Orienta.2026").getBytes(StandardCharsets.UTF_8));
    }
}
