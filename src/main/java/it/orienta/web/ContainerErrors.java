package it.orienta.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat refuses before the application sees the request (an encoded {@code ../} or a malformed
 * percent-encoding in the path, headers over the limit): Tomcat's own HTML report, with its version and the
 * exception's text, is replaced by the application's answer — a problem detail under {@code /api/}, a plain page
 * in the application's style elsewhere — in Italian unless the client asks for English. Everything that does reach
 * the application goes through {@link ErrorPages} instead.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    /** Ordered last, after Boot's own customizer, which adds an ErrorReportValve that this one then removes. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> containerErrorReport(
            ObjectProvider<MessageSource> messages, ObjectProvider<JsonMapper> json) {
        return new Customizer(messages, json);
    }

    private record Customizer(ObjectProvider<MessageSource> messages, ObjectProvider<JsonMapper> json)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {
        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> replaceReportValve(context, new Report(messages, json)));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static void replaceReportValve(Context context, Report report) {
        var host = context.getParent();
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(report);
        if (host instanceof StandardHost standard) {
            // the host adds its default ErrorReportValve at start unless one of this class is there
            standard.setErrorReportValveClass(Report.class.getName());
        }
    }

    /**
     * Whether the refused request was for the API: by its path, or — when Tomcat refused the request line before
     * parsing it (longer than the largest accepted, or with characters it does not allow) — by what the client
     * accepts: a browser asks for HTML, an API client does not.
     */
    static boolean onTheApi(Request request) {
        String uri = request.getRequestURI();
        if (uri == null || uri.isEmpty()) {
            var raw = request.getCoyoteRequest().requestURI();
            uri = raw == null || raw.isNull() ? null : raw.toString();
        }
        if (uri != null && !uri.isEmpty()) {
            return uri.startsWith("/api/");
        }
        String accept = request.getHeader("Accept");
        return accept == null || !accept.contains("text/html");
    }

    /** The report of an error Tomcat answers itself. */
    static final class Report extends ErrorReportValve {

        private final ObjectProvider<MessageSource> messages;
        private final ObjectProvider<JsonMapper> json;

        Report(ObjectProvider<MessageSource> messages, ObjectProvider<JsonMapper> json) {
            this.messages = messages;
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var locale = locale(request);
            String code = ErrorPages.code(status);
            var source = messages.getIfAvailable();
            var reason = HttpStatus.resolve(status);
            String fallback = reason == null ? String.valueOf(status) : reason.getReasonPhrase();
            String title =
                    source == null ? fallback : source.getMessage("problem.title." + status, null, fallback, locale);
            String detail =
                    source == null ? fallback : source.getMessage("rule." + code, new Object[0], fallback, locale);
            try {
                response.resetBuffer();
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "same-origin");
                response.setHeader("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("Content-Language", locale.getLanguage());
                if (onTheApi(request)) {
                    response.setHeader("Content-Security-Policy", SecurityConfiguration.API_POLICY);
                    response.setContentType("application/problem+json");
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    var problem = new LinkedHashMap<String, Object>();
                    problem.put("type", ProblemWriter.TYPE_BASE + code);
                    problem.put("title", title);
                    problem.put("status", status);
                    problem.put("detail", detail);
                    problem.put("code", code);
                    var mapper = json.getIfAvailable(() -> JsonMapper.builder().build());
                    Writer writer = response.getReporter();
                    if (writer != null) {
                        writer.write(mapper.writeValueAsString(problem));
                        response.finishResponse();
                    }
                } else {
                    response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
                    response.setContentType("text/html");
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    Writer writer = response.getReporter();
                    if (writer != null) {
                        writer.write(page(locale, title, detail, source));
                        response.finishResponse();
                    }
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response is already on its way: nothing more to say
            }
        }

        private static String page(Locale locale, String title, String detail, MessageSource source) {
            String home = source == null ? "Home" : source.getMessage("error.back-home", null, "Home", locale);
            return """
                    <!DOCTYPE html>
                    <html lang="%s">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%s — Orienta</title>
                    <link rel="stylesheet" href="/webjars/bootstrap-italia/dist/css/bootstrap-italia.min.css">
                    <link rel="stylesheet" href="/css/orienta.css">
                    </head>
                    <body>
                    <main class="container my-5">
                    <h1>%s</h1>
                    <p>%s</p>
                    <a class="btn btn-primary" href="/">%s</a>
                    </main>
                    </body>
                    </html>
                    """.formatted(
                            locale.getLanguage(),
                            HtmlUtils.htmlEscape(title),
                            HtmlUtils.htmlEscape(title),
                            HtmlUtils.htmlEscape(detail),
                            HtmlUtils.htmlEscape(home));
        }

        /** Italian unless the language cookie or, failing it, Accept-Language asks for English. */
        private static Locale locale(Request request) {
            if (request.getCookies() != null) {
                for (var cookie : request.getCookies()) {
                    if ("orienta-lang".equals(cookie.getName())) {
                        return "en".equals(cookie.getValue()) ? Locale.ENGLISH : Locale.ITALIAN;
                    }
                }
            }
            String header = request.getHeader("Accept-Language");
            if (header != null && !header.isBlank()) {
                try {
                    var match = Locale.lookup(Locale.LanguageRange.parse(header), WebConfiguration.SUPPORTED);
                    if (match != null) {
                        return match;
                    }
                } catch (IllegalArgumentException malformed) {
                    // a malformed header asks for nothing
                }
            }
            return Locale.ITALIAN;
        }
    }
}
