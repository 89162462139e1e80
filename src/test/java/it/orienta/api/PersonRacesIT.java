package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests that arrive at the same moment get the answers they would get one after the other — never a 5xx: two
 * changes from one version give one 200 and one 409 {@code version.stale}; a codice fiscale and its omocode
 * registered at once give one 201 and one 409 {@code person.duplicate}. Each race is fired many times.
 */
@OrientaAppTest
class PersonRacesIT {

    static final int ROUNDS = 30;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    Api api() {
        return Api.as(port, "operatore");
    }

    /** Runs both requests at once (each thread waits for the other before sending) and returns both answers. */
    List<Api.Response> together(Supplier<Api.Response> first, Supplier<Api.Response> second) throws Exception {
        var barrier = new CyclicBarrier(2);
        Future<Api.Response> a = pool.submit(() -> {
            barrier.await();
            return first.get();
        });
        Future<Api.Response> b = pool.submit(() -> {
            barrier.await();
            return second.get();
        });
        return List.of(a.get(), b.get());
    }

    @Test
    void twoChangesFromTheSameVersionGiveOneSuccessAndOneStaleVersion() throws Exception {
        var body = Persons.florentine("Contesi");
        var created = api().post("/api/v1/persons", body);
        String id = created.json().path("id").asString();
        String etag = created.etag();
        for (int round = 0; round < ROUNDS; round++) {
            var first = new HashMap<>(body);
            first.put("email", "primo" + round + "@example.it");
            var second = new HashMap<>(body);
            second.put("email", "secondo" + round + "@example.it");
            String version = etag;
            var answers = together(
                    () -> api().header("If-Match", version).put("/api/v1/persons/" + id, first),
                    () -> api().header("If-Match", version).put("/api/v1/persons/" + id, second));

            assertThat(answers).as("round %d: %s", round, answers).noneMatch(r -> r.status() >= 500);
            assertThat(answers.stream().map(Api.Response::status).sorted())
                    .as("round %d: %s", round, answers)
                    .containsExactly(200, 409);
            var winner =
                    answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
            var loser =
                    answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(loser.code()).isEqualTo("version.stale");
            assertThat(loser.etag()).isEqualTo(winner.etag());
            var stored = api().get("/api/v1/persons/" + id);
            assertThat(stored.etag()).isEqualTo(winner.etag());
            assertThat(stored.json().path("email").asString())
                    .isEqualTo(winner.json().path("email").asString());
            etag = winner.etag();
        }
    }

    @Test
    void aCodeAndItsOmocodeRegisteredAtOnceGiveOneRecordAndOneDuplicate() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var body = Persons.florentine("Gemelli");
            String code = (String) body.get("taxCode");
            var omocode = new HashMap<String, Object>(body);
            omocode.put(
                    "taxCode",
                    CodiceFiscale.of(code).toOmocodeLevel(1 + round % 3).getValue());
            Map<String, Object> plain = body;

            var answers =
                    together(() -> api().post("/api/v1/persons", plain), () -> api().post("/api/v1/persons", omocode));

            assertThat(answers).as("round %d: %s", round, answers).noneMatch(r -> r.status() >= 500);
            assertThat(answers.stream().map(Api.Response::status).sorted())
                    .as("round %d: %s", round, answers)
                    .containsExactly(201, 409);
            var duplicate =
                    answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            var registered =
                    answers.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
            assertThat(duplicate.code()).isEqualTo("person.duplicate");
            assertThat(duplicate.fieldCode("taxCode")).isEqualTo("person.duplicate");
            assertThat(duplicate.json().path("existing").asString())
                    .isEqualTo("/api/v1/persons/" + registered.json().path("id").asString());
            assertThat(jdbc.queryForObject(
                            "select count(*) from person where tax_code_canonical = ?", Integer.class, code))
                    .isEqualTo(1);
        }
    }
}
