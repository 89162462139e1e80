package it.orienta.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The web plumbing on its own, with no business module: the filter chains stand, and the one If-Match resolver is
 * registered with the handlers.
 */
@OrientaModuleTest
class WebModuleTest {

    @Autowired
    List<SecurityFilterChain> chains;

    @Autowired
    RequestMappingHandlerAdapter handlers;

    @SuppressWarnings("unused")
    void handler(IfMatch ifMatch) {}

    @Test
    void theChainsStandAndIfMatchIsResolvedForEveryHandler() throws Exception {
        assertThat(chains).hasSizeGreaterThanOrEqualTo(2); // the API (stateless) and the pages (session)
        var parameter = new MethodParameter(getClass().getDeclaredMethod("handler", IfMatch.class), 0);
        var resolvers = handlers.getArgumentResolvers();
        assertThat(resolvers).isNotNull();
        assertThat(resolvers.stream()
                        .filter(r -> r.supportsParameter(parameter))
                        .findFirst())
                .get()
                .isInstanceOf(IfMatch.Resolver.class);
    }
}
