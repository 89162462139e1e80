package it.orienta.audit;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.organisation.Logins.workingIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.organisation.Logins;
import it.orienta.organisation.Role;
import it.orienta.system.WebSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(AuditController.class)
class AuditControllerTest {

    static final UUID PERSON = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");
    static final AuditLog.AuditFilter NO_FILTER = new AuditLog.AuditFilter(null, null, null, null);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AuditLog log;

    static AuditLog.AuditEntry entry(long id) {
        return new AuditLog.AuditEntry(
                id,
                Instant.parse("2026-11-21T10:15:30Z"),
                "operatore",
                "Giulia Bianchi",
                "CPI-FI",
                "OPERATOR",
                "READ",
                "WorkerFile",
                PERSON.toString(),
                PERSON,
                List.of("taxCode", "email"));
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        assertThat(mvc.get().uri("/audit")).hasStatus(302).hasRedirectedUrl("/login");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void operatorsMayNotBrowseTheLog() {
        assertThat(mvc.get().uri("/audit").with(operator())).hasStatus(403);
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void coordinatorsSeeTheirCurrentCentreOnly() {
        given(log.search(any(), any(), anyInt(), anyInt())).willReturn(List.of(entry(1)));

        var result = mvc.get().uri("/audit").with(coordinator()).exchange();

        assertThat(result).hasStatusOk().hasViewName("audit/log");
        assertThat(result).model().containsEntry("scope", "CPI-FI").containsEntry("hasMore", false);
        assertThat(result)
                .bodyText()
                .contains("Vedi le voci del centro CPI-FI.")
                .contains("21/11/2026 11:15:30", "Giulia Bianchi (operatore)", "Lettura", "taxCode, email")
                .contains("href=\"/audit?personId=" + PERSON + "\"");
        then(log).should().search(NO_FILTER, "CPI-FI", 0, AuditController.PAGE);
    }

    @Test
    void aCoordinatorOfSeveralCentresSeesTheChosenOne() {
        var account = Logins.account(
                "coordinatrice", "Sara Galli", EnumSet.of(Role.COORDINATOR), Logins.CENTRE, Logins.OTHER_CENTRE);
        given(log.search(any(), any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/audit").with(Logins.as(account)).with(workingIn(Logins.OTHER_CENTRE)))
                .hasStatusOk()
                .bodyText()
                .contains("Vedi le voci del centro CPI-PI.");
        then(log).should().search(NO_FILTER, Logins.OTHER_CENTRE, 0, AuditController.PAGE);
    }

    @Test
    void aCoordinatorWithoutCentreSeesNoCentreRatherThanAll() {
        var account = Logins.account("coordinatrice", "Sara Galli", EnumSet.of(Role.COORDINATOR));
        given(log.search(any(), any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/audit").with(Logins.as(account))).hasStatusOk();
        then(log).should().search(NO_FILTER, "-", 0, AuditController.PAGE);
    }

    @Test
    void administratorsSeeEveryCentreWithTheFiltersAsked() {
        given(log.search(any(), any(), anyInt(), anyInt())).willReturn(List.of());

        var result = mvc.get()
                .uri("/audit?personId={p}&username=operatore&from=2026-11-01&to=2026-11-21&page=2", PERSON)
                .with(admin())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("audit/log");
        assertThat(result).model().containsEntry("scope", null).containsEntry("page", 2);
        assertThat(result).bodyText().doesNotContain("Vedi le voci del centro").contains("value=\"operatore\"");
        then(log)
                .should()
                .search(
                        new AuditLog.AuditFilter(
                                PERSON, "operatore", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 21)),
                        null,
                        2,
                        AuditController.PAGE);
    }

    @Test
    void onePageShowsFiftyEntriesAndLinksTheNext() {
        var rows = IntStream.rangeClosed(1, 51)
                .mapToObj(AuditControllerTest::entry)
                .toList();
        given(log.search(any(), any(), anyInt(), anyInt())).willReturn(rows);

        var result = mvc.get().uri("/audit?username=operatore").with(admin()).exchange();

        assertThat(result)
                .hasStatusOk()
                .model()
                .containsEntry("hasMore", true)
                .containsEntry("entries", rows.subList(0, 50));
        assertThat(result)
                .bodyText()
                .contains("href=\"/audit?personId=&amp;username=operatore&amp;from=&amp;to=&amp;page=1\"");
    }

    @Test
    void aNegativePageIsTheFirst() {
        given(log.search(any(), any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/audit?page=-4").with(admin()))
                .hasStatusOk()
                .model()
                .containsEntry("page", 0);
        then(log).should().search(NO_FILTER, null, 0, AuditController.PAGE);
    }

    @Test
    void aDateThatIsNoDateIsABadRequest() {
        assertThat(mvc.get().uri("/audit?from=ieri").with(admin())).hasStatus(400);
        then(log).shouldHaveNoInteractions();
    }
}
