package it.orienta.web;

import it.orienta.organisation.OrganisationService;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A controller slice of Orienta: {@code @WebMvcTest} of the named controllers with the application's real
 * security, error handling, locale and centre choice ({@link WebSlice}), and the organisation service mocked
 * (inject it to stub the centres the header and the centre choice show). Mock the controller's own services with
 * {@code @MockitoBean}; log in with {@code it.orienta.organisation.Logins}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(WebSlice.class)
@MockitoBean(types = OrganisationService.class)
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
