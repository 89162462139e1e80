package it.orienta.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Monitoring through the REST API on the whole application: a taking in charge shows in the coordinator's figures
 * after a refresh, as JSON and CSV; the regional role reads the centres side by side without operators; each role
 * reads only its own view.
 */
@OrientaAppTest
class MonitoringApiIT {

    @LocalServerPort
    int port;

    @Autowired
    FigureRefresh refresh;

    Api as(String username) {
        return Api.as(port, username);
    }

    int takenInCharge(String json) {
        return as("coordinatore")
                .get(json)
                .json()
                .path("current")
                .path("TAKEN_IN_CHARGE")
                .asInt();
    }

    @Test
    void aTakingInChargeShowsInTheCentresFiguresAfterARefreshAsJsonAndCsv() {
        var month = YearMonth.now(Api.ROME);
        refresh.refresh(month.minusMonths(1), month);
        int before = takenInCharge("/api/v1/monitoring/centre");

        var coordinator = as("coordinatore");
        String id = coordinator
                .post("/api/v1/persons", Persons.florentine("Monitorata"))
                .json()
                .path("id")
                .asString();
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(Api.ROME).toString());
        intake.put(
                "privacyNoticeId",
                coordinator
                        .get("/api/v1/privacy-notices/current")
                        .json()
                        .path("id")
                        .asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        assertThat(coordinator
                        .post("/api/v1/persons/" + id + "/intakes", intake)
                        .status())
                .isEqualTo(201);
        // the figures are those of the last refresh (ADR 0034)
        assertThat(takenInCharge("/api/v1/monitoring/centre")).isEqualTo(before);

        refresh.refresh(month.minusMonths(1), month);
        var centre = coordinator.get("/api/v1/monitoring/centre?month=" + month);
        assertThat(centre.status()).isEqualTo(200);
        assertThat(centre.json().path("centreCode").asString()).isEqualTo("CPI-FI");
        assertThat(centre.json().path("current").path("TAKEN_IN_CHARGE").asInt())
                .isEqualTo(before + 1);
        assertThat(centre.json().path("trend").size()).isEqualTo(12);
        assertThat(centre.json().path("operators").toString()).contains("Marco Neri");

        var csv = coordinator.get("/api/v1/monitoring/centre.csv?month=" + month);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .startsWith("\uFEFFcentre,metric,month,previous_month," + month.minusMonths(11))
                .contains("\r\nCPI-FI,TAKEN_IN_CHARGE," + (before + 1) + ",");
        assertThat(coordinator.get("/api/v1/monitoring/centre/operators.csv").body())
                .contains("CPI-FI," + month + ",Marco Neri,");
        // issue 14's third part: each new figure is in the JSON and the CSV; the centre-only ones not per operator
        for (String metric : new String[] {
            "REFERRALS_OVERDUE",
            "CVS_VALID",
            "CVS_EXPIRING",
            "CVS_OBSOLETE",
            "TRANSFERS_REQUESTED",
            "TRANSFERS_PENDING",
            "TRANSFERS_FAILED",
            "PROPOSALS",
            "HIRES",
            "PATHWAYS_CLOSED",
            "PATHWAY_ACTIVATED_PERCENT",
            "SESSIONS_HELD",
            "SESSION_FILL_PERCENT"
        }) {
            assertThat(centre.json().path("current").has(metric)).as(metric).isTrue();
            assertThat(csv.body()).contains("\r\nCPI-FI," + metric + ",");
        }
        assertThat(coordinator.get("/api/v1/monitoring/centre/operators.csv").body())
                .contains(",PROPOSALS,HIRES,PATHWAYS_CLOSED,")
                .doesNotContain("CVS_EXPIRING", "REFERRALS_OVERDUE", "TRANSFERS_FAILED");
        // the same tables as Excel workbooks (fastexcel, ADR 0034)
        for (String path :
                new String[] {"/api/v1/monitoring/centre.xlsx", "/api/v1/monitoring/centre/operators.xlsx"}) {
            var xlsx = coordinator.get(path + "?month=" + month);
            assertThat(xlsx.status()).isEqualTo(200);
            assertThat(xlsx.contentType()).startsWith(Xlsx.MEDIA_TYPE);
            assertThat(xlsx.body()).startsWith("PK");
        }

        var region = as("regionale").get("/api/v1/monitoring/region?month=" + month);
        assertThat(region.status()).isEqualTo(200);
        assertThat(region.json().path("centres").toString()).contains("CPI-FI", "CPI Firenze");
        assertThat(region.body()).doesNotContain("Marco Neri", "Monitorata", "operators");
        boolean found = false;
        for (var c : region.json().path("centres")) {
            if (c.path("centreCode").asString().equals("CPI-FI")) {
                found = true;
                assertThat(c.path("current").path("TAKEN_IN_CHARGE").asInt()).isEqualTo(before + 1);
            }
        }
        assertThat(found).isTrue();
        assertThat(as("regionale").get("/api/v1/monitoring/region.xlsx").contentType())
                .startsWith(Xlsx.MEDIA_TYPE);
        assertThat(as("regionale").get("/api/v1/monitoring/region.csv").body())
                .startsWith("\uFEFFcentre,name,month,TAKEN_IN_CHARGE")
                .contains("CPI-FI,CPI Firenze,");
    }

    @Test
    void eachRoleReadsOnlyItsOwnViewAndABadMonthIsRefused() {
        assertThat(as("coordinatore").get("/api/v1/monitoring/region").status()).isEqualTo(403);
        assertThat(as("regionale").get("/api/v1/monitoring/centre").status()).isEqualTo(403);
        assertThat(as("operatore").get("/api/v1/monitoring/centre").status()).isEqualTo(403);
        assertThat(as("operatore").get("/api/v1/monitoring/centre.csv").status())
                .isEqualTo(403);
        assertThat(as("operatore").get("/api/v1/monitoring/centre.xlsx").status())
                .isEqualTo(403);
        assertThat(as("coordinatore").get("/api/v1/monitoring/region.xlsx").status())
                .isEqualTo(403);
        assertThat(as("coordinatore")
                        .get("/api/v1/monitoring/centre?month=2026-13")
                        .status())
                .isEqualTo(400);
    }
}
