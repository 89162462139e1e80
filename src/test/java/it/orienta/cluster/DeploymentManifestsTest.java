package it.orienta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.Yaml;

/**
 * The manifests handed to operations (deploy/k8s, docs/deployment.md) agree with the application: the probes are
 * the application's own paths on the container's port, which is the application's, and every environment variable
 * names (by Spring Boot's relaxed binding) a property the application reads: a key of application.yml, a property
 * of a {@code @ConfigurationProperties} record, a placeholder in the code, or one of Spring Boot's own listed here.
 */
@SuppressWarnings("unchecked")
class DeploymentManifestsTest {

    /** Spring Boot's and the JVM's own settings the manifests may set. */
    static final Set<String> BOOT_PROPERTIES = Set.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.datasource.hikari.maximum-pool-size",
            "spring.mail.host",
            "spring.mail.port",
            "spring.mail.username",
            "spring.mail.password");

    static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    @Test
    void theDeploymentsProbesPortAndShutdownAreTheApplications() {
        var app = applicationYaml();
        var deployment = manifest("Deployment");
        var spec = map(map(map(deployment, "spec"), "template"), "spec");
        var container = list(spec, "containers").getFirst();
        var port = list(container, "ports").getFirst();

        assertThat(port.get("containerPort"))
                .as("the application's port (server.port)")
                .isEqualTo(serverPort(app));
        assertThat(map(map(container, "livenessProbe"), "httpGet"))
                .containsEntry("path", "/actuator/health/liveness")
                .containsEntry("port", port.get("name"));
        assertThat(map(map(container, "readinessProbe"), "httpGet"))
                .containsEntry("path", "/actuator/health/readiness")
                .containsEntry("port", port.get("name"));
        // the application serves those paths: probes on, readiness with the database, liveness without
        var health = map(map(map(app, "management"), "endpoint"), "health");
        assertThat(map(health, "probes")).containsEntry("enabled", true);
        assertThat(String.valueOf(map(map(health, "group"), "readiness").get("include")))
                .contains("readinessState")
                .contains("db");
        assertThat(map(app, "server")).containsEntry("shutdown", "graceful");

        assertThat(map(deployment, "spec")).containsEntry("replicas", 2);
        assertThat((Integer) spec.get("terminationGracePeriodSeconds")).isGreaterThanOrEqualTo(35);
        assertThat(map(map(container, "lifecycle"), "preStop")).containsKey("sleep");
        assertThat(map(container, "resources")).containsKeys("requests", "limits");
        var password = list(container, "env").stream()
                .filter(e -> "SPRING_DATASOURCE_PASSWORD".equals(e.get("name")))
                .findFirst()
                .orElseThrow();
        assertThat(map(password, "valueFrom")).containsKey("secretKeyRef");

        var service = manifest("Service");
        var servicePort = list(map(service, "spec"), "ports").getFirst();
        assertThat(servicePort.get("targetPort")).isEqualTo(port.get("name"));
        assertThat(map(manifest("PodDisruptionBudget"), "spec")).containsEntry("minAvailable", 1);
        assertThat(map(manifest("Cluster"), "spec")).containsEntry("instances", 3);
    }

    @Test
    void everyEnvironmentVariableNamesAPropertyTheApplicationReads() {
        var known = new TreeSet<String>();
        flatten("", applicationYaml(), known);
        known.addAll(configurationProperties());
        known.addAll(placeholders());
        known.addAll(BOOT_PROPERTIES);
        var envForms = new HashSet<String>();
        known.forEach(p -> envForms.addAll(environmentForms(p)));

        var deployment = manifest("Deployment");
        var container = list(map(map(map(deployment, "spec"), "template"), "spec"), "containers")
                .getFirst();
        var names =
                list(container, "env").stream().map(e -> (String) e.get("name")).toList();
        assertThat(names).contains("SPRING_DATASOURCE_URL", "ORIENTA_NODE_NAME", "ORIENTA_PORTAL_BASE_URL");
        assertThat(names)
                .as("environment variables that name no property of the application")
                .allMatch(n -> envForms.contains(n) || JVM_VARIABLES.contains(n));
        // and the check can tell: a misspelt one is refused
        assertThat(envForms).doesNotContain("ORIENTA_PORTAL_BASEURL_TYPO", "SPRING_DATASOURCE_PASWORD");
    }

    /** Spring Boot's two names of a property in the environment: dashes removed, or dashes as underscores. */
    static Set<String> environmentForms(String property) {
        String upper = property.toUpperCase(Locale.ROOT).replace('.', '_');
        return new HashSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
    }

    /** Every property of every {@code @ConfigurationProperties} record of the application, nested records too. */
    static Set<String> configurationProperties() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        var found = new TreeSet<String>();
        for (var candidate : scanner.findCandidateComponents("it.orienta")) {
            try {
                var type = Class.forName(candidate.getBeanClassName());
                var annotation = type.getAnnotation(ConfigurationProperties.class);
                String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
                components(prefix, type, found);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(found).as("the records found").contains("orienta.portal.base-url");
        return found;
    }

    private static void components(String prefix, Class<?> type, Set<String> found) {
        if (!type.isRecord()) {
            found.add(prefix);
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            var name = c.getAnnotation(org.springframework.boot.context.properties.bind.Name.class);
            String property = prefix + "." + (name != null ? name.value() : kebab(c.getName()));
            found.add(property);
            if (c.getType().isRecord()) {
                components(property, c.getType(), found);
            }
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The {@code ${orienta.…}} placeholders of the code ({@code @Value}, {@code @Scheduled}, ShedLock's times). */
    static Set<String> placeholders() {
        var placeholder = Pattern.compile("\\$\\{(orienta\\.[a-z0-9.-]+)[:}]");
        var found = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = placeholder.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(found).as("the placeholders found").contains("orienta.node-name");
        return found;
    }

    private static void flatten(String prefix, Map<String, Object> yaml, Set<String> into) {
        yaml.forEach((k, v) -> {
            String key = prefix.isEmpty() ? k : prefix + "." + k;
            into.add(key);
            if (v instanceof Map<?, ?> nested) {
                flatten(key, (Map<String, Object>) nested, into);
            }
        });
    }

    private static int serverPort(Map<String, Object> app) {
        // server.port: ${PORT:8080}
        var m = Pattern.compile(":(\\d+)}")
                .matcher(String.valueOf(map(app, "server").get("port")));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    static Map<String, Object> applicationYaml() {
        try {
            return new Yaml().load(Files.readString(Path.of("src/main/resources/application.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> manifest(String kind) {
        var all = new ArrayList<Map<String, Object>>();
        try (Stream<Path> files = Files.list(Path.of("deploy/k8s"))) {
            for (var file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object doc : new Yaml().loadAll(Files.readString(file))) {
                    if (doc instanceof Map<?, ?> m) {
                        all.add(new LinkedHashMap<>((Map<String, Object>) m));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var matching = all.stream().filter(m -> kind.equals(m.get("kind"))).toList();
        assertThat(matching).as("one %s in deploy/k8s", kind).hasSize(1);
        return matching.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        var value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        var value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }
}
