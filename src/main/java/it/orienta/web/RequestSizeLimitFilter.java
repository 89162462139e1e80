package it.orienta.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses addresses over {@value #MAX_TARGET_CHARS} characters (path and query) with 414, on the API as a problem
 * detail and on the pages with the error page; Tomcat lets request lines up to {@code
 * server.max-http-request-header-size} through so that this answer, not Tomcat's, is the one given. Refuses API bodies over the configured size, whether declared in Content-Length or streamed. File uploads
 * (multipart/form-data) are bounded by the multipart limits instead (spring.servlet.multipart.*), and each upload
 * by its own module's rule with its own message (the CV's 5 MB, the signed scan's 10 MB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(ApiProperties properties, ProblemWriter problems) {
        this.limit = properties.maxBodyBytes();
        this.problems = problems;
    }

    /** The longest address (path and query, as sent) accepted: no page or API link comes near it. */
    static final int MAX_TARGET_CHARS = 4096;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String query = request.getQueryString();
        if (request.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > MAX_TARGET_CHARS) {
            if (api) {
                problems.write(request, response, 414, "request.uri-too-long", Map.of("limit", MAX_TARGET_CHARS));
            } else {
                response.sendError(414);
            }
            return;
        }
        if (!api || isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, 413, "request.too-large", Map.of("limit", limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        return request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new RequestTooLargeException(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (read += n) > limit) {
                            throw new RequestTooLargeException(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
