package it.orienta.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.organisation.CurrentActor;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What a controller slice of Orienta needs besides what {@code @WebMvcTest} finds on its own.
 *
 * <p>{@code @WebMvcTest} already picks up, whatever controllers a test names: {@link ApiExceptionHandler} and
 * {@link PageErrors} (controller advice), {@link RequestSizeLimitFilter} (a filter),
 * {@link WebConfiguration} (a {@code WebMvcConfigurer}, with the locale resolver) and the organisation module's
 * {@code CentreChoiceInterceptor} (another {@code WebMvcConfigurer}). Those need beans the slice does not scan, so
 * this configuration adds them:
 *
 * <ul>
 *   <li>{@link SecurityConfiguration}: the two filter chains (API: HTTP Basic, stateless, no CSRF; pages: form
 *       login and CSRF), the password encoder and method security;
 *   <li>{@link ProblemWriter}, for the API's entry point, access-denied handler, the size filter and the advice;
 *   <li>{@link ApiProperties}, bound from {@code orienta.api.*} (the application binds it through
 *       {@code @ConfigurationPropertiesScan}, which slices do not apply);
 *   <li>{@link ErrorPages}, the container's error dispatch target, for {@link #errorDispatch};
 *   <li>{@link JacksonConfiguration}, the API's strict JSON (date-times with offsets, no coercion, unknown fields
 *       refused);
 *   <li>{@link CurrentActor}, the real one: tests log in with an operator principal (see
 *       {@code it.orienta.organisation.Logins}), so the interceptor and controllers see a real account and centre.
 * </ul>
 *
 * The organisation module's {@code OrganisationService} (needed by the interceptor) is mocked by
 * {@link WebSliceTest}. {@code SecurityProperties} is not needed: only the login throttle and the account service
 * read it, and no slice loads them.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    SecurityConfiguration.class,
    ProblemWriter.class,
    ErrorPages.class,
    CurrentActor.class,
    JacksonConfiguration.class
})
@EnableConfigurationProperties(ApiProperties.class)
public class WebSlice {

    /** The type of Orienta's problem details, as the API writes them: {@code TYPE_BASE + code}. */
    public static final String PROBLEM_TYPE_BASE = ProblemWriter.TYPE_BASE;

    /**
     * What the servlet container does after a request ended with {@code sendError} and no body (MockMvc stops
     * there): an ERROR dispatch to {@code /error} with the status and the original path as request attributes and
     * the original request's {@code Accept} and {@code Accept-Language}.
     */
    public static MvcTestResult errorDispatch(MockMvcTester mvc, MvcTestResult failed) {
        var original = failed.getRequest();
        var request = mvc.get().uri("/error").with(r -> {
            r.setDispatcherType(DispatcherType.ERROR);
            r.setAttribute(
                    RequestDispatcher.ERROR_STATUS_CODE, failed.getResponse().getStatus());
            r.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, original.getRequestURI());
            r.setAttribute(RequestDispatcher.ERROR_MESSAGE, failed.getResponse().getErrorMessage());
            return r;
        });
        if (original.getHeader(HttpHeaders.ACCEPT) != null) {
            request.header(HttpHeaders.ACCEPT, original.getHeader(HttpHeaders.ACCEPT));
        }
        if (original.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, original.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return request.exchange();
    }

    /**
     * The response is one of Orienta's problem details: the status, {@code application/problem+json}, and the
     * stable {@code code} repeated in {@code type}.
     */
    public static void assertProblem(MvcTestResult result, int status, String code) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.status").isEqualTo(status);
        json.extractingPath("$.code").isEqualTo(code);
        json.extractingPath("$.type").isEqualTo(PROBLEM_TYPE_BASE + code);
    }

    /** The problem names {@code field} in {@code errors[]} with this code. */
    public static void assertFieldError(MvcTestResult result, String field, String code) {
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[?(@.field == '" + field + "')].code")
                .asArray()
                .containsExactly(code);
    }
}
