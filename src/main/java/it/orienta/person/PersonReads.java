package it.orienta.person;

import it.orienta.person.PersonView.EducationTitleView;
import it.orienta.person.PersonView.LanguageView;
import it.orienta.person.PersonView.WorkExperienceView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's record as the pages and the API show it ({@link PersonView}), read with {@link JdbcClient} (ADR 0018):
 * the worker file, the CV and the other case pages read it on every view, and loading the {@link Person} aggregate
 * with its four collections cost them more in Hibernate than in the database. The same rows and orders as the
 * aggregate's mapping (titles by year, experiences by start, newest first). Changes go through {@link Person}.
 *
 * <p>Public for one reader only: the {@code matching} module's candidate profile ({@link #matchingFacts}, {@link
 * #idsAfter}), which reads many persons at once, checks no access and records nothing (it is a projection rebuilt
 * from facts, never shown as such). {@link MatchingFacts#protectedCategory()} is special-category data (L. 68/99):
 * matching uses it only as a filter and never shows nor returns it.
 */
@Component
public class PersonReads {

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
        var work = jdbc.sql(
                        "select id, employer, profession_code, from_date, to_date, sep_sector, description, job_title "
                                + "from person_work_experience where person_id = ? order by from_date desc")
                .param(id)
                .query((rs, i) -> new WorkExperienceView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, Integer.class),
                        rs.getString(7),
                        rs.getString(8)))
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

    /** The persons' ids after {@code after} (null: from the first) in id order, at most {@code limit}: keyset pages. */
    public List<UUID> idsAfter(UUID after, int limit) {
        return jdbc.sql("select id from person where id > coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid) "
                        + "order by id limit ?")
                .param(after)
                .param(limit)
                .query((rs, i) -> rs.getObject(1, UUID.class))
                .list();
    }

    /** What matching needs of each of these persons (those that exist), in a few queries whatever their number. */
    public Map<UUID, MatchingFacts> matchingFacts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String array = ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        var licences = new HashMap<UUID, List<DrivingLicence>>();
        jdbc.sql(
                        "select person_id, licence from person_licence where person_id = any(cast(? as uuid[])) order by licence")
                .param(array)
                .query((rs, i) -> licences.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(DrivingLicence.valueOf(rs.getString(2))))
                .list();
        var languages = new HashMap<UUID, List<LanguageView>>();
        jdbc.sql("select person_id, language, level from person_language where person_id = any(cast(? as uuid[]))")
                .param(array)
                .query((rs, i) -> languages
                        .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new LanguageView(rs.getString(2), CefrLevel.valueOf(rs.getString(3)))))
                .list();
        var titles = new HashMap<UUID, List<String>>();
        jdbc.sql("select person_id, title_code from person_education_title where person_id = any(cast(? as uuid[]))")
                .param(array)
                .query((rs, i) -> titles.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        var work = new HashMap<UUID, List<WorkExperienceView>>();
        jdbc.sql(
                        "select person_id, id, employer, profession_code, from_date, to_date, sep_sector, job_title "
                                + "from person_work_experience where person_id = any(cast(? as uuid[])) order by from_date desc")
                .param(array)
                .query((rs, i) -> work.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new WorkExperienceView(
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getObject(5, LocalDate.class),
                                rs.getObject(6, LocalDate.class),
                                rs.getObject(7, Integer.class),
                                null,
                                rs.getString(8))))
                .list();
        var result = new LinkedHashMap<UUID, MatchingFacts>();
        jdbc.sql(
                        "select id, first_name, last_name, birth_date, residence_municipality_code, "
                                + "domicile_municipality_code, disability_l68 from person where id = any(cast(? as uuid[])) order by id")
                .param(array)
                .query((rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return result.put(
                            id,
                            new MatchingFacts(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getObject(4, LocalDate.class),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getBoolean(7),
                                    titles.getOrDefault(id, List.of()),
                                    licences.getOrDefault(id, List.of()),
                                    languages.getOrDefault(id, List.of()),
                                    work.getOrDefault(id, List.of())));
                })
                .list();
        return result;
    }

    /**
     * What the candidate profile of matching is built from.
     *
     * @param protectedCategory L. 68/99 (special-category data): a filter for reserved vacancies, never shown
     * @param educationTitleCodes the ISTAT codes of the education titles held
     */
    public record MatchingFacts(
            UUID id,
            String firstName,
            String lastName,
            LocalDate birthDate,
            String residenceMunicipalityCode,
            String domicileMunicipalityCode,
            boolean protectedCategory,
            List<String> educationTitleCodes,
            List<DrivingLicence> licences,
            List<LanguageView> languages,
            List<WorkExperienceView> workExperiences) {}
}
