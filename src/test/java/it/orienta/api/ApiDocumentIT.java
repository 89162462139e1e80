package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI document describes every operation; a copy is kept in docs/ for readers without a running app. */
@OrientaAppTest
class ApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void describesTheApiAndIsKeptInDocs() throws IOException {
        var doc = new Api(port, null, null).get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        var paths = doc.json().path("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/persons",
                        "/api/v1/persons/{id}",
                        "/api/v1/persons/{id}/education-titles",
                        "/api/v1/persons/{id}/work-experiences",
                        "/api/v1/persons/{id}/intakes",
                        "/api/v1/persons/{id}/consents",
                        "/api/v1/persons/{id}/timeline",
                        "/api/v1/persons/{id}/export",
                        "/api/v1/reference/{table}",
                        "/api/v1/audit");
        assertThat(paths.propertyNames()).noneMatch(p -> !p.startsWith("/api/"));
        assertThat(doc.json().path("components").path("securitySchemes").propertyNames())
                .contains("basic", "bearer");
        Files.createDirectories(Path.of("docs"));
        Files.writeString(Path.of("docs/openapi.json"), doc.json().toPrettyString() + "\n");
    }

    @Test
    void swaggerUiIsServed() {
        var ui = new Api(port, null, null).get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }
}
