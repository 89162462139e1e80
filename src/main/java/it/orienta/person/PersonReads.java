package it.orienta.person;

import it.orienta.person.PersonView.EducationTitleView;
import it.orienta.person.PersonView.LanguageView;
import it.orienta.person.PersonView.WorkExperienceView;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's record as the pages and the API show it ({@link PersonView}), read with {@link JdbcClient} (ADR 0018):
 * the worker file, the CV and the other case pages read it on every view, and loading the {@link Person} aggregate
 * with its four collections cost them more in Hibernate than in the database. The same rows and orders as the
 * aggregate's mapping (titles by year, experiences by start, newest first). Changes go through {@link Person}.
 */
@Component
class PersonReads {

    private final JdbcClient jdbc;

    PersonReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PersonView> view(UUID id) {
        var licences = jdbc
                .sql("select licence from person_licence where person_id = ?")
                .param(id)
                .query((rs, i) -> DrivingLicence.valueOf(rs.getString(1)))
                .list()
                .stream()
                .sorted()
                .toList();
        var languages = jdbc.sql("select language, level from person_language where person_id = ?")
                .param(id)
                .query((rs, i) -> new LanguageView(rs.getString(1), CefrLevel.valueOf(rs.getString(2))))
                .list();
        var titles = jdbc.sql("select id, title_code, year, institution, country_code, description "
                        + "from person_education_title where person_id = ? order by year desc")
                .param(id)
                .query((rs, i) -> new EducationTitleView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, Integer.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
        var work = jdbc.sql("select id, employer, profession_code, from_date, to_date, sep_sector, description "
                        + "from person_work_experience where person_id = ? order by from_date desc")
                .param(id)
                .query((rs, i) -> new WorkExperienceView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, Integer.class),
                        rs.getString(7)))
                .list();
        return jdbc.sql("select id, tax_code, tax_code_temporary, first_name, last_name, sex, birth_date, "
                        + "birth_municipality_code, birth_country_code, citizenship_code, residence_municipality_code, "
                        + "residence_address, domicile_municipality_code, domicile_address, email, mobile_phone, notes, "
                        + "created_at, created_in_centre, version from person where id = ?")
                .param(id)
                .query((rs, i) -> new PersonView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6) == null ? null : Sex.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getString(15),
                        rs.getString(16),
                        rs.getString(17),
                        licences,
                        languages,
                        titles,
                        work,
                        rs.getTimestamp(18).toInstant(),
                        rs.getString(19),
                        rs.getLong(20)))
                .optional();
    }
}
