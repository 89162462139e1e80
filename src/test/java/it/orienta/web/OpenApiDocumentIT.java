package it.orienta.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document says what the operations answer: 201 where they create, required If-Match, problems. */
@OrientaAppTest
class OpenApiDocumentIT {

    @LocalServerPort
    int port;

    JsonNode document() {
        var doc = new Api(port, null, null).get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        return doc.json();
    }

    @Test
    void creatingOperationsAnswer201AndTheOthersWhatTheyAnswer() {
        var paths = document().path("paths");
        var create = paths.path("/api/v1/persons").path("post").path("responses");
        assertThat(create.has("201")).isTrue();
        assertThat(create.has("200")).isFalse();
        assertThat(create.path("201").path("content").has("application/json")).isTrue();
        assertThat(paths.path("/api/v1/persons/{id}/intakes")
                        .path("post")
                        .path("responses")
                        .has("201"))
                .isTrue();
        var read = paths.path("/api/v1/persons/{id}").path("get").path("responses");
        assertThat(read.has("200")).isTrue();
        assertThat(read.has("201")).isFalse();
    }

    @Test
    void updatesRequireIfMatch() {
        var put = document().path("paths").path("/api/v1/persons/{id}").path("put");
        JsonNode ifMatch = null;
        for (JsonNode parameter : put.path("parameters")) {
            if (parameter.path("name").asString().equals("If-Match")) {
                ifMatch = parameter;
            }
        }
        assertThat(ifMatch).isNotNull();
        assertThat(ifMatch.path("in").asString()).isEqualTo("header");
        assertThat(ifMatch.path("required").asBoolean()).isTrue();
        assertThat(put.path("responses").path("409").path("$ref").asString())
                .isEqualTo("#/components/responses/Conflict");
    }

    @Test
    void refusalsAreProblemDetails() {
        var doc = document();
        var responses = doc.path("paths").path("/api/v1/persons").path("post").path("responses");
        assertThat(responses.propertyNames()).contains("400", "401", "403", "413", "415", "422", "default");
        var badRequest = doc.path("components").path("responses").path("BadRequest");
        assertThat(badRequest
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
        var problem = doc.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "code", "errors");
        assertThat(doc.path("components")
                        .path("schemas")
                        .path("FieldProblem")
                        .path("properties")
                        .propertyNames())
                .contains("field", "code", "message", "pointer", "accepted");
        assertThat(doc.path("components")
                        .path("responses")
                        .path("Unauthorized")
                        .path("headers")
                        .has("WWW-Authenticate"))
                .isTrue();
    }
}
