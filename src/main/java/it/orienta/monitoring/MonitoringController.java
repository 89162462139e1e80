package it.orienta.monitoring;

import it.orienta.charter.CharterService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitoring pages: the coordinator's centre with its operators ({@code /monitoring}), the regional role's
 * centres side by side ({@code /monitoring/region}), each table's CSV. Charts are SVG built on the server
 * ({@link SvgChart}) with a data table and a sentence beside each.
 */
@Controller
class MonitoringController {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM/yy");

    private final MonitoringService monitoring;
    private final CurrentActor current;
    private final MessageSource messages;
    private final CharterService charter;

    MonitoringController(
            MonitoringService monitoring, CurrentActor current, MessageSource messages, CharterService charter) {
        this.monitoring = monitoring;
        this.current = current;
        this.messages = messages;
        this.charter = charter;
    }

    @GetMapping("/monitoring")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'REGIONAL')")
    String centre(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            Model model,
            Locale locale) {
        if (!current.has(Role.COORDINATOR)) {
            return "redirect:/monitoring/region" + (month == null ? "" : "?month=" + month);
        }
        var view = monitoring.centre(month == null ? monitoring.thisMonth() : month);
        model.addAttribute("view", view);
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("operatorMetrics", Metric.forOperators());
        model.addAttribute("links", links(view.month()));
        model.addAttribute("activityLabels", charter.activityLabels(locale));
        model.addAttribute("months", view.trend().stream().map(p -> p.month()).toList());
        model.addAttribute("intakeChart", intakeChart(view.trend(), locale));
        model.addAttribute(
                "pspChart",
                SvgChart.bars(
                        "psp-chart",
                        messages.getMessage("monitoring.chart.psp", null, locale),
                        labels(view.trend()),
                        List.of(new SvgChart.Series(
                                messages.getMessage("monitoring.metric.PSP_DAYS_MEDIAN", null, locale),
                                values(view.trend(), Metric.PSP_DAYS_MEDIAN)))));
        return "monitoring/centre";
    }

    @GetMapping("/monitoring/region")
    @PreAuthorize("hasRole('REGIONAL')")
    String region(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            Model model,
            Locale locale) {
        var view = monitoring.region(month == null ? monitoring.thisMonth() : month);
        model.addAttribute("view", view);
        model.addAttribute("metrics", Metric.values());
        model.addAttribute("months", view.trend().stream().map(p -> p.month()).toList());
        model.addAttribute("intakeChart", intakeChart(view.trend(), locale));
        model.addAttribute(
                "centreChart",
                SvgChart.bars(
                        "centre-chart",
                        messages.getMessage(
                                "monitoring.chart.centres",
                                new Object[] {view.month().format(LABEL)},
                                locale),
                        view.centres().stream()
                                .map(MonitoringView.CentreRow::centreCode)
                                .toList(),
                        List.of(
                                new SvgChart.Series(
                                        messages.getMessage("monitoring.metric.TAKEN_IN_CHARGE", null, locale),
                                        view.centres().stream()
                                                .map(c -> c.current().get(Metric.TAKEN_IN_CHARGE.name()))
                                                .toList()),
                                new SvgChart.Series(
                                        messages.getMessage("monitoring.metric.CLOSED", null, locale),
                                        view.centres().stream()
                                                .map(c -> c.current().get(Metric.CLOSED.name()))
                                                .toList()))));
        return "monitoring/region";
    }

    @GetMapping("/monitoring/centre.csv")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<String> centreCsv(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.centre(month == null ? monitoring.thisMonth() : month);
        return MonitoringApiController.csv(
                "monitoring-" + view.centreCode() + "-" + view.month() + ".csv", Csv.centre(view));
    }

    @GetMapping("/monitoring/operators.csv")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<String> operatorsCsv(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.centre(month == null ? monitoring.thisMonth() : month);
        return MonitoringApiController.csv(
                "monitoring-" + view.centreCode() + "-operators-" + view.month() + ".csv", Csv.operators(view));
    }

    @GetMapping("/monitoring/region.csv")
    @PreAuthorize("hasRole('REGIONAL')")
    ResponseEntity<String> regionCsv(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.region(month == null ? monitoring.thisMonth() : month);
        return MonitoringApiController.csv("monitoring-centres-" + view.month() + ".csv", Csv.region(view));
    }

    @GetMapping("/monitoring/centre.xlsx")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<byte[]> centreXlsx(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.centre(month == null ? monitoring.thisMonth() : month);
        return MonitoringApiController.xlsx(
                "monitoring-" + view.centreCode() + "-" + view.month() + ".xlsx",
                Xlsx.of(view.centreCode(), Csv.centreRows(view)));
    }

    @GetMapping("/monitoring/operators.xlsx")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<byte[]> operatorsXlsx(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.centre(month == null ? monitoring.thisMonth() : month);
        return MonitoringApiController.xlsx(
                "monitoring-" + view.centreCode() + "-operators-" + view.month() + ".xlsx",
                Xlsx.of(view.centreCode(), Csv.operatorRows(view)));
    }

    @GetMapping("/monitoring/region.xlsx")
    @PreAuthorize("hasRole('REGIONAL')")
    ResponseEntity<byte[]> regionXlsx(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.region(month == null ? monitoring.thisMonth() : month);
        return MonitoringApiController.xlsx(
                "monitoring-centres-" + view.month() + ".xlsx",
                Xlsx.of(view.month().toString(), Csv.regionRows(view)));
    }

    private String intakeChart(List<MonitoringView.Point> trend, Locale locale) {
        return SvgChart.bars(
                "intake-chart",
                messages.getMessage("monitoring.chart.intakes", null, locale),
                labels(trend),
                List.of(
                        new SvgChart.Series(
                                messages.getMessage("monitoring.metric.TAKEN_IN_CHARGE", null, locale),
                                values(trend, Metric.TAKEN_IN_CHARGE)),
                        new SvgChart.Series(
                                messages.getMessage("monitoring.metric.CLOSED", null, locale),
                                values(trend, Metric.CLOSED))));
    }

    private static java.util.Map<String, String> links(YearMonth month) {
        var links = new java.util.HashMap<String, String>();
        for (var m : Metric.values()) {
            if (m.link(month) != null) links.put(m.name(), m.link(month));
        }
        return links;
    }

    private static List<String> labels(List<MonitoringView.Point> trend) {
        return trend.stream().map(p -> p.month().format(LABEL)).toList();
    }

    private static List<BigDecimal> values(List<MonitoringView.Point> trend, Metric metric) {
        return trend.stream().map(p -> p.values().get(metric.name())).toList();
    }
}
