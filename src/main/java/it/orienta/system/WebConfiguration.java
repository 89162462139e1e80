package it.orienta.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages are Italian by default, English on request ({@code ?lang=en}, remembered in a cookie); the API follows
 * Accept-Language (Italian when absent).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ITALIAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("orienta-lang") {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                Locale fromCookie = super.resolveLocale(request);
                boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
