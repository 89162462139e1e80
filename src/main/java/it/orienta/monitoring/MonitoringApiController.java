package it.orienta.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring in the REST API (issue 14): the coordinator's centre (header {@code X-Orienta-Centre}) and the regional
 * role's centres side by side, as JSON and as CSV; {@code month} is {@code yyyy-MM} in Rome, this month when absent.
 * Read-only aggregates: no If-Match, no person.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
class MonitoringApiController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MonitoringService monitoring;

    MonitoringApiController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/centre")
    MonitoringView.Centre centre(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return monitoring.centre(month == null ? monitoring.thisMonth() : month);
    }

    @GetMapping("/centre.csv")
    ResponseEntity<String> centreCsv(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.centre(month == null ? monitoring.thisMonth() : month);
        return csv("monitoring-" + view.centreCode() + "-" + view.month() + ".csv", Csv.centre(view));
    }

    @GetMapping("/centre/operators.csv")
    ResponseEntity<String> operatorsCsv(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.centre(month == null ? monitoring.thisMonth() : month);
        return csv("monitoring-" + view.centreCode() + "-operators-" + view.month() + ".csv", Csv.operators(view));
    }

    @GetMapping("/region")
    MonitoringView.Region region(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return monitoring.region(month == null ? monitoring.thisMonth() : month);
    }

    @GetMapping("/region.csv")
    ResponseEntity<String> regionCsv(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.region(month == null ? monitoring.thisMonth() : month);
        return csv("monitoring-centres-" + view.month() + ".csv", Csv.region(view));
    }

    @GetMapping("/centre.xlsx")
    ResponseEntity<byte[]> centreXlsx(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.centre(month == null ? monitoring.thisMonth() : month);
        return xlsx(
                "monitoring-" + view.centreCode() + "-" + view.month() + ".xlsx",
                Xlsx.of(view.centreCode(), Csv.centreRows(view)));
    }

    @GetMapping("/centre/operators.xlsx")
    ResponseEntity<byte[]> operatorsXlsx(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.centre(month == null ? monitoring.thisMonth() : month);
        return xlsx(
                "monitoring-" + view.centreCode() + "-operators-" + view.month() + ".xlsx",
                Xlsx.of(view.centreCode(), Csv.operatorRows(view)));
    }

    @GetMapping("/region.xlsx")
    ResponseEntity<byte[]> regionXlsx(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        var view = monitoring.region(month == null ? monitoring.thisMonth() : month);
        return xlsx(
                "monitoring-centres-" + view.month() + ".xlsx",
                Xlsx.of(view.month().toString(), Csv.regionRows(view)));
    }

    /** An Excel workbook as an attachment. */
    static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Xlsx.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }

    static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
