package it.orienta.web;

import it.orienta.system.PlainText;
import it.orienta.system.RuleViolationException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages are Italian by default, English on request ({@code ?lang=en}, remembered in a cookie); the API follows
 * Accept-Language (Italian when absent).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final org.springframework.beans.factory.ObjectProvider<ProblemWriter> problems;

    WebConfiguration(org.springframework.beans.factory.ObjectProvider<ProblemWriter> problems) {
        this.problems = problems;
    }

    static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("orienta-lang") {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                Locale fromCookie = super.resolveLocale(request);
                // in the container's error dispatch the address asked for is the original one, not /error
                Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
                String uri = original instanceof String u ? u : request.getRequestURI();
                boolean api = uri.startsWith(request.getContextPath() + "/api/");
                if (api
                        && (request.getCookies() == null
                                || java.util.Arrays.stream(request.getCookies())
                                        .noneMatch(c -> c.getName().equals("orienta-lang")))) {
                    var header = request.getHeader("Accept-Language");
                    if (header != null && !header.isBlank()) {
                        var match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                        if (match != null) {
                            return match;
                        }
                    }
                }
                return SUPPORTED.contains(Locale.forLanguageTag(fromCookie.getLanguage()))
                        ? Locale.forLanguageTag(fromCookie.getLanguage())
                        : Locale.ITALIAN;
            }
        };
        resolver.setDefaultLocale(Locale.ITALIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Links in pages are written as they are. Spring Boot would otherwise pass every link of every page through the
     * resource chain (enabled because of the WebJars locator) to add the WebJars' versions to their URLs; for the
     * many links that are not static resources it searches the classpath each time and caches nothing, which was
     * half of the worker-file page's CPU (docs/performance.md). Version-less /webjars/ URLs are served all the same.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addArgumentResolvers(
            List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new IfMatch.Resolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new CleanParameters(problems));
    }

    /**
     * Query and form parameters get the same hygiene as the API's JSON: on the API, a parameter holding control or
     * format characters is refused naming it (422 {@code text.control-characters}); on the pages, where the forms
     * give their own field messages for invisible characters, only a NUL — which no text column can store — is
     * refused, with the error page. Line breaks and tabs pass (text areas).
     */
    static final class CleanParameters implements org.springframework.web.servlet.HandlerInterceptor {
        private final org.springframework.beans.factory.ObjectProvider<ProblemWriter> writers;

        CleanParameters(org.springframework.beans.factory.ObjectProvider<ProblemWriter> writers) {
            this.writers = writers;
        }

        @Override
        public boolean preHandle(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                Object handler)
                throws java.io.IOException {
            if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
                return true; // the error page answers a refusal already made: a NUL in the query must not empty it
            }
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            for (var parameter : request.getParameterMap().entrySet()) {
                for (String value : parameter.getValue()) {
                    if (value == null) {
                        continue;
                    }
                    if (api && !PlainText.Validator.isPlain(value, true)) {
                        var problems = writers.getIfAvailable();
                        if (problems == null) {
                            throw new RuleViolationException("text.control-characters", parameter.getKey());
                        }
                        // written here, whatever handler was chosen: an advice reaches only some of them
                        var problem = problems.problem(request, 422, "text.control-characters", new Object[0]);
                        problems.write(
                                request,
                                response,
                                422,
                                "text.control-characters",
                                java.util.Map.of(
                                        "errors",
                                        List.of(new ApiExceptionHandler.FieldProblem(
                                                parameter.getKey(), "text.control-characters", problem.getDetail()))));
                        return false;
                    }
                    if (!api && value.indexOf('\u0000') >= 0) {
                        response.sendError(400);
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
