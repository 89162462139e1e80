package it.orienta.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

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
        return invalid(
                ex.getBindingResult(),
                request,
                ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class));
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
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                return bodyField(servlet(request), mismatch);
            }
        }
        return simple(request, 400, "request.malformed-body");
    }

    /**
     * A body that is JSON but not what the operation reads: the field at fault by its name and its JSON pointer,
     * and why — a wrong type, an impossible date, a date-time without offset, a value outside an enumeration (with
     * the accepted values) or a field the operation does not know.
     */
    private ResponseEntity<Object> bodyField(HttpServletRequest request, MismatchedInputException e) {
        var locale = problems.locale(request);
        var path = new ArrayList<>(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown
                && (path.isEmpty()
                        || !unknown.getPropertyName().equals(path.getLast().getPropertyName()))) {
            path.add(new JacksonException.Reference(unknown.getReferringClass(), unknown.getPropertyName()));
        }
        String pointer = pointer(path);
        String field = dotted(path);
        Class<?> target = e.getTargetType();
        List<String> accepted = null;
        String code;
        Object[] args;
        if (e instanceof UnrecognizedPropertyException) {
            code = "request.unknown-field";
            args = new Object[] {pointer};
        } else if (e instanceof JacksonConfiguration.ControlCharactersException) {
            code = "text.control-characters";
            args = new Object[] {pointer};
        } else if (e instanceof JacksonConfiguration.AmbiguousTimeException) {
            code = "request.time-ambiguous";
            args = new Object[] {pointer};
        } else if (e instanceof JacksonConfiguration.OffsetRequiredException) {
            code = "request.offset-required";
            args = new Object[] {pointer};
        } else if (target != null && target.isEnum()) {
            code = "request.invalid-enum";
            accepted = Arrays.stream(target.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList();
            args = new Object[] {pointer, String.join(", ", accepted)};
        } else if (target != null && Temporal.class.isAssignableFrom(target) && e instanceof InvalidFormatException) {
            code = "request.invalid-date";
            args = new Object[] {pointer};
        } else {
            code = "request.invalid-type";
            args = new Object[] {pointer, messages.getMessage("request.type." + typeOf(target), null, locale)};
        }
        var problem = problems.problem(request, 400, code, args);
        problem.setProperty("errors", List.of(new FieldProblem(field, code, problem.getDetail(), pointer, accepted)));
        return ResponseEntity.badRequest().body(problem);
    }

    /** What JSON a field of this type wants, as a key of {@code request.type.*}. */
    private static String typeOf(Class<?> target) {
        if (target == null) {
            return "value";
        }
        if (target == String.class || target == Character.class || target == char.class) {
            return "string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "boolean";
        }
        if (target == Integer.class
                || target == int.class
                || target == Long.class
                || target == long.class
                || target == Short.class
                || target == short.class
                || target == java.math.BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "number";
        }
        if (Temporal.class.isAssignableFrom(target) || target == java.time.YearMonth.class) {
            return "date";
        }
        if (target == java.util.UUID.class) {
            return "uuid";
        }
        if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
            return "array";
        }
        return "object";
    }

    /** RFC 6901: {@code /items/0/date}; {@code ~} and {@code /} in names escaped. */
    static String pointer(List<JacksonException.Reference> path) {
        var pointer = new StringBuilder();
        for (var reference : path) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.isEmpty() ? "" : pointer.toString();
    }

    /** The field as validation errors name it: {@code items[0].date}. */
    private static String dotted(List<JacksonException.Reference> path) {
        var field = new StringBuilder();
        for (var reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The JSON pointer of a validated body's field path ({@code items[0].date} → {@code /items/0/date}). */
    static String pointerOfField(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        var pointer = new StringBuilder();
        for (String part : field.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            }
            if (bracket >= 0) {
                for (String index : part.substring(bracket + 1).split("\\]\\[?")) {
                    if (!index.isEmpty()) {
                        pointer.append('/').append(index.replace("]", ""));
                    }
                }
            }
        }
        return pointer.toString();
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

    private ResponseEntity<Object> invalid(BindingResult result, WebRequest request, boolean body) {
        var http = servlet(request);
        var locale = RequestContextUtils.getLocale(http);
        var errors = result.getFieldErrors().stream()
                .map(f -> new FieldProblem(
                        f.getField(),
                        code(f),
                        messages.getMessage(f, locale),
                        body ? pointerOfField(f.getField()) : null,
                        null))
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

    /**
     * One field at fault: its name as sent, a stable code and the localised message; for a field of the body its
     * JSON pointer (RFC 6901), and for an enumeration the values it accepts.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FieldProblem(String field, String code, String message, String pointer, List<String> accepted) {
        FieldProblem(String field, String code, String message) {
            this(field, code, message, null, null);
        }
    }
}
