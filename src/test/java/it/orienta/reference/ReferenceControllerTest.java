package it.orienta.reference;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.web.WebSliceTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(ReferenceController.class)
class ReferenceControllerTest {

    static final String XML = "<CodeSystem xmlns=\"http://hl7.org/fhir\"><id value=\"istat-comuni\"/></CodeSystem>";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReferenceService reference;

    static ReferenceCode florence() {
        return new ReferenceCode(CodeSystem.MUNICIPALITY, "048017", "Firenze", null, null, 1, "FI", "D612", false);
    }

    static MockMultipartFile file(String content) {
        return new MockMultipartFile("file", "comuni.xml", "application/xml", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        assertThat(mvc.get().uri("/reference/municipalities/options?field=q&q=fir"))
                .hasStatus(302)
                .hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/admin/reference")).hasStatus(302).hasRedirectedUrl("/login");
        then(reference).shouldHaveNoInteractions();
    }

    @Test
    void optionsForWhatWasTypedInTheNamedField() {
        given(reference.search(CodeSystem.MUNICIPALITY, "fir", 15)).willReturn(List.of(florence()));

        var result = mvc.get()
                .uri("/reference/municipalities/options?field=birthMunicipalityCode&birthMunicipalityCode=fir")
                .header("HX-Request", "true")
                .with(operator())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("reference/options :: options");
        assertThat(result).model().containsEntry("options", List.of("Firenze (FI) · 048017"));
        assertThat(result).bodyText().isEqualToIgnoringWhitespace("<option value=\"Firenze (FI) · 048017\"></option>");
        then(reference).should().search(CodeSystem.MUNICIPALITY, "fir", 15);
    }

    @Test
    void optionsOfAnEmptyFieldSearchTheEmptyText() {
        assertThat(mvc.get()
                        .uri("/reference/education-titles/options?field=titleCode")
                        .with(operator()))
                .hasStatusOk()
                .model()
                .containsEntry("options", List.of());
        then(reference).should().search(CodeSystem.EDUCATION_TITLE, "", 15);
    }

    @Test
    void optionsOfAnUnknownTableAreNotFound() {
        assertThat(mvc.get().uri("/reference/planets/options?field=q&q=mar").with(operator()))
                .hasStatus(404)
                .hasViewName("error");
        then(reference).shouldHaveNoInteractions();
    }

    @Test
    void theAdminPageIsForAdministratorsOnly() {
        assertThat(mvc.get().uri("/admin/reference").with(operator())).hasStatus(403);
        assertThat(mvc.get().uri("/admin/reference").with(coordinator())).hasStatus(403);
        then(reference).shouldHaveNoInteractions();
    }

    @Test
    void theAdminPageCountsTheCodesOfEachTable() {
        given(reference.count(any())).willReturn(0L);
        given(reference.count(CodeSystem.MUNICIPALITY)).willReturn(7904L);

        var result = mvc.get().uri("/admin/reference").with(admin()).exchange();

        assertThat(result).hasStatusOk().hasViewName("reference/admin");
        assertThat(result)
                .bodyText()
                .contains("<td>Comuni</td><td>7.904</td>")
                .contains("enctype=\"multipart/form-data\"")
                .contains("name=\"_csrf\"");
        for (var system : CodeSystem.values()) {
            then(reference).should().count(system);
        }
    }

    @Test
    void anUploadWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post()
                        .uri("/admin/reference")
                        .multipart()
                        .file(file(XML))
                        .with(admin()))
                .hasStatus(403);
        then(reference).shouldHaveNoInteractions();
    }

    @Test
    void anUploadByAnOperatorIsForbidden() {
        assertThat(mvc.post()
                        .uri("/admin/reference")
                        .multipart()
                        .file(file(XML))
                        .with(operator())
                        .with(csrf()))
                .hasStatus(403);
        then(reference).shouldHaveNoInteractions();
    }

    @Test
    void importsTheFileAsTheAdministratorAndShowsTheReport() {
        var read = new AtomicReference<String>();
        given(reference.importFhir(any(), anyString(), any(), any())).willAnswer(call -> {
            read.set(new String(call.<InputStream>getArgument(0).readAllBytes(), StandardCharsets.UTF_8));
            return new ImportReport(
                    CodeSystem.MUNICIPALITY,
                    "comuni.xml",
                    3,
                    1,
                    1,
                    0,
                    2,
                    List.of(new ImportReport.Rejection(3, "48x", "reference.concept.code-invalid")));
        });

        var result = mvc.post()
                .uri("/admin/reference")
                .multipart()
                .file(file(XML))
                .param("system", "MUNICIPALITY")
                .with(admin())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("reference/admin");
        assertThat(result)
                .bodyText()
                .contains("Esito dell’importazione di comuni.xml")
                .contains("<dd class=\"col-sm-9\" id=\"report-imported\">1</dd>")
                .contains("<td>48x</td><td>codice non valido per questa tabella</td>");
        var actor = ArgumentCaptor.forClass(Actor.class);
        then(reference).should().importFhir(any(), eq("comuni.xml"), eq(CodeSystem.MUNICIPALITY), actor.capture());
        assertThat(read.get()).isEqualTo(XML);
        assertThat(actor.getValue().username()).isEqualTo("amministratore");
        assertThat(actor.getValue().roles()).isEqualTo("ADMIN");
        assertThat(actor.getValue().centreCode()).isEqualTo("CPI-FI");
    }

    @Test
    void withoutATableTheFileSaysWhichItIs() {
        given(reference.importFhir(any(), anyString(), any(), any()))
                .willReturn(new ImportReport(CodeSystem.COUNTRY, "stati.xml", 1, 1, 0, 0, 0, List.of()));

        assertThat(mvc.post()
                        .uri("/admin/reference")
                        .multipart()
                        .file(file(XML))
                        .param("system", "")
                        .with(admin())
                        .with(csrf()))
                .hasStatusOk();
        then(reference).should().importFhir(any(), eq("comuni.xml"), isNull(), any());
    }

    @Test
    void anEmptyFileIsRefusedWithoutImporting() {
        var result = mvc.post()
                .uri("/admin/reference")
                .multipart()
                .file(file(""))
                .with(admin())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("reference/admin");
        assertThat(result)
                .bodyText()
                .contains("id=\"upload-errors\"")
                .contains("Il file non contiene nessun codice valido.");
        then(reference).should(never()).importFhir(any(), any(), any(), any());
    }

    @Test
    void aRefusedFileShowsWhy() {
        given(reference.importFhir(any(), anyString(), any(), any()))
                .willThrow(new RuleViolationException("reference.file.empty", "file"));

        var result = mvc.post()
                .uri("/admin/reference")
                .multipart()
                .file(file(XML))
                .with(admin())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("reference/admin");
        assertThat(result)
                .bodyText()
                .contains("id=\"upload-errors\"", "Il file non contiene nessun codice valido.")
                .doesNotContain("id=\"report-title\"");
    }

    /**
     * PRODUCTION BUG: {@code reference/admin.html} passes the arguments as one array to
     * {@code #messages.msgOrNull(key, param)}, so the page shows {@code [Ljava.lang.Object;@…} instead of them.
     */
    @Test
    void aRefusedFileNamesWhatItFound() {
        given(reference.importFhir(any(), anyString(), any(), any()))
                .willThrow(new RuleViolationException("reference.file.other-system", "file", "istat-comuni"));

        var result = mvc.post()
                .uri("/admin/reference")
                .multipart()
                .file(file(XML))
                .param("system", "COUNTRY")
                .with(admin())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("reference/admin");
        assertThat(result)
                .bodyText()
                .contains("id=\"upload-errors\"")
                .contains("Il file contiene un’altra tabella (id istat-comuni).")
                .doesNotContain("id=\"report-title\"");
    }
}
