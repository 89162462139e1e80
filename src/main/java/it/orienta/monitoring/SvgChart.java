package it.orienta.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Bar charts as server-rendered SVG (ADR 0034): no script, nothing for the content security policy to allow. Each
 * chart is an image named by its title (the page puts its data table and a sentence beside it); each series has a
 * fill and a pattern of its own and every bar its value written above it, so colour is never the only cue.
 */
final class SvgChart {

    /** One series: its legend, its values (null: no figure) in the order of the labels. */
    record Series(String name, List<BigDecimal> values) {}

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    private static final int LEFT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 36;
    private static final String[] FILLS = {"#0059b3", "url(#hatch)", "#1a1a1a"};

    private SvgChart() {}

    /** A grouped bar chart; {@code id} makes its element ids unique on the page. */
    static String bars(String id, String title, List<String> labels, List<Series> series) {
        double max = series.stream()
                .flatMap(s -> s.values().stream())
                .filter(v -> v != null)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        double scale = max <= 0 ? 0 : (HEIGHT - TOP - BOTTOM) / max;
        int groups = Math.max(1, labels.size());
        double groupWidth = (WIDTH - 2.0 * LEFT) / groups;
        double barWidth = (groupWidth - 8) / Math.max(1, series.size());
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"monitoring-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title\">")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>")
                .append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>")
                .append(
                        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#5c2d91\" stroke-width=\"3\"/></pattern></defs>");
        // legend: a swatch with the series' fill and its name
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + s * 220;
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"8\" width=\"16\" height=\"16\" stroke=\"#1a1a1a\" fill=\"")
                    .append(FILLS[s % FILLS.length])
                    .append("\"/>")
                    .append("<text x=\"")
                    .append(x + 22)
                    .append("\" y=\"21\" font-size=\"13\" fill=\"#1a1a1a\">")
                    .append(escape(series.get(s).name()))
                    .append("</text>");
        }
        int base = HEIGHT - BOTTOM;
        svg.append("<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(base)
                .append("\" x2=\"")
                .append(WIDTH - LEFT)
                .append("\" y2=\"")
                .append(base)
                .append("\" stroke=\"#1a1a1a\"/>");
        for (int g = 0; g < labels.size(); g++) {
            double gx = LEFT + g * groupWidth + 4;
            for (int s = 0; s < series.size(); s++) {
                BigDecimal v = g < series.get(s).values().size()
                        ? series.get(s).values().get(g)
                        : null;
                double h = v == null ? 0 : v.doubleValue() * scale;
                double x = gx + s * barWidth;
                svg.append("<rect x=\"")
                        .append(fmt(x))
                        .append("\" y=\"")
                        .append(fmt(base - h))
                        .append("\" width=\"")
                        .append(fmt(barWidth - 2))
                        .append("\" height=\"")
                        .append(fmt(h))
                        .append("\" stroke=\"#1a1a1a\" stroke-width=\"0.5\" fill=\"")
                        .append(FILLS[s % FILLS.length])
                        .append("\"/>");
                svg.append("<text x=\"")
                        .append(fmt(x + (barWidth - 2) / 2))
                        .append("\" y=\"")
                        .append(fmt(base - h - 3))
                        .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#1a1a1a\">")
                        .append(v == null ? "–" : v.stripTrailingZeros().toPlainString())
                        .append("</text>");
            }
            svg.append("<text x=\"")
                    .append(fmt(gx + (groupWidth - 8) / 2))
                    .append("\" y=\"")
                    .append(base + 16)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1a1a1a\">")
                    .append(escape(labels.get(g)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
