package it.orienta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real port, on the throwaway embedded PostgreSQL of this test JVM, with the demo
 * data (accounts, centres, the demo reference subset). Scheduled jobs are off (notification, portal, vacancy feed and simulator): tests run them themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "orienta.embedded-db.data-directory=",
            "orienta.security.max-failed-logins=5",
            "orienta.notification.scheduling.enabled=false",
            "orienta.portal.scheduling.enabled=false",
            "orienta.vacancyfeed.scheduling.enabled=false",
            "orienta.vacancysim.scheduling.enabled=false",
            "orienta.monitoring.scheduling.enabled=false",
            // the demo's year of history (DemoHistory) is the default run's, not the tests': they count persons
            "orienta.demo.history.enabled=false"
        })
public @interface OrientaAppTest {}
