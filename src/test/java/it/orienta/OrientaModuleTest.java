package it.orienta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A module tested on its own (issue 11): the test's package is the module, started with the modules it depends on
 * and the embedded database (a throwaway PostgreSQL, migrated by Flyway), nothing else. Name more modules in {@link
 * #extraIncludes()} only when a listener of theirs is part of what the test shows. Drive the module's service and
 * assert its published events with {@code org.springframework.modulith.test.Scenario}. Each module test's context
 * is its own (no other test class shares it), so it is closed when the class is done, with its connections.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "orienta.embedded-db.data-directory=")
@DirtiesContext
public @interface OrientaModuleTest {

    /** Modules started beside the module under test and its dependencies; the embedded database and the shared kernel always are (repeat them when naming more). */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {"database", "system"};
}
