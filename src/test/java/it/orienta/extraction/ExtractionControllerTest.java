package it.orienta.extraction;

import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.reference.ReferenceService;
import it.orienta.web.WebSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The extraction's page and API over a mocked service: the job's states as the page and the API show them. */
@WebSliceTest({ExtractionController.class, ExtractionApiController.class})
class ExtractionControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Extractions extractions;

    @MockitoBean
    ReferenceService reference;

    static ExtractionJob job(ExtractionJob.State state, long written, String reason) {
        return new ExtractionJob(
                UUID.randomUUID(),
                state,
                ExtractionWriter.Format.CSV,
                Locale.ITALIAN,
                new ExtractionFilter(null, null, null, true, false, false, null),
                null,
                "operatore",
                "CPI-FI",
                10,
                written,
                1,
                state == ExtractionJob.State.RUNNING ? "a/1" : null,
                null,
                reason,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                Instant.EPOCH.plusSeconds(3600));
    }

    @Test
    void theExtractionPageStartsAJobWithTheCsrfTokenAndShowsItsProgress() {
        assertThat(mvc.get().uri("/occupations/extraction")).hasStatus(302);
        given(reference.sepSectors()).willReturn(List.of(new ReferenceService.SepSector(23, "2022", "Turismo")));
        given(extractions.count(any())).willReturn(42L);
        var page = mvc.get()
                .uri("/occupations/extraction?count=true&sepSector=23")
                .with(operator())
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("42 righe", "role=\"combobox\"");
        assertThat(mvc.post().uri("/occupations/extraction").with(operator()).param("format", "CSV"))
                .hasStatus(403);
        var job = job(ExtractionJob.State.RUNNING, 4, null);
        given(extractions.start(any(), eq(ExtractionWriter.Format.CSV), any())).willReturn(job);
        assertThat(mvc.post()
                        .uri("/occupations/extraction")
                        .with(operator())
                        .with(csrf())
                        .param("format", "CSV")
                        .param("fromWork", "true"))
                .hasStatus(302)
                .hasRedirectedUrl("/occupations/extraction/" + job.id());
        given(extractions.job(job.id())).willReturn(job);
        assertThat(mvc.get().uri("/occupations/extraction/" + job.id()).with(operator()))
                .bodyText()
                .contains("data-poll=\"/occupations/extraction/" + job.id() + "/progress\"", "In corso: 4 righe su 10")
                .contains("value=\"40\"");
        assertThat(mvc.get()
                        .uri("/occupations/extraction/" + job.id() + "/file")
                        .with(operator()))
                .hasStatus(409);
        then(extractions).should(org.mockito.Mockito.never()).write(any(), any(), any(), any());
    }

    @Test
    void aJobInterruptedByItsNodeSaysWhyAndStopsPolling() {
        var queued = job(ExtractionJob.State.QUEUED, 0, null);
        given(extractions.job(queued.id())).willReturn(queued);
        assertThat(mvc.get()
                        .uri("/occupations/extraction/" + queued.id() + "/progress")
                        .with(operator()))
                .bodyText()
                .contains("data-poll=", "In coda");

        var failed = job(ExtractionJob.State.FAILED, 3, ExtractionJob.INTERRUPTED);
        given(extractions.job(failed.id())).willReturn(failed);
        assertThat(mvc.get()
                        .uri("/occupations/extraction/" + failed.id() + "/progress")
                        .with(operator()))
                .bodyText()
                .contains("Interrotta: il nodo che la eseguiva si è fermato")
                .doesNotContain("data-poll=");
        var api = mvc.get()
                .uri("/api/v1/occupation-extractions/" + failed.id())
                .header("Accept-Language", "en")
                .with(operator())
                .exchange();
        assertThat(api).hasStatusOk();
        assertThat(api).bodyJson().extractingPath("$.reason").isEqualTo(ExtractionJob.INTERRUPTED);
        assertThat(api).bodyJson().extractingPath("$.reasonText").isEqualTo("Interrupted: the node running it stopped");
        assertThat(mvc.get()
                        .uri("/api/v1/occupation-extractions/" + failed.id() + "/file")
                        .with(operator()))
                .hasStatus(409);

        var expired = job(ExtractionJob.State.EXPIRED, 10, null);
        given(extractions.job(expired.id())).willReturn(expired);
        assertThat(mvc.get()
                        .uri("/occupations/extraction/" + expired.id() + "/file")
                        .with(operator()))
                .hasStatus(410);
    }
}
