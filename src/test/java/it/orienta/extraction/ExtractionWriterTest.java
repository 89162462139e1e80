package it.orienta.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionWriterTest {

    @Test
    void csvIsSemicolonSeparatedWithABomQuotesWhenNeededAndNeutralisesFormulas() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var w = ExtractionWriter.Format.CSV.open(out, List.of("A", "B", "C"))) {
            w.row(new Object[] {"Rossi; Mario", "=SUM(A1)", 3});
            w.row(new Object[] {null, "say \"hi\"", "-"});
        }
        String s = out.toString(StandardCharsets.UTF_8);
        assertThat(s).startsWith("\uFEFFA;B;C\r\n");
        assertThat(s).contains("\"Rossi; Mario\";'=SUM(A1);3\r\n");
        assertThat(s).contains(";\"say \"\"hi\"\"\";'-\r\n");
    }

    @Test
    void xlsxIsAZipWorkbookReadableBack() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var w = ExtractionWriter.Format.XLSX.open(out, List.of("Nome", "Anni"))) {
            for (int i = 0; i < 1200; i++) {
                w.row(new Object[] {"Persona " + i, i});
            }
        }
        String sheet = sheet(out.toByteArray());
        assertThat(sheet.split("<row ", -1)).hasSize(1202);
        assertThat(sheet).contains("<is><t>Nome</t></is>", "<is><t>Persona 1199</t></is>", "<v>1199</v>");
    }

    /** The first worksheet's XML (the workbook is a zip; the JDK reads it). */
    static String sheet(byte[] xlsx) throws java.io.IOException {
        var file = java.nio.file.Files.createTempFile("extraction", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                var entry = zip.getEntry("xl/worksheets/sheet1.xml");
                if (entry != null) {
                    try (var in = zip.getInputStream(entry)) {
                        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        throw new AssertionError("no sheet1.xml");
    }
}
