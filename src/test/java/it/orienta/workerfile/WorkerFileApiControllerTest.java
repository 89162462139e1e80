package it.orienta.workerfile;

import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertFieldError;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.person.PersonFixtures;
import it.orienta.person.SpecialCategoryData;
import it.orienta.system.NotFoundException;
import it.orienta.web.WebSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(WorkerFileApiController.class)
class WorkerFileApiControllerTest {

    static final UUID ID = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");

    static final TimelineEntry EXPORTED = new TimelineEntry(
            UUID.fromString("e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9"),
            Instant.parse("2026-11-21T10:15:00Z"),
            "file",
            "timeline.file.exported",
            List.of(),
            "Giulia Bianchi",
            "CPI-FI");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    WorkerFileService files;

    @Test
    void anonymousGetsAProblemAskingToAuthenticate() {
        assertProblem(mvc.get().uri("/api/v1/persons/{id}/timeline", ID).exchange(), 401, "auth.required");
        assertProblem(mvc.get().uri("/api/v1/persons/{id}/export", ID).exchange(), 401, "auth.required");
        then(files).shouldHaveNoInteractions();
    }

    @Test
    void timelineDefaultsToEveryKindFirstPageOfTwenty() {
        given(files.timeline(ID, List.of(), 0, 20))
                .willReturn(new WorkerFileService.TimelinePage(List.of(EXPORTED), 0, false, List.of("file")));

        var result = mvc.get()
                .uri("/api/v1/persons/{id}/timeline", ID)
                .with(operator())
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.entries[0].eventId")
                .isEqualTo(EXPORTED.eventId().toString());
        assertThat(result).bodyJson().extractingPath("$.kinds").asArray().containsExactly("file");
        then(files).should().timeline(ID, List.of(), 0, 20);
    }

    @Test
    void timelinePassesKindsAndPageOn() {
        given(files.timeline(ID, List.of("intake", "consent"), 2, 5))
                .willReturn(new WorkerFileService.TimelinePage(List.of(), 2, false, List.of()));

        assertThat(mvc.get()
                        .uri("/api/v1/persons/{id}/timeline?kind=intake&kind=consent&page=2&size=5", ID)
                        .with(operator()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.page")
                .isEqualTo(2);
        then(files).should().timeline(ID, List.of("intake", "consent"), 2, 5);
    }

    @Test
    void aPageThatIsNoNumberIsABadRequest() {
        var result = mvc.get()
                .uri("/api/v1/persons/{id}/timeline?page=last", ID)
                .with(operator())
                .exchange();

        assertProblem(result, 400, "request.invalid-parameter");
        assertFieldError(result, "page", "request.invalid-parameter");
        then(files).shouldHaveNoInteractions();
    }

    @Test
    void exportsTheWholeFile() {
        given(files.export(ID))
                .willReturn(new WorkerFileService.Export(
                        Instant.parse("2026-11-21T10:15:00Z"),
                        PersonFixtures.rossi(ID, 2),
                        new SpecialCategoryData(false, null, null),
                        List.of(),
                        List.of(),
                        List.of(EXPORTED)));

        var result = mvc.get()
                .uri("/api/v1/persons/{id}/export", ID)
                .with(operator())
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.person.id").isEqualTo(ID.toString());
        assertThat(result)
                .bodyJson()
                .extractingPath("$.specialCategoryData.disabilityL68")
                .isEqualTo(false);
        then(files).should().export(ID);
    }

    @Test
    void exportingAnUnknownPersonIsNotFound() {
        given(files.export(ID)).willThrow(new NotFoundException("Person", ID));

        assertProblem(
                mvc.get()
                        .uri("/api/v1/persons/{id}/export", ID)
                        .with(operator())
                        .exchange(),
                404,
                "not-found");
    }

    @Test
    void anIdThatIsNoUuidIsABadRequest() {
        var result = mvc.get().uri("/api/v1/persons/42/export").with(operator()).exchange();

        assertProblem(result, 400, "request.invalid-parameter");
        assertFieldError(result, "id", "request.invalid-parameter");
        then(files).shouldHaveNoInteractions();
    }
}
