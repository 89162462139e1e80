package it.orienta.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
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

    ProblemWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    ProblemDetail problem(HttpServletRequest request, int status, String code, Object[] args) {
        var locale = RequestContextUtils.getLocale(request);
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
        var problem = problem(request, status, code, new Object[0]);
        extra.forEach(problem::setProperty);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
