package it.orienta.extraction;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes the extraction row by row to a stream, keeping nothing but the current row. */
interface ExtractionWriter extends AutoCloseable {

    void row(Object[] values) throws IOException;

    @Override
    void close() throws IOException;

    /** The formats offered. */
    enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        final String mediaType;
        final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        ExtractionWriter open(OutputStream out, List<String> header) throws IOException {
            return this == CSV ? new Csv(out, header) : new Xlsx(out, header);
        }
    }

    /**
     * CSV as Italian spreadsheets open it: UTF-8 with a byte order mark, ";" between fields, CRLF; fields quoted when
     * needed, and a text that starts like a formula (= + - @) prefixed with ' so that no cell runs as a formula.
     */
    final class Csv implements ExtractionWriter {
        private final BufferedWriter out;

        Csv(OutputStream stream, List<String> header) throws IOException {
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
            out.write('\uFEFF');
            row(header.toArray());
        }

        @Override
        public void row(Object[] values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(';');
                }
                out.write(field(values[i]));
            }
            out.write("\r\n");
        }

        static String field(Object value) {
            if (value == null) {
                return "";
            }
            String s = value.toString();
            if (value instanceof String && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
                s = "'" + s;
            }
            if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
            return s;
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * XLSX by fastexcel: inline strings (no shared-strings table growing with the rows) and the sheet flushed every
     * {@value #FLUSH_EVERY} rows, so memory stays flat whatever the number of rows.
     */
    final class Xlsx implements ExtractionWriter {
        static final int FLUSH_EVERY = 500;
        private final Workbook workbook;
        private final Worksheet sheet;
        private int r;

        Xlsx(OutputStream stream, List<String> header) throws IOException {
            this.workbook = new Workbook(stream, "Orienta", "1.0");
            // The fastest zip level: 100,000 rows written in 0.7 s instead of 1.2 s for a file 2% larger
            // (docs/performance.md).
            this.workbook.setCompressionLevel(1);
            this.sheet = workbook.newWorksheet("Estrazione");
            for (int c = 0; c < header.size(); c++) {
                sheet.inlineString(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            r = 1;
        }

        @Override
        public void row(Object[] values) throws IOException {
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                if (v instanceof Number n) {
                    sheet.value(r, c, n);
                } else if (v != null) {
                    sheet.inlineString(r, c, v.toString());
                }
            }
            r++;
            if (r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
