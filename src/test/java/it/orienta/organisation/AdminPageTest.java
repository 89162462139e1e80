package it.orienta.organisation;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.web.WebSliceTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The administration page's cards: the portal simulator's only while the simulator runs. */
class AdminPageTest {

    @Nested
    @WebSliceTest(AdminController.class)
    @TestPropertySource(properties = "orienta.portalsim.enabled=true")
    class WithTheSimulator {

        @Autowired
        MockMvcTester mvc;

        @Test
        void showsEveryCardIncludingTheSimulator() {
            assertThat(mvc.get().uri("/admin").with(operator())).hasStatus(403);
            assertThat(mvc.get().uri("/admin").with(admin()))
                    .hasStatusOk()
                    .bodyText()
                    .contains("href=\"/admin/profession-synonyms\"", "href=\"/admin/portal-simulator\"");
        }
    }

    @Nested
    @WebSliceTest(AdminController.class)
    @TestPropertySource(properties = "orienta.portalsim.enabled=false")
    class WithoutTheSimulator {

        @Autowired
        MockMvcTester mvc;

        @Test
        void leavesOutTheSimulatorsCard() {
            assertThat(mvc.get().uri("/admin").with(admin()))
                    .hasStatusOk()
                    .bodyText()
                    .contains("href=\"/admin/mailbox\"")
                    .doesNotContain("/admin/portal-simulator");
        }
    }
}
