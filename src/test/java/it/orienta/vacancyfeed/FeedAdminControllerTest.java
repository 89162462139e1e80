package it.orienta.vacancyfeed;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.web.WebSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The import's page: administrators only, the cursors and runs, "import now" behind CSRF. */
@WebSliceTest(FeedAdminController.class)
@Import(FeedAdminControllerTest.Properties.class)
class FeedAdminControllerTest {

    static final String PAGE = "/admin/vacancy-feed";

    @TestConfiguration
    @EnableConfigurationProperties(FeedProperties.class)
    static class Properties {}

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    FeedImport imports;

    @MockitoBean
    FeedStore store;

    static final FeedImport.Run RUN = new FeedImport.Run(
            UUID.randomUUID(),
            "SCHEDULE",
            "FAILED",
            "node-1",
            Instant.parse("2026-12-07T08:00:00Z"),
            Instant.parse("2026-12-07T08:00:02Z"),
            3,
            300,
            1000,
            1200,
            100,
            0,
            0,
            1,
            "regional system: HTTP 503",
            2000L);

    @BeforeEach
    void state() {
        given(imports.hasSink()).willReturn(true);
        given(imports.runs(20)).willReturn(List.of(RUN));
        given(store.cursors())
                .willReturn(List.of(new FeedStore.Cursor(
                        FeedClient.Feed.VACANCIES,
                        Instant.parse("2026-12-07T07:59:00Z"),
                        "V0001000",
                        Instant.parse("2026-12-07T08:00:02Z"))));
        given(imports.run(FeedImport.Trigger.ADMIN)).willReturn(Optional.of(RUN));
    }

    @Test
    void isForAdministratorsOnly() {
        assertThat(mvc.get().uri(PAGE)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(PAGE).with(operator())).hasStatus(403);
        assertThat(mvc.post().uri(PAGE + "/run").with(operator()).with(csrf())).hasStatus(403);
        then(imports).should(never()).run(FeedImport.Trigger.ADMIN);
    }

    @Test
    void showsTheCursorsAndRunsAndImportsNowWithCsrf() {
        assertThat(mvc.get().uri(PAGE).with(admin()))
                .hasStatusOk()
                .bodyText()
                .contains("V0001000")
                .contains("Interrotta")
                .contains("regional system: HTTP 503")
                .contains("300 datori di lavoro, 1.000 offerte (3 pagine)");
        assertThat(mvc.post().uri(PAGE + "/run").with(admin())).hasStatus(403);
        assertThat(mvc.post().uri(PAGE + "/run").with(admin()).with(csrf())).hasStatus3xxRedirection();
        then(imports).should().run(FeedImport.Trigger.ADMIN);
    }
}
