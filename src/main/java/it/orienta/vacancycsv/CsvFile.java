package it.orienta.vacancycsv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A spreadsheet saved as CSV, read as the spreadsheet wrote it: UTF-8 (with or without its byte-order mark) or, when
 * the bytes are not UTF-8, Windows-1252 (what Excel saves on an Italian Windows); the separator {@code ;} (Excel in
 * Italian) or {@code ,}, whichever the header line has more of outside quotes. Parsed by Apache Commons CSV (quoted
 * fields, doubled quotes, line breaks inside quotes); blank lines skipped.
 *
 * @param header the first record, as written
 * @param rows the records after it, each with its number in the file (the header is 1)
 */
record CsvFile(Charset charset, char delimiter, List<String> header, List<Row> rows) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A record and its number (a spreadsheet's row number when no field spans lines). */
    record Row(int number, List<String> values) {

        String get(int index) {
            return index < 0 || index >= values.size() ? "" : values.get(index).strip();
        }

        boolean blank() {
            return values.stream().allMatch(String::isBlank);
        }
    }

    static CsvFile parse(byte[] bytes) {
        Charset charset = charset(bytes);
        String text = new String(bytes, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = delimiter(text);
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        var header = new ArrayList<String>();
        var rows = new ArrayList<Row>();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                var values = r.toList();
                if (header.isEmpty() && rows.isEmpty()) {
                    header.addAll(values);
                    continue;
                }
                var row = new Row((int) r.getRecordNumber(), values);
                if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvFile(charset, delimiter, header, rows);
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
    static Charset charset(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252;
        }
    }

    /** {@code ;} or {@code ,}: the one the first line has more of outside quotes ({@code ;} when even). */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted && ch == ';') {
                semicolons++;
            } else if (!quoted && ch == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
