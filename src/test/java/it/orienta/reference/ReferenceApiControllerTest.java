package it.orienta.reference;

import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertFieldError;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.web.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(ReferenceApiController.class)
class ReferenceApiControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReferenceService reference;

    static ReferenceCode florence() {
        return new ReferenceCode(CodeSystem.MUNICIPALITY, "048017", "Firenze", null, null, 1, "FI", "D612", false);
    }

    @Test
    void anonymousGetsAProblemAskingToAuthenticate() {
        assertProblem(mvc.get().uri("/api/v1/reference/municipalities?q=fir").exchange(), 401, "auth.required");
        then(reference).shouldHaveNoInteractions();
    }

    @Test
    void searchesATable() {
        given(reference.search(CodeSystem.MUNICIPALITY, "fir", 20)).willReturn(List.of(florence()));

        var result = mvc.get()
                .uri("/api/v1/reference/municipalities?q=fir")
                .with(operator())
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$[0].code").isEqualTo("048017");
        assertThat(result).bodyJson().extractingPath("$[0].belfiore").isEqualTo("D612");
        then(reference).should().search(CodeSystem.MUNICIPALITY, "fir", 20);
    }

    @Test
    void searchPassesTheLimitOn() {
        given(reference.search(CodeSystem.PROFESSION, "cuoco", 5)).willReturn(List.of());

        assertThat(mvc.get()
                        .uri("/api/v1/reference/professions?q=cuoco&limit=5")
                        .with(operator()))
                .hasStatusOk()
                .hasBodyTextEqualTo("[]");
        then(reference).should().search(CodeSystem.PROFESSION, "cuoco", 5);
    }

    @Test
    void aSearchNeedsWhatToLookFor() {
        var result = mvc.get()
                .uri("/api/v1/reference/municipalities")
                .with(operator())
                .exchange();

        assertProblem(result, 400, "request.missing-parameter");
        assertFieldError(result, "q", "request.missing-parameter");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Manca il parametro q.");
        then(reference).shouldHaveNoInteractions();
    }

    @Test
    void aLimitThatIsNoNumberIsABadRequest() {
        var result = mvc.get()
                .uri("/api/v1/reference/municipalities?q=fir&limit=many")
                .with(operator())
                .exchange();

        assertProblem(result, 400, "request.invalid-parameter");
        assertFieldError(result, "limit", "request.invalid-parameter");
        then(reference).shouldHaveNoInteractions();
    }

    @Test
    void anUnknownTableIsNotFound() {
        var result = mvc.get()
                .uri("/api/v1/reference/planets?q=mar")
                .with(operator())
                .exchange();

        assertProblem(result, 404, "not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("CodeSystem planets non trovato.");
        then(reference).shouldHaveNoInteractions();
    }

    @Test
    void readsOneCode() {
        given(reference.find(CodeSystem.MUNICIPALITY, "048017")).willReturn(Optional.of(florence()));

        assertThat(mvc.get().uri("/api/v1/reference/municipalities/048017").with(operator()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.display")
                .isEqualTo("Firenze");
        then(reference).should().find(CodeSystem.MUNICIPALITY, "048017");
    }

    @Test
    void anUnknownCodeIsNotFoundInTheAskedLanguage() {
        given(reference.find(CodeSystem.MUNICIPALITY, "999999")).willReturn(Optional.empty());

        var result = mvc.get()
                .uri("/api/v1/reference/municipalities/999999")
                .header("Accept-Language", "en")
                .with(operator())
                .exchange();

        assertProblem(result, 404, "not-found");
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Not found");
    }

    @Test
    void listsTheSepSectors() {
        given(reference.sepSectors())
                .willReturn(List.of(new ReferenceService.SepSector(10, "2024", "Servizi turistici")));

        assertThat(mvc.get().uri("/api/v1/reference/sep-sectors").with(operator()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].label")
                .isEqualTo("Servizi turistici");
        then(reference).should().sepSectors();
        then(reference).shouldHaveNoMoreInteractions();
    }
}
