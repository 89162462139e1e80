package it.orienta.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * CSV as spreadsheets open it (RFC 4180, a header row, comma separated, UTF-8 with a byte-order mark so that Excel
 * reads accents); a value that starts like a formula is quoted with a leading apostrophe (CSV injection).
 */
final class Csv {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) return "";
        String s = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r"))
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }

    /** The rows as CSV text. */
    static String of(List<List<Object>> rows) {
        var csv = new Csv();
        rows.forEach(csv::row);
        return csv.toString();
    }

    /** The centre's month: one line per metric with this month, the previous one and the 12 months of the trend. */
    static String centre(MonitoringView.Centre view) {
        return of(centreRows(view));
    }

    /** The centre's operators in the month: one line per operator, one column per metric. */
    static String operators(MonitoringView.Centre view) {
        return of(operatorRows(view));
    }

    /** The centres side by side in the month (the regional role's table): one line per centre. */
    static String region(MonitoringView.Region view) {
        return of(regionRows(view));
    }

    /** The rows of {@link #centre}, the header first (the XLSX export's too). */
    static List<List<Object>> centreRows(MonitoringView.Centre view) {
        var csv = new java.util.ArrayList<List<Object>>();
        var header = new java.util.ArrayList<Object>(List.of("centre", "metric", "month", "previous_month"));
        view.trend().forEach(p -> header.add(p.month().toString()));
        csv.add(header);
        for (var m : Metric.values()) {
            // a median or a rate over nothing is null: an empty cell (List.of refuses nulls)
            var line = new java.util.ArrayList<Object>(java.util.Arrays.asList(
                    view.centreCode(),
                    m.name(),
                    view.current().get(m.name()),
                    view.previous().get(m.name())));
            view.trend().forEach(p -> line.add(p.values().get(m.name())));
            csv.add(line);
        }
        return csv;
    }

    /** The rows of {@link #operators}, the header first. */
    static List<List<Object>> operatorRows(MonitoringView.Centre view) {
        var csv = new java.util.ArrayList<List<Object>>();
        var header = new java.util.ArrayList<Object>(List.of("centre", "month", "operator"));
        for (var m : Metric.forOperators()) header.add(m.name());
        csv.add(header);
        for (var o : view.operators()) {
            var line = new java.util.ArrayList<Object>(
                    List.of(view.centreCode(), view.month().toString(), o.name()));
            for (var m : Metric.forOperators()) line.add(o.current().get(m.name()));
            csv.add(line);
        }
        return csv;
    }

    /** The rows of {@link #region}, the header first. */
    static List<List<Object>> regionRows(MonitoringView.Region view) {
        var csv = new java.util.ArrayList<List<Object>>();
        var header = new java.util.ArrayList<Object>(List.of("centre", "name", "month"));
        for (var m : Metric.values()) header.add(m.name());
        csv.add(header);
        for (var c : view.centres()) {
            var line = new java.util.ArrayList<Object>(
                    List.of(c.centreCode(), c.centreName(), view.month().toString()));
            for (var m : Metric.values()) line.add(c.current().get(m.name()));
            csv.add(line);
        }
        return csv;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
