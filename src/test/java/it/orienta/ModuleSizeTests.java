package it.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sizes a newcomer can read (issue 11): no class over 500 lines, no module over 20 top-level types (its
 * sub-packages included, {@code package-info.java} left out), and every module tested on its own by an
 * {@code @ApplicationModuleTest} (or the project's {@code @OrientaModuleTest}) in its package. Past those sizes a module is split by sub-capability.
 */
class ModuleSizeTests {

    static final Path MAIN = Path.of("src/main/java/it/orienta");
    static final Path TEST = Path.of("src/test/java/it/orienta");
    static final int MAX_LINES = 500;
    static final int MAX_TYPES = 20;

    @Test
    void noClassIsLongerThanFiveHundredLines() throws IOException {
        var tooLong = new ArrayList<String>();
        for (var source : sources(MAIN)) {
            long lines;
            try (var all = Files.lines(source)) {
                lines = all.count();
            }
            if (lines > MAX_LINES) tooLong.add(MAIN.relativize(source) + ": " + lines + " lines");
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void noModuleHasMoreThanTwentyTypes() throws IOException {
        var types = new TreeMap<String, Integer>();
        for (var source : sources(MAIN)) {
            if (source.getFileName().toString().equals("package-info.java")) continue;
            if (MAIN.relativize(source).getNameCount() < 2) continue; // the application class
            types.merge(MAIN.relativize(source).getName(0).toString(), 1, Integer::sum);
        }
        var tooBig = types.entrySet().stream()
                .filter(e -> e.getValue() > MAX_TYPES)
                .map(e -> e.getKey() + ": " + e.getValue() + " types")
                .toList();
        assertThat(tooBig).isEmpty();
    }

    @Test
    void everyModuleHasAModuleTest() throws IOException {
        var untested = new ArrayList<String>();
        try (var modules = Files.list(MAIN)) {
            for (var module : modules.filter(Files::isDirectory).sorted().toList()) {
                boolean tested = false;
                Path tests = TEST.resolve(module.getFileName());
                if (Files.isDirectory(tests)) {
                    for (var test : sources(tests)) {
                        String text = Files.readString(test);
                        if (text.contains("@ApplicationModuleTest") || text.contains("@OrientaModuleTest")) {
                            tested = true;
                            break;
                        }
                    }
                }
                if (!tested) untested.add(module.getFileName().toString());
            }
        }
        assertThat(untested).as("modules without an @ApplicationModuleTest").isEmpty();
    }

    static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
