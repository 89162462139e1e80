package it.orienta.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every refusal of the REST API as an RFC 9457 problem detail with a stable {@code code} and, for input errors,
 * {@code errors[]} naming each field at fault. Exception texts never reach the client.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemWriter problems;
    private final MessageSource messages;

    ApiExceptionHandler(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException e, HttpServletRequest request) {
        var locale = RequestContextUtils.getLocale(request);
        var first = e.violations().getFirst();
        int status = e.isConflict() ? 409 : 422;
        var problem =
                problems.problem(request, status, first.code(), first.args().toArray());
        problem.setProperty(
                "errors",
                e.violations().stream()
                        .map(v -> new FieldProblem(
                                v.field(),
                                v.code(),
                                messages.getMessage(v.messageKey(), v.args().toArray(), v.code(), locale)))
                        .toList());
        if (e instanceof DuplicateException d && d.existingPath() != null) {
            problem.setProperty("existing", "/api/v1" + d.existingPath());
        }
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(
            jakarta.validation.ConstraintViolationException e, HttpServletRequest request) {
        var problem = problems.problem(request, 400, "validation", new Object[0]);
        problem.setProperty(
                "errors",
                e.getConstraintViolations().stream()
                        .map(v -> new FieldProblem(
                                v.getPropertyPath().toString(),
                                "validation."
                                        + v.getConstraintDescriptor()
                                                .getAnnotation()
                                                .annotationType()
                                                .getSimpleName(),
                                v.getMessage()))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        var problem = problems.problem(request, 404, "not-found", new Object[] {e.entityType(), e.id()});
        return ResponseEntity.status(404).body(problem);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) {
        var problem = problems.problem(request, 409, "version.stale", new Object[] {e.currentVersion()});
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("current", e.currentState());
        return ResponseEntity.status(409).eTag("\"" + e.currentVersion() + "\"").body(problem);
    }

    @ExceptionHandler(CaseAccessDeniedException.class)
    ResponseEntity<ProblemDetail> caseDenied(CaseAccessDeniedException e, HttpServletRequest request) {
        var problem = problems.problem(request, 403, e.code(), new Object[] {e.ownerCentre()});
        if (e.ownerCentre() != null) {
            problem.setProperty("ownerCentre", e.ownerCentre());
        }
        return ResponseEntity.status(403).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        return ResponseEntity.status(403).body(problems.problem(request, 403, "auth.forbidden", new Object[0]));
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestTooLargeException e, HttpServletRequest request) {
        return ResponseEntity.status(413)
                .body(problems.problem(request, 413, "request.too-large", new Object[] {e.limit()}));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        var problem = problems.problem(request, 400, "request.invalid-parameter", new Object[] {e.getName()});
        problem.setProperty(
                "errors", List.of(new FieldProblem(e.getName(), "request.invalid-parameter", problem.getDetail())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.status(500).body(problems.problem(request, 500, "internal", new Object[0]));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(ex.getBindingResult(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var http = ((ServletWebRequest) request).getRequest();
        var locale = RequestContextUtils.getLocale(http);
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldProblem(
                                r.getMethodParameter().getParameterName(),
                                "validation." + (err.getCodes() == null ? "invalid" : last(err.getCodes())),
                                messages.getMessage(err, locale))))
                .toList();
        var problem = problems.problem(http, 400, "validation", new Object[0]);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getRootCause() instanceof RequestTooLargeException tooLarge) {
            return ResponseEntity.status(413)
                    .body(problems.problem(
                            servlet(request), 413, "request.too-large", new Object[] {tooLarge.limit()}));
        }
        return simple(request, 400, "request.malformed-body");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return simple(request, 415, "request.unsupported-media-type");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return simple(request, 406, "request.not-acceptable");
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return simple(request, 405, "request.method-not-allowed");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var problem = problems.problem(
                servlet(request), 400, "request.missing-parameter", new Object[] {ex.getParameterName()});
        problem.setProperty(
                "errors",
                List.of(new FieldProblem(ex.getParameterName(), "request.missing-parameter", problem.getDetail())));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return simple(request, 413, "request.too-large");
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return simple(request, 404, "request.no-such-path");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        int status = statusCode.value();
        return simple(request, status, "request.refused." + status);
    }

    private ResponseEntity<Object> invalid(BindingResult result, WebRequest request) {
        var http = servlet(request);
        var locale = RequestContextUtils.getLocale(http);
        var errors = result.getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), code(f), messages.getMessage(f, locale)))
                .toList();
        var problem = problems.problem(http, 400, "validation", new Object[0]);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private ResponseEntity<Object> simple(WebRequest request, int status, String code) {
        return ResponseEntity.status(status).body(problems.problem(servlet(request), status, code, new Object[0]));
    }

    private static String code(FieldError f) {
        return "validation." + (f.getCode() == null ? "invalid" : f.getCode());
    }

    private static String last(String[] codes) {
        return codes[codes.length - 1];
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }

    /** One field at fault: its name as sent, a stable code and the localised message. */
    record FieldProblem(String field, String code, String message) {}
}
