package it.orienta.reference;

import it.orienta.system.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports the FHIR CodeSystem files named in {@code orienta.reference.import} at start-up, e.g.
 * {@code --orienta.reference.import=../shared/data/istat-comuni.fhir.xml,../shared/data/istat-stati-esteri.fhir.xml}.
 */
@Component
@Order(10)
class ReferenceStartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceStartupImport.class);

    private final ReferenceService reference;
    private final Properties properties;

    ReferenceStartupImport(ReferenceService reference, Properties properties) {
        this.reference = reference;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (String file : properties.importFiles()) {
            Path path = Path.of(file.strip());
            try (InputStream in = Files.newInputStream(path)) {
                var report = reference.importFhir(in, path.getFileName().toString(), null, Actor.SYSTEM);
                log.info(
                        "Imported {} from {}: {} new, {} updated, {} unchanged, {} retired, {} rejected",
                        report.system(),
                        path,
                        report.imported(),
                        report.updated(),
                        report.unchanged(),
                        report.retired(),
                        report.rejected().size());
            }
        }
    }

    /** @param importFiles FHIR CodeSystem XML files to import at start-up */
    @ConfigurationProperties("orienta.reference")
    record Properties(
            @org.springframework.boot.context.properties.bind.Name("import") @DefaultValue
            List<String> importFiles) {}
}
