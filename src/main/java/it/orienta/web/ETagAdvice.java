package it.orienta.web;

import it.orienta.system.Versioned;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The API's one place for ETags: an answer whose body is {@link Versioned} carries its version as a strong ETag
 * ({@code "3"}), unless the handler set one itself. Handlers return the view; clients send the ETag back in
 * If-Match ({@link IfMatch}).
 */
@RestControllerAdvice
class ETagAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof Versioned versioned && response.getHeaders().getETag() == null) {
            response.getHeaders().setETag(ETags.of(versioned.version()));
        }
        return body;
    }
}
