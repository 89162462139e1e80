package it.orienta.web;

import it.orienta.system.RuleViolationException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The {@code If-Match} header of an API change, read by one argument resolver: a handler takes an {@code IfMatch}
 * parameter and asks for {@link #version()} where it needs the version (a missing or unreadable header is then
 * refused as {@code version.required} at the field {@code If-Match}), or {@link #versionIfGiven()} where the header
 * may be left out. Asking, rather than resolving eagerly, keeps the order of the answers: an unknown record (404)
 * or another centre's case (403) is answered before a missing version. The answer's ETag is written by {@link
 * ETagAdvice} from the body's version.
 *
 * @param header the header as sent, or {@code null}
 */
public record IfMatch(String header) {

    public static final String HEADER = "If-Match";

    /** The version the change is based on ({@code "3"} or {@code W/"3"}); refused when absent or unreadable. */
    public long version() {
        if (header == null || header.isBlank()) {
            throw new RuleViolationException("version.required", HEADER);
        }
        try {
            return Long.parseLong(header.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new RuleViolationException("version.required", HEADER);
        }
    }

    /** The version when the header was sent, else {@code null}; an unreadable header is refused. */
    public Long versionIfGiven() {
        return header == null || header.isBlank() ? null : version();
    }

    /** Resolves {@code IfMatch} handler parameters. */
    static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == IfMatch.class;
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest request,
                WebDataBinderFactory binders) {
            return new IfMatch(request.getHeader(HEADER));
        }
    }
}
