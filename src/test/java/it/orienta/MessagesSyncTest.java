package it.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a user reads exists in Italian and English, and every key a page names exists. */
class MessagesSyncTest {

    static Properties load(String name) throws IOException {
        var p = new Properties();
        try (var in = MessagesSyncTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void italianAndEnglishHaveTheSameKeys() throws IOException {
        var it = load("messages.properties").stringPropertyNames();
        var en = load("messages_en.properties").stringPropertyNames();
        assertThat(en).containsExactlyInAnyOrderElementsOf(it);
    }

    @Test
    void noMessageUsesAStraightApostropheThatMessageFormatWouldEat() throws IOException {
        for (var name : new String[] {"messages.properties", "messages_en.properties"}) {
            var p = load(name);
            for (var key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(name + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        var keys = load("messages.properties").stringPropertyNames();
        var literal = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRuleCodeInTheCodeHasAMessage() throws IOException {
        var keys = load("messages.properties").stringPropertyNames();
        var code = Pattern.compile(
                "(?:RuleViolationException|Violation\\.of|DuplicateException)\\(\\s*\"([a-z0-9.\\-]+)\"");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = code.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains("rule." + m.group(1))) {
                        missing.add(file.getFileName() + ": rule." + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
