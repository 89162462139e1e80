package it.orienta.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever ends in the container's error dispatch (a path that does not exist, a method or content type refused
 * before any controller is chosen, a page's malformed parameter, a failure in a filter): an address under
 * {@code /api/} answers with a problem detail whatever it accepts, any other address with the error page whatever
 * it accepts — never with exception text, and never a page with JSON.
 */
@Controller
class ErrorPages implements ErrorController {

    static final Map<Integer, String> CODES = Map.ofEntries(
            Map.entry(400, "request.malformed"),
            Map.entry(401, "auth.required"),
            Map.entry(403, "auth.forbidden"),
            Map.entry(404, "request.no-such-path"),
            Map.entry(405, "request.method-not-allowed"),
            Map.entry(406, "request.not-acceptable"),
            Map.entry(413, "request.too-large"),
            Map.entry(414, "request.uri-too-long"),
            Map.entry(415, "request.unsupported-media-type"),
            Map.entry(429, "auth.locked"),
            Map.entry(431, "request.headers-too-large"));

    private final ProblemWriter problems;

    ErrorPages(ProblemWriter problems) {
        this.problems = problems;
    }

    /** One handler whatever the client accepts: the address decides between the problem and the page. */
    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        if (isApi(request)) {
            problems.write(request, response, status, code(status), Map.of());
            return null;
        }
        response.setStatus(status);
        var page = new ModelAndView("error", HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        return page;
    }

    static String code(int status) {
        return CODES.getOrDefault(status, status >= 500 ? "internal" : "request.refused." + status);
    }

    private static int status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
    }

    static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String u ? u : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/");
    }
}
