package it.orienta.occupation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo desired occupations for the embedded default run, after the demo persons (DemoData, order 20): the first two
 * demo persons get occupations from the demo professions, the first an availability. Skipped when any occupation
 * exists or a demo profession is missing.
 */
@Component
@Order(30)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${orienta.demo.enabled:true}")
class OccupationDemoData implements ApplicationRunner {

    private final JdbcClient jdbc;

    OccupationDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from desired_occupation")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        var persons = jdbc.sql("select id from person order by created_at, id limit 2")
                .query(UUID.class)
                .list();
        var codes = List.of("5.2.2.3.2", "5.2.2.1.0", "4.3.1.2.0");
        long known = jdbc.sql("select count(*) from profession_search where code in (:codes)")
                .param("codes", codes)
                .query(Long.class)
                .single();
        if (persons.size() < 2 || known < codes.size()) {
            return;
        }
        var now = Timestamp.from(Instant.now());
        var day = Date.valueOf(LocalDate.now().minusDays(3));
        insert(persons.get(0), codes.get(0), true, false, 23, "Servizio ai tavoli e al banco, vini", 6, 2025, now, day);
        insert(persons.get(0), codes.get(1), false, true, 2, "Cucina toscana, HACCP", 2, 2024, now, day);
        insert(persons.get(1), codes.get(2), true, false, 11, "Gestione ordini, muletto", 4, 2023, now, day);
        jdbc.sql("insert into person_availability (person_id, hours, willing_to_travel, transport, updated_at,"
                        + " updated_by, version) values (?, 'FULL_TIME', 'PROVINCE', '{PUBLIC,OWN_CAR}', ?, 'Orienta', 1)"
                        + " on conflict do nothing")
                .params(persons.get(0), now)
                .update();
    }

    private void insert(
            UUID person,
            String code,
            boolean work,
            boolean education,
            int sep,
            String skills,
            int years,
            int lastYear,
            Timestamp now,
            Date day) {
        jdbc.sql("""
                        insert into desired_occupation (id, person_id, profession_code, from_work, from_education,
                            interview_date, sep_sector, specific_skills, experience_years, last_year_worked,
                            licences_tools, centre_code, created_at, created_by, updated_at, updated_by, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Patente B', 'CPI-FI', ?, 'Orienta', ?, 'Orienta', 1)""")
                .params(UUID.randomUUID(), person, code, work, education, day, sep, skills, years, lastYear, now, now)
                .update();
    }
}
