package it.orienta.cv;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a CV upload whose declared length is well over the CV's limit before anything reads it, with the same
 * message a file just over the limit gets ({@code cv.file.too-large}) instead of the multipart parser's failure:
 * the page is sent back to the CV page with the refusal at the file field, the API answers 413 with the problem
 * detail. It runs before security: it reads nothing and changes nothing, and the container swallows the unread body
 * (server.tomcat.max-swallow-size), so the browser gets the answer rather than a reset connection. Uploads without a
 * declared length are judged by the service after parsing (up to the multipart limit). Registered by {@link
 * Registration}, so that other modules' controller slices do not load it.
 */
class CvUploadLimitFilter extends OncePerRequestFilter {

    /** Room for the multipart envelope and the form's other fields around the file. */
    static final long ENVELOPE = 64 * 1024;

    static final String REFUSED_PARAMETER = "refused";

    private static final Pattern PAGE = Pattern.compile("/persons/([0-9a-fA-F-]{36})/cv/upload");
    private static final Pattern API = Pattern.compile("/api/v1/persons/([0-9a-fA-F-]{36})/cv");

    private final CvProperties properties;
    private final MessageSource messages;
    private final JsonMapper json;

    CvUploadLimitFilter(CvProperties properties, MessageSource messages, JsonMapper json) {
        this.properties = properties;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var page = PAGE.matcher(path);
        var api = API.matcher(path);
        boolean upload = page.matches() || api.matches();
        if (!upload || request.getContentLengthLong() <= properties.maxSize().toBytes() + ENVELOPE) {
            chain.doFilter(request, response);
            return;
        }
        if (page.matches()) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(
                    "Location",
                    request.getContextPath() + "/persons/" + page.group(1) + "/cv?" + REFUSED_PARAMETER
                            + "=too-large#upload");
            return;
        }
        var locale = request.getLocale();
        long mb = CvFileRules.megabytes(properties.maxSize().toBytes());
        String code = "cv.file.too-large";
        var problem = ProblemDetail.forStatus(413);
        problem.setType(URI.create("https://orienta.toscana.it/problems/" + code));
        problem.setTitle(messages.getMessage("problem.title.413", null, "Content Too Large", locale));
        String detail = messages.getMessage("rule." + code, new Object[] {mb}, code, locale);
        problem.setDetail(detail);
        problem.setProperty("code", code);
        problem.setProperty("errors", List.of(Map.of("field", CvFileRules.FIELD, "code", code, "message", detail)));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(413);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Registers the filter ahead of security and of the API's body-size filter. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<CvUploadLimitFilter> cvUploadLimitFilter(
                CvProperties properties, MessageSource messages, JsonMapper json) {
            var registration = new FilterRegistrationBean<>(new CvUploadLimitFilter(properties, messages, json));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
            registration.addUrlPatterns("/persons/*", "/api/v1/persons/*");
            return registration;
        }
    }
}
