package it.orienta;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the diagrams in docs/modules are current. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(OrientaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws java.io.IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        // Modulith writes relations in no stable order: sort each run of them so the committed files only change
        // when the modules do
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("docs/modules"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                var lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(file));
                int i = 0;
                while (i < lines.size()) {
                    int j = i;
                    while (j < lines.size() && lines.get(j).startsWith("Rel(")) j++;
                    if (j - i > 1) java.util.Collections.sort(lines.subList(i, j));
                    i = Math.max(j, i + 1);
                }
                java.nio.file.Files.write(file, lines);
            }
        }
    }
}
