package it.orienta.portalsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.yaml.snakeyaml.Yaml;

/** The simulator serves exactly the operations of the contracts in docs/ (method and path under its base). */
class SimulatorContractTest {

    @SuppressWarnings("unchecked")
    static Set<String> operations(String file, String base) throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(Path.of("docs", file)));
        assertThat(doc.get("openapi")).isEqualTo("3.1.0");
        var operations = new HashSet<String>();
        ((Map<String, Map<String, Object>>) doc.get("paths"))
                .forEach((path, item) -> item.keySet()
                        .forEach(method -> operations.add(method.toUpperCase() + " " + base
                                + path.replace("{taxCode}", "{}").replace("{key}", "{}"))));
        return operations;
    }

    static Set<String> served() {
        var served = new HashSet<String>();
        for (var m : SimulatorApiController.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(GetMapping.class)) {
                served.add("GET " + m.getAnnotation(GetMapping.class).value()[0]);
            }
            if (m.isAnnotationPresent(PostMapping.class)) {
                served.add("POST " + m.getAnnotation(PostMapping.class).value()[0]);
            }
            if (m.isAnnotationPresent(DeleteMapping.class)) {
                served.add("DELETE " + m.getAnnotation(DeleteMapping.class).value()[0]);
            }
        }
        var normalised = new HashSet<String>();
        served.forEach(s -> normalised.add(s.replaceAll("\\{[a-zA-Z]+}", "{}")));
        return normalised;
    }

    @Test
    void theSimulatorServesTheContractsOperationsAndNoOther() throws IOException {
        var contract = new HashSet<String>();
        contract.addAll(operations("portal-api.yaml", "/sim/portal/v1"));
        contract.addAll(operations("cv-search-api.yaml", "/sim/cv-search/v1"));
        assertThat(served()).containsExactlyInAnyOrderElementsOf(contract);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReceiptsAndNoticesTheSimulatorSendsAreTheContracts() throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(Path.of("docs", "portal-api.yaml")));
        var schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) doc.get("components")).get("schemas");
        var receipt =
                (Map<String, Map<String, Object>>) schemas.get("CvReceipt").get("properties");
        assertThat((Iterable<String>) receipt.get("status").get("enum"))
                .contains("RECEIVED", "AWAITING_CONFIRMATION", "ACCEPTED");
        var notice = (Map<String, Map<String, Object>>) schemas.get("Notice").get("properties");
        assertThat((Iterable<String>) notice.get("type").get("enum"))
                .containsExactlyInAnyOrder("CV_ACCEPTED", "CV_REFUSED", "PERSON_CONFIRMED");
        var registration =
                (Map<String, Map<String, Object>>) schemas.get("Registration").get("properties");
        assertThat((Iterable<String>) registration.get("status").get("enum"))
                .containsExactlyInAnyOrder("PENDING_CONFIRMATION", "CONFIRMED");
    }
}
