package it.orienta.skillsaudit;

import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertFieldError;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import it.orienta.guidance.GuidanceFixtures;
import it.orienta.person.PersonService;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebSliceTest(SkillsAuditApiController.class)
class SkillsAuditApiControllerTest {

    static final UUID ID = GuidanceFixtures.ENGAGEMENT;
    static final String PATH = "/api/v1/engagements/" + ID + "/audit-document";
    static final String BODY = """
            {"history": "Diploma", "skills": "Excel", "gaps": "Inglese", "recommendations": "Corso"}
            """;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SkillsAuditDocuments documents;

    @MockitoBean
    PersonService persons;

    MvcTestResult put(String ifMatch, RequestPostProcessor login) {
        var request = mvc.put()
                .uri(PATH)
                .with(login)
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    @Test
    void theApiNeedsCredentials() {
        RequestPostProcessor nobody = request -> request;
        assertProblem(mvc.get().uri(PATH).exchange(), 401, "auth.required");
        assertProblem(mvc.get().uri(PATH + "/pdf").exchange(), 401, "auth.required");
        assertProblem(put("\"1\"", nobody), 401, "auth.required");
        assertProblem(
                mvc.post().uri(PATH + "/complete").header("If-Match", "\"1\"").exchange(), 401, "auth.required");
        then(documents).shouldHaveNoInteractions();
    }

    @Test
    void theDocumentComesWithItsVersionAsETagAndItsReadIsAuditedOnceByTheService() {
        given(documents.document(ID)).willReturn(SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.DRAFT));
        var result = mvc.get().uri(PATH).with(operator()).exchange();
        assertThat(result).hasStatusOk().hasHeader("ETag", "\"2\"");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("DRAFT");
        assertThat(result).bodyJson().extractingPath("$.gaps").isEqualTo("Inglese commerciale");
        // the read is audited once, by the service through the access policy: no second audit here
        then(persons).should(never()).open(any(), any());
        then(documents).should().document(ID);
    }

    @Test
    void anEngagementThatIsNotASkillsAuditHasNoDocument() {
        given(documents.document(ID)).willThrow(new NotFoundException("SkillsAuditDocument", ID));
        assertProblem(mvc.get().uri(PATH).with(operator()).exchange(), 404, "not-found");
    }

    @Test
    void savingNeedsIfMatchAndSendsTheSectionsWithTheVersion() {
        assertProblem(put(null, operator()), 422, "version.required");
        given(documents.save(ID, new SkillsAuditDocuments.Sections("Diploma", "Excel", "Inglese", "Corso"), 2L))
                .willReturn(SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.DRAFT));
        assertThat(put("\"2\"", operator())).hasStatusOk().hasHeader("ETag", "\"2\"");
    }

    @Test
    void aCompletedDocumentRefusesAnEditAsAConflict() {
        given(documents.save(any(), any(), any(Long.class)))
                .willThrow(new SkillsAuditRules.Conflict("guidance.audit.completed"));
        var result = put("\"3\"", operator());
        assertProblem(result, 409, "guidance.audit.completed");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("Il documento è già completato e non si può più modificare.");
    }

    @Test
    void aStaleVersionAnswersWithTheCurrentDocument() {
        var current = SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.DRAFT);
        given(documents.save(any(), any(), any(Long.class))).willThrow(new StaleVersionException(2, current));
        var result = put("\"1\"", operator());
        assertProblem(result, 409, "version.stale");
        assertThat(result).hasHeader("ETag", "\"2\"");
        assertThat(result).bodyJson().extractingPath("$.current.gaps").isEqualTo("Inglese commerciale");
    }

    @Test
    void completingNamesEachRefusalAtItsField() {
        given(documents.complete(ID, 2L))
                .willThrow(RuleViolationException.of(List.of(
                        Violation.of("guidance.audit.section.required", "skills"),
                        Violation.of("guidance.audit.engagement-open", null))));
        var refused = mvc.post()
                .uri(PATH + "/complete")
                .with(operator())
                .header("If-Match", "\"2\"")
                .exchange();
        assertProblem(refused, 422, "guidance.audit.section.required");
        assertFieldError(refused, "skills", "guidance.audit.section.required");

        given(documents.complete(ID, 3L))
                .willReturn(SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.COMPLETED));
        var done = mvc.post()
                .uri(PATH + "/complete")
                .with(operator())
                .header("If-Match", "\"3\"")
                .exchange();
        assertThat(done).hasStatusOk().hasHeader("ETag", "\"3\"");
        assertThat(done).bodyJson().extractingPath("$.status").isEqualTo("COMPLETED");
    }

    @Test
    void thePdfIsAPdf() {
        given(documents.document(ID)).willReturn(SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.DRAFT));
        given(documents.pdf(ID)).willReturn("%PDF-1.7".getBytes());
        var result = mvc.get().uri(PATH + "/pdf").with(operator()).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        // the read is audited once, by the service through the access policy: no second audit here
        then(persons).should(never()).open(any(), any());
        then(documents).should(never()).document(any());
    }
}
