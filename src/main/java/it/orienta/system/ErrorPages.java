package it.orienta.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Whatever ends in the container's error dispatch (a path that does not exist, a content type refused before any
 * controller is chosen, a failure in a filter): the API answers with a problem detail, the pages with the error
 * page — never with exception text.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Map<Integer, String> CODES = Map.of(
            400, "request.malformed-body",
            404, "request.no-such-path",
            405, "request.method-not-allowed",
            406, "request.not-acceptable",
            413, "request.too-large",
            415, "request.unsupported-media-type",
            401, "auth.required",
            403, "auth.forbidden");

    private final ProblemWriter problems;

    ErrorPages(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        if (isApi(request)) {
            return "forward:/error/problem";
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        String code = CODES.getOrDefault(status, status >= 500 ? "internal" : "request.refused." + status);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(request, status, code, new Object[0]));
    }

    @RequestMapping("/error/problem")
    ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
        return problem(request);
    }

    private static int status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/");
    }
}
