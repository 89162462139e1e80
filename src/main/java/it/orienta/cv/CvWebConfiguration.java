package it.orienta.cv;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Registers {@link CvUploadLimitFilter} ahead of security and of the API's body-size filter. */
@Configuration(proxyBeanMethods = false)
class CvWebConfiguration {

    @Bean
    FilterRegistrationBean<CvUploadLimitFilter> cvUploadLimitFilter(
            CvProperties properties, MessageSource messages, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new CvUploadLimitFilter(properties, messages, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.addUrlPatterns("/persons/*", "/api/v1/persons/*");
        return registration;
    }
}
