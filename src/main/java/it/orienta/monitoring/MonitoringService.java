package it.orienta.monitoring;

import it.orienta.organisation.CentreView;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.system.Rome;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring figures as the coordinator and the regional role read them (ADR 0034). Aggregates only: no
 * person's case is read, so nothing here is audited; the coordinator sees the centre they work in (with its
 * operators), the regional role every centre side by side without operators or persons.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringService {

    private static final String FIGURES = """
            select centre_code, operator_id, operator_name, month, indicator, detail, value, refreshed_at
              from monitoring_figure
             where month >= :first and month <= :last""";

    private final JdbcClient jdbc;
    private final CurrentActor current;
    private final OrganisationService organisation;
    private final Clock clock;

    MonitoringService(JdbcClient jdbc, CurrentActor current, OrganisationService organisation, Clock clock) {
        this.jdbc = jdbc;
        this.current = current;
        this.organisation = organisation;
        this.clock = clock;
    }

    private record Row(
            String centre,
            UUID operator,
            String name,
            YearMonth month,
            Indicator indicator,
            String detail,
            BigDecimal value,
            Instant refreshedAt) {}

    /** This month in Rome. */
    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(Rome.ZONE));
    }

    /** The coordinator's centre: the month against the previous one, the 12-month trend, operators, activities. */
    @PreAuthorize("hasRole('COORDINATOR')")
    public MonitoringView.Centre centre(YearMonth month) {
        String code = current.centreCode()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no centre chosen"));
        // the trend needs the centre's rows of 12 months, the operators only the month and the one before: with
        // many operators their rows are most of the centre's (docs/performance.md, issue 14)
        var rows = jdbc.sql(FIGURES + " and centre_code = :centre and (operator_id is null or month >= :previous)")
                .param("first", Date.valueOf(month.minusMonths(11).atDay(1)))
                .param("last", Date.valueOf(month.atDay(1)))
                .param("previous", Date.valueOf(month.minusMonths(1).atDay(1)))
                .param("centre", code)
                .query((rs, i) -> row(rs))
                .list();
        var totals = new TreeMap<YearMonth, Map<Indicator, BigDecimal>>();
        var operators = new LinkedHashMap<UUID, Map<YearMonth, Map<Indicator, BigDecimal>>>();
        var names = new LinkedHashMap<UUID, String>();
        var activities = new TreeMap<String, Map<Indicator, BigDecimal>>();
        Instant refreshed = null;
        for (var r : rows) {
            refreshed = refreshed == null || r.refreshedAt().isAfter(refreshed) ? r.refreshedAt() : refreshed;
            if (r.operator() == null && r.detail().isEmpty()) {
                totals.computeIfAbsent(r.month(), m -> new EnumMap<>(Indicator.class))
                        .put(r.indicator(), r.value());
            } else if (r.operator() == null) {
                if (r.month().equals(month))
                    activities
                            .computeIfAbsent(r.detail(), a -> new EnumMap<>(Indicator.class))
                            .put(r.indicator(), r.value());
            } else {
                names.put(r.operator(), r.name());
                operators
                        .computeIfAbsent(r.operator(), o -> new TreeMap<>())
                        .computeIfAbsent(r.month(), m -> new EnumMap<>(Indicator.class))
                        .put(r.indicator(), r.value());
            }
        }
        var ops = new ArrayList<MonitoringView.Operator>();
        operators.forEach((id, months) -> {
            if (months.containsKey(month) || months.containsKey(month.minusMonths(1)))
                ops.add(new MonitoringView.Operator(
                        id,
                        names.get(id),
                        operatorMetrics(months.get(month)),
                        operatorMetrics(months.get(month.minusMonths(1)))));
        });
        ops.sort(Comparator.comparing(MonitoringView.Operator::name, String.CASE_INSENSITIVE_ORDER));
        var acts = new ArrayList<MonitoringView.Activity>();
        activities.forEach((a, f) -> acts.add(new MonitoringView.Activity(a, metrics(f))));
        String name = organisation.centre(code).map(CentreView::name).orElse(code);
        return new MonitoringView.Centre(
                code,
                name,
                month,
                metrics(totals.get(month)),
                metrics(totals.get(month.minusMonths(1))),
                trend(month, totals),
                ops,
                acts,
                refreshed);
    }

    /** Every centre side by side, the month against the previous one, and the region's 12-month trend of counts. */
    @PreAuthorize("hasRole('REGIONAL')")
    public MonitoringView.Region region(YearMonth month) {
        var rows = jdbc.sql(FIGURES + " and operator_id is null and detail = ''")
                .param("first", Date.valueOf(month.minusMonths(11).atDay(1)))
                .param("last", Date.valueOf(month.atDay(1)))
                .query((rs, i) -> row(rs))
                .list();
        var byCentre = new TreeMap<String, Map<YearMonth, Map<Indicator, BigDecimal>>>();
        var region = new TreeMap<YearMonth, Map<Indicator, BigDecimal>>();
        Instant refreshed = null;
        for (var r : rows) {
            refreshed = refreshed == null || r.refreshedAt().isAfter(refreshed) ? r.refreshedAt() : refreshed;
            byCentre.computeIfAbsent(r.centre(), c -> new TreeMap<>())
                    .computeIfAbsent(r.month(), m -> new EnumMap<>(Indicator.class))
                    .put(r.indicator(), r.value());
            // a median does not add up across centres: the region's trend has counts and rates of counts only
            if (r.indicator() != Indicator.PSP_DAYS_MEDIAN)
                region.computeIfAbsent(r.month(), m -> new EnumMap<>(Indicator.class))
                        .merge(r.indicator(), r.value(), BigDecimal::add);
        }
        var centres = new ArrayList<MonitoringView.CentreRow>();
        for (var c : organisation.centres()) {
            if (!c.active() && !byCentre.containsKey(c.code())) continue;
            var months = byCentre.getOrDefault(c.code(), Map.of());
            centres.add(new MonitoringView.CentreRow(
                    c.code(), c.name(), metrics(months.get(month)), metrics(months.get(month.minusMonths(1)))));
        }
        return new MonitoringView.Region(month, centres, trend(month, region), refreshed);
    }

    private static List<MonitoringView.Point> trend(
            YearMonth month, Map<YearMonth, Map<Indicator, BigDecimal>> totals) {
        return Rules.trend(month).stream()
                .map(m -> new MonitoringView.Point(m, metrics(totals.get(m))))
                .toList();
    }

    static Map<String, BigDecimal> metrics(Map<Indicator, BigDecimal> figures) {
        var f = figures == null ? Map.<Indicator, BigDecimal>of() : figures;
        var values = new LinkedHashMap<String, BigDecimal>();
        for (var m : Metric.values()) values.put(m.name(), m.of(f));
        return values;
    }

    /** An operator's metrics: those whose owner's data names an operator ({@link Metric#perOperator}). */
    static Map<String, BigDecimal> operatorMetrics(Map<Indicator, BigDecimal> figures) {
        var values = metrics(figures);
        for (var m : Metric.values()) if (!m.perOperator()) values.remove(m.name());
        return values;
    }

    /** A count as 12, not 12.00 (numeric(14, 2) keeps two decimals), in the JSON and on the pages. */
    static BigDecimal plain(BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getString("centre_code"),
                rs.getObject("operator_id", UUID.class),
                rs.getString("operator_name"),
                YearMonth.from(rs.getDate("month").toLocalDate()),
                Indicator.valueOf(rs.getString("indicator")),
                rs.getString("detail"),
                plain(rs.getBigDecimal("value")),
                rs.getTimestamp("refreshed_at").toInstant());
    }
}
