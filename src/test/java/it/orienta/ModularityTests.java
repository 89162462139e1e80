package it.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold. The module documentation is rendered on every build into {@code target/modules}, in
 * a stable order (Modulith writes relations and listeners in no stable order), and copied to {@code docs/modules}
 * only when asked: {@code ./mvnw test -Dtest=ModularityTests -Dorienta.docs=write} (see the README).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(OrientaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void rendersTheModuleDocumentationInAStableOrder() throws IOException {
        Path rendered = Path.of("target/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(rendered.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        List<Path> files;
        try (var list = Files.list(rendered)) {
            files = list.filter(
                            f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
                    .sorted()
                    .toList();
        }
        for (var file : files) {
            var lines = new ArrayList<>(Files.readAllLines(file));
            sortRuns(lines, line -> line.startsWith("Rel("));
            sortRuns(lines, line -> line.startsWith("* ") || line.startsWith("|* "));
            Files.write(file, lines);
        }
        assertThat(files)
                .as("a canvas for every module")
                .hasSizeGreaterThan(MODULES.stream().toList().size());
        if ("write".equals(System.getProperty("orienta.docs"))) {
            Path docs = Path.of("docs/modules");
            Files.createDirectories(docs);
            for (var file : files)
                Files.copy(file, docs.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Sorts each run of consecutive lines the predicate accepts; an AsciiDoc cell's leading {@code |} stays first. */
    static void sortRuns(List<String> lines, Predicate<String> member) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && member.test(lines.get(j))) j++;
            if (j - i > 1) {
                boolean cell = lines.get(i).startsWith("|");
                var run = new ArrayList<String>();
                for (var line : lines.subList(i, j)) run.add(line.startsWith("|") ? line.substring(1) : line);
                Collections.sort(run);
                if (cell) run.set(0, "|" + run.get(0));
                for (int k = 0; k < run.size(); k++) lines.set(i + k, run.get(k));
            }
            i = Math.max(j, i + 1);
        }
    }
}
