package it.orienta.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the monitoring pages, the CSV and the API show. Values are keyed by {@link Metric} name. */
public final class MonitoringView {

    private MonitoringView() {}

    /** A centre's month for its coordinator: the centre's figures, the trend, each operator, each activity. */
    public record Centre(
            String centreCode,
            String centreName,
            YearMonth month,
            Map<String, BigDecimal> current,
            Map<String, BigDecimal> previous,
            List<Point> trend,
            List<Operator> operators,
            List<Activity> activities,
            Instant refreshedAt) {}

    /** One month of the 12-month trend. */
    public record Point(YearMonth month, Map<String, BigDecimal> values) {}

    /** An operator's month (and the previous one). */
    public record Operator(UUID id, String name, Map<String, BigDecimal> current, Map<String, BigDecimal> previous) {}

    /** The centre's attended meetings of one activity by judgement against its standard. */
    public record Activity(String activityId, Map<String, BigDecimal> current) {}

    /** The centres side by side for the regional role: aggregates only. */
    public record Region(YearMonth month, List<CentreRow> centres, List<Point> trend, Instant refreshedAt) {}

    /** One centre's month and the previous one. */
    public record CentreRow(
            String centreCode, String centreName, Map<String, BigDecimal> current, Map<String, BigDecimal> previous) {}
}
