package it.orienta.reference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import it.orienta.system.Actor;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** --orienta.reference.import=FILE,FILE imports each file at start-up, as the system. */
class ReferenceStartupImportTest {

    final ReferenceService reference = mock(ReferenceService.class);

    @Test
    void importsEachNamedFile() throws Exception {
        when(reference.importFhir(any(), any(), isNull(), eq(Actor.SYSTEM)))
                .thenReturn(new ImportReport(CodeSystem.COUNTRY, "x", 1, 1, 0, 0, 0, List.of()));
        var runner = new ReferenceStartupImport(
                reference,
                new ReferenceStartupImport.Properties(List.of(
                        "src/main/resources/reference/demo/demo-countries.xml",
                        " src/main/resources/reference/demo/demo-municipalities.xml")));
        runner.run(new DefaultApplicationArguments());
        verify(reference).importFhir(any(), eq("demo-countries.xml"), isNull(), eq(Actor.SYSTEM));
        verify(reference).importFhir(any(), eq("demo-municipalities.xml"), isNull(), eq(Actor.SYSTEM));
    }

    @Test
    void doesNothingWithoutFilesAndStopsTheStartOnAMissingOne() {
        try {
            new ReferenceStartupImport(reference, new ReferenceStartupImport.Properties(List.of()))
                    .run(new DefaultApplicationArguments());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> new ReferenceStartupImport(
                                reference, new ReferenceStartupImport.Properties(List.of("no/such/file.xml")))
                        .run(new DefaultApplicationArguments()))
                .isInstanceOf(NoSuchFileException.class);
        verifyNoInteractions(reference);
    }
}
