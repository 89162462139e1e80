package it.orienta.web;

import it.orienta.system.RuleViolationException;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The version an API change is based on, read from the {@code If-Match} header by one argument resolver: a handler
 * takes an {@code IfMatch} parameter (required: a missing or unreadable header is refused as {@code
 * version.required} at the field {@code If-Match}) or an {@code Optional<IfMatch>} (where the header may be left
 * out). The answer's ETag is written by {@link ETagAdvice} from the body's version.
 */
public record IfMatch(long version) {

    public static final String HEADER = "If-Match";

    /** Reads a header value ({@code "3"}, {@code W/"3"}); {@code null} when absent. */
    static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return new IfMatch(
                    Long.parseLong(header.replace("W/", "").replace("\"", "").strip()));
        } catch (NumberFormatException e) {
            throw new RuleViolationException("version.required", HEADER);
        }
    }

    /** Resolves {@code IfMatch} and {@code Optional<IfMatch>} handler parameters. */
    static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.nestedIfOptional().getNestedParameterType() == IfMatch.class;
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer container,
                NativeWebRequest request,
                WebDataBinderFactory binders) {
            IfMatch value = parse(request.getHeader(HEADER));
            if (parameter.isOptional()) {
                return Optional.ofNullable(value);
            }
            if (value == null) {
                throw new RuleViolationException("version.required", HEADER);
            }
            return value;
        }
    }
}
