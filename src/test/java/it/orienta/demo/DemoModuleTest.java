package it.orienta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo module with the modules it writes through (and the audit log, which the record-access policy writes
 * to): on the embedded database the default run gets its accounts,
 * centres and persons, written through the modules' public services.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
// the demo fills an empty database only: its own, not the throwaway one the other module tests share
@TestPropertySource(properties = "orienta.embedded-db.data-directory=target/demo-module-test/${random.uuid}")
class DemoModuleTest {

    @Autowired
    OrganisationService organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDefaultRunHasItsAccountsAndPersons() {
        assertThat(organisation.operatorByUsername("operatore"))
                .hasValueSatisfying(a -> assertThat(a.roles()).contains(Role.OPERATOR));
        assertThat(organisation.operatorByUsername("coordinatore"))
                .hasValueSatisfying(a -> assertThat(a.roles()).contains(Role.COORDINATOR));
        assertThat(jdbc.sql("select count(*) from person where last_name = 'Rossi' and first_name = 'Mario'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDemoCentreHasAYearOfMeetingsAndTodaysSignedPsps() {
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(6L + DemoHistory.PERSONS);
        assertThat(jdbc.sql("""
                        select count(distinct date_trunc('month', started_at at time zone 'Europe/Rome'))
                          from meeting where centre_code = 'CPI-FI' and status = 'CLOSED'""").query(Long.class).single()).isGreaterThanOrEqualTo(11L);
        assertThat(jdbc.sql("select count(distinct attendance) from meeting")
                        .query(Long.class)
                        .single())
                .isEqualTo(3L);
        assertThat(jdbc.sql("select count(distinct compliance) from meeting where attendance = 'PRESENT'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3L);
        assertThat(jdbc.sql("select count(*) from agreement where status = 'SIGNED'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4L);
    }
}
