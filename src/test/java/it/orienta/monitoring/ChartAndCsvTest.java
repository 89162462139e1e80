package it.orienta.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SVG charts (named, patterned, values written) and the CSV (quoted, safe from formulas). */
class ChartAndCsvTest {

    @Test
    void aChartIsAnImageNamedByItsTitleWithAPatternAndEveryValueWritten() {
        String svg = SvgChart.bars(
                "c1",
                "Prese <in carico>",
                List.of("01/26", "02/26"),
                List.of(
                        new SvgChart.Series("Prese", List.of(BigDecimal.valueOf(3), BigDecimal.valueOf(5))),
                        new SvgChart.Series("Chiuse", Arrays.asList(BigDecimal.ONE, null))));
        assertThat(svg)
                .startsWith("<svg")
                .contains(
                        "role=\"img\"",
                        "aria-labelledby=\"c1-title\"",
                        "<title id=\"c1-title\">Prese &lt;in carico&gt;</title>")
                .contains("url(#hatch)", ">3<", ">5<", ">1<", ">–<", ">01/26<")
                .doesNotContain("style=", "<script");
    }

    @Test
    void aChartOfNothingDrawsNoBarAndDoesNotDivideByZero() {
        String svg = SvgChart.bars(
                "c2", "Vuoto", List.of("01/26"), List.of(new SvgChart.Series("Prese", List.of(BigDecimal.ZERO))));
        assertThat(svg).contains("height=\"0.0\"").doesNotContain("NaN", "Infinity");
    }

    @Test
    void csvQuotesSeparatorsAndDefusesFormulas() {
        assertThat(Csv.cell("CPI Firenze, centro")).isEqualTo("\"CPI Firenze, centro\"");
        assertThat(Csv.cell("Dice \"sì\"")).isEqualTo("\"Dice \"\"sì\"\"\"");
        assertThat(Csv.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(Csv.cell(new BigDecimal("-3.50"))).isEqualTo("-3.5");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(new Csv().row(List.of("a", 1)).toString()).isEqualTo("\uFEFFa,1\r\n");
    }

    @Test
    void aMedianOfNothingIsAnEmptyCellInTheCentresCsv() {
        var empty = MonitoringService.metrics(null);
        var view = new MonitoringView.Centre(
                "CPI-FI",
                "CPI Firenze",
                java.time.YearMonth.of(2026, 3),
                empty,
                empty,
                List.of(),
                List.of(),
                List.of(),
                null);
        assertThat(Csv.centre(view))
                .contains("\r\nCPI-FI,TAKEN_IN_CHARGE,0,0\r\n")
                .contains("\r\nCPI-FI,PSP_DAYS_MEDIAN,,\r\n");
    }

    @Test
    void theXlsxIsAWorkbookOfValuesWithNumbersAsNumbersAndNoFormula() throws Exception {
        var rows = List.<List<Object>>of(
                List.of("centre", "metric", "month"),
                Arrays.asList("CPI-FI", "=HYPERLINK(\"x\")", new BigDecimal("12.50")),
                Arrays.asList("CPI-FI", "NO_SHOW_PERCENT", null));
        byte[] xlsx = Xlsx.of("CPI-FI", rows);
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PK");
        var sheet = new StringBuilder();
        var all = new StringBuilder();
        // the central directory, not the stream: the writer streams its entries with data descriptors
        var file = java.nio.file.Files.createTempFile("monitoring", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    String text =
                            new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    all.append(text);
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) sheet.append(text);
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(sheet.toString()).contains("<v>12.5</v>").doesNotContain("<f>");
        // strings are shared: the formula-looking one is kept as text
        assertThat(all.toString()).contains("=HYPERLINK(&quot;x&quot;)", "NO_SHOW_PERCENT", "CPI-FI");
    }
}
