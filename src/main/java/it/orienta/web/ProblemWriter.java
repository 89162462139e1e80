package it.orienta.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details with a stable {@code code}, a localised title/detail, and writes them where
 * no controller advice reaches (security entry points, filters).
 */
@Component
class ProblemWriter {

    static final String TYPE_BASE = "https://orienta.toscana.it/problems/";

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemWriter(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    /**
     * The language of the answer. Inside Spring MVC the request's resolver; in the filters that run before it (the
     * security chain's entry point, the size limit) the same resolver, so that those answers too are Italian unless
     * the client asks for English — never the server's default locale.
     */
    Locale locale(HttpServletRequest request) {
        return RequestContextUtils.getLocaleResolver(request) != null
                ? RequestContextUtils.getLocale(request)
                : locales.resolveLocale(request);
    }

    ProblemDetail problem(HttpServletRequest request, int status, String code, Object[] args) {
        var locale = locale(request);
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code));
        var reason = HttpStatus.resolve(status);
        problem.setTitle(messages.getMessage(
                "problem.title." + status,
                null,
                reason == null ? String.valueOf(status) : reason.getReasonPhrase(),
                locale));
        problem.setDetail(messages.getMessage("rule." + code, args, code, locale));
        problem.setProperty("code", code);
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(URI.create(original instanceof String uri ? uri : request.getRequestURI()));
        return problem;
    }

    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String code,
            Map<String, Object> extra)
            throws IOException {
        var problem = problem(request, status, code, args(extra));
        extra.forEach(problem::setProperty);
        response.setStatus(status);
        // written before (or instead of) the security chain's header writer: the API's headers, unless already set
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "Content-Security-Policy", SecurityConfiguration.API_POLICY);
        setIfAbsent(response, "Referrer-Policy", "same-origin");
        setIfAbsent(response, "Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
        setIfAbsent(response, "Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }

    /** The values of {@code extra} are also the detail's arguments ({@code {0}}), in their order. */
    private static Object[] args(Map<String, Object> extra) {
        return extra.values().toArray();
    }
}
