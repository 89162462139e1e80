package it.orienta.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * The same tables as {@link Csv}, as an Excel workbook of one sheet (fastexcel, ADR 0034): numbers stay numbers, the
 * header row is bold and frozen. Every cell is written as a value, never a formula, so a text that starts with "="
 * is shown as typed.
 */
final class Xlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {}

    /** One sheet named {@code sheet} with the rows, the first of which is the header. */
    static byte[] of(String sheet, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Orienta", "1.0");
            var ws = workbook.newWorksheet(sheet);
            for (int r = 0; r < rows.size(); r++) {
                var row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof BigDecimal d) ws.value(r, c, d.stripTrailingZeros());
                    else if (v instanceof Number n) ws.value(r, c, n);
                    else if (v != null) ws.value(r, c, v.toString());
                }
            }
            if (!rows.isEmpty()) {
                ws.range(0, 0, 0, Math.max(0, rows.getFirst().size() - 1))
                        .style()
                        .bold()
                        .set();
                ws.freezePane(0, 1);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
