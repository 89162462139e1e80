package it.orienta.vacancyfeed;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaAppTest;
import it.orienta.vacancysim.VacancySimulator;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole simulated market imported through the real feed (HTTP, the simulator on the application's port) and the
 * real sink into {@code employer} and {@code vacancy}: every item once, with its status, languages and licences; a
 * market day, then only its changes; everything handed over again changing nothing; items the vacancy module refuses
 * REJECTED with their rule's code, kept in vacancyfeed_rejection, the import going on past them.
 */
@OrientaAppTest
class VacancyImportIT {

    private static final Logger log = LoggerFactory.getLogger(VacancyImportIT.class);

    @Autowired
    FeedImport imports;

    @Autowired
    VacancySimulator simulator;

    @Autowired
    JdbcTemplate jdbc;

    FeedImport.Run run() {
        return imports.run(FeedImport.Trigger.ADMIN).orElseThrow();
    }

    /**
     * The rows of the simulator's employers and vacancies (other full-app tests, VacancyApiIT, upsert regional ones of
     * their own in the shared database); each is stored once by the unique (source, external id).
     */
    static final String IMPORTED_EMPLOYERS = "select count(*) from employer where source = 'REGIONAL_FEED'"
            + " and external_id in (select id from vacancysim_employer)";

    static final String IMPORTED_VACANCIES = "select count(*) from vacancy where source = 'REGIONAL_FEED'"
            + " and external_id in (select id from vacancysim_vacancy)";

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** Vacancies imported whose status, employer, profession, place, dates, licences or languages differ. */
    long differing() {
        return count("""
                select count(*) from vacancysim_vacancy s
                  left join vacancy v on v.source = 'REGIONAL_FEED' and v.external_id = s.id
                  left join employer e on e.id = v.employer_id
                 where v.id is null or e.external_id <> s.employer_id or v.profession_code <> s.profession_code
                    or v.municipality_code <> s.municipality_code or v.posts <> s.posts or v.title <> s.title
                    or v.expiry_date <> s.expires_on or v.reserved_l68 <> s.reserved_l68
                    or array(select x::text from unnest(v.driving_licences) x order by 1)
                       <> array(select x from unnest(string_to_array(nullif(s.driving_licences, ''), ',')) x order by 1)
                    or coalesce((select string_agg(l.language_code || ':' || l.level, ',' order by l.language_code)
                                   from vacancy_language l where l.vacancy_id = v.id), '')
                       <> coalesce((select string_agg(x, ',' order by x)
                                     from unnest(string_to_array(nullif(s.languages, ''), ',')) x), '')
                    or (v.status <> s.status and not (s.status = 'OPEN' and s.expires_on < current_date))""");
    }

    @Test
    void theWholeMarketThenADayThenNothingTwiceAndRefusedItemsRejectedWithTheirRule() {
        simulator.generateIfEmpty();
        simulator.failWith(VacancySimulator.Mode.NORMAL, 0, 0);
        jdbc.update("delete from vacancyfeed_cursor");
        var market = simulator.summary().counts();

        long started = System.nanoTime();
        var whole = run();
        log.info(
                "Vacancy import figure: {} employers and {} vacancies imported through the sink in {} ms",
                whole.employersSeen(),
                whole.vacanciesSeen(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        assertThat(whole.status()).isEqualTo("SUCCEEDED");
        assertThat(whole.rejected()).isZero();
        assertThat(whole.vacanciesSeen()).isEqualTo(market.vacancies());
        assertThat(count(IMPORTED_EMPLOYERS)).isEqualTo(market.employers());
        assertThat(count(IMPORTED_VACANCIES)).isEqualTo(market.vacancies());
        assertThat(differing()).isZero();
        assertThat(count("select count(*) from vacancy_language")).isPositive();
        assertThat(count("select count(*) from vacancy where cardinality(driving_licences) > 0"))
                .isPositive();
        // the demo persons in charge with the matching consent find open vacancies of their desired professions in
        // their province (vacancysim's DemoAnchors); Elena Popescu's are there too, but she refused the consent
        for (String demo : List.of("%Rossi%:1985", "%Martelli%:1998", "%Popescu%:1979")) {
            var nameAndYear = demo.split(":");
            assertThat(count("""
                            select count(*) from match_profile p
                             where p.display_name like '%s' and p.birth_year = %s and p.consent_given
                               and p.centre_code is not null
                               and exists (select 1 from vacancy v where v.status = 'OPEN'
                                              and v.profession_code = any(p.desired_professions)
                                              and left(v.municipality_code, 3) = p.province_code)""".formatted(nameAndYear[0], nameAndYear[1])))
                    .as(demo)
                    .isEqualTo(demo.startsWith("%Popescu") ? 0 : 1);
        }
        // written by the application, not by whoever started the run
        assertThat(count("select count(*) from vacancy where source = 'REGIONAL_FEED' and created_by <> 'Orienta'"))
                .isZero();

        var day = simulator.simulateDay();
        var changes = run();
        assertThat(changes.status()).isEqualTo("SUCCEEDED");
        assertThat(changes.rejected()).isZero();
        assertThat(changes.created()).isEqualTo(day.newEmployers() + day.newVacancies());
        assertThat(changes.employersSeen() + changes.vacanciesSeen()).isLessThan(200);
        var after = simulator.summary().counts();
        assertThat(count(IMPORTED_VACANCIES)).isEqualTo(after.vacancies());
        assertThat(count(IMPORTED_EMPLOYERS)).isEqualTo(after.employers());
        assertThat(differing()).isZero();

        // everything handed over again (a lost cursor): nothing created, nothing changed
        jdbc.update("delete from vacancyfeed_cursor");
        var again = run();
        assertThat(again.created() + again.updated() + again.rejected()).isZero();
        assertThat(again.unchanged()).isEqualTo(again.employersSeen() + again.vacanciesSeen());

        // the regional system publishes an employer with an invalid tax code, a vacancy of it, one of an unknown
        // profession: those three are rejected with their rule, the good change after them is imported
        var now = Timestamp.from(Instant.now().plusSeconds(60));
        jdbc.update("""
                insert into vacancysim_employer (id, version, changed_at, tax_code, vat_number, name, legal_form,
                       ateco_code, municipality_code, address, size_band)
                select 'E9999999', 1, ?, '12345678901', null, 'Partita IVA sbagliata', legal_form, ateco_code,
                       municipality_code, address, size_band from vacancysim_employer order by id limit 1""", now);
        jdbc.update("""
                insert into vacancysim_vacancy (id, version, changed_at, employer_id, profession_code, title, posts,
                       municipality_code, contract_type, working_time, published_on, expires_on, reserved_l68, status)
                select 'V9999991', 1, ?, 'E9999999', profession_code, title, posts, municipality_code, contract_type,
                       working_time, current_date, current_date + 30, false, 'OPEN'
                  from vacancysim_vacancy order by id limit 1""", now);
        jdbc.update("""
                insert into vacancysim_vacancy (id, version, changed_at, employer_id, profession_code, title, posts,
                       municipality_code, contract_type, working_time, published_on, expires_on, reserved_l68, status)
                select 'V9999992', 1, ?, employer_id, '9.9.9.9.9', title, posts, municipality_code, contract_type,
                       working_time, current_date, current_date + 30, false, 'OPEN'
                  from vacancysim_vacancy order by id limit 1""", now);
        jdbc.update("""
                insert into vacancysim_vacancy (id, version, changed_at, employer_id, profession_code, title, posts,
                       municipality_code, contract_type, working_time, published_on, expires_on, reserved_l68, status)
                select 'V9999993', 1, ? , employer_id, profession_code, 'Dopo i rifiutati', posts, municipality_code,
                       contract_type, working_time, current_date, current_date + 30, false, 'OPEN'
                  from vacancysim_vacancy order by id limit 1""", Timestamp.from(Instant.now().plusSeconds(61)));
        var refused = run();
        assertThat(refused.status()).isEqualTo("SUCCEEDED");
        assertThat(refused.rejected()).isEqualTo(3);
        assertThat(refused.created()).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select external_id || ' ' || reason from vacancyfeed_rejection where run_id = ?"
                                + " order by external_id",
                        String.class,
                        refused.id()))
                .satisfiesExactly(
                        e -> assertThat(e).startsWith("E9999999 employer.tax-code."),
                        v -> assertThat(v).isEqualTo("V9999991 vacancy.employer.unknown employerExternalId: E9999999"),
                        v -> assertThat(v).startsWith("V9999992 vacancy.profession.unknown professionCode"));
        assertThat(count("select count(*) from vacancy where external_id = 'V9999993'"))
                .isOne();
        assertThat(count("select count(*) from vacancyfeed_cursor where last_id in ('E9999999', 'V9999993')"))
                .isEqualTo(2);
        var next = run();
        assertThat(next.rejected() + next.created()).isZero();
    }
}
