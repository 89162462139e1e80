package it.orienta.occupation;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's desired occupations as other modules read them (the CV's precondition R15, the generated CV): a read
 * model with no access check, for callers that checked the case already. The profession's title comes from the
 * reference module's published view {@code reference_label_v} (V40).
 */
@Service
@Transactional(readOnly = true)
public class OccupationDirectory {

    private final JdbcClient jdbc;

    OccupationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's desired occupations, oldest first. */
    public List<DesiredOccupationView> current(UUID personId) {
        return jdbc.sql("""
                        select o.id, o.person_id, o.profession_code, coalesce(r.display, o.profession_code) as title,
                               o.from_work, o.from_education, o.from_training, o.interview_date, o.sep_sector,
                               o.specific_skills, o.experience_years, o.last_year_worked, o.formal_learning,
                               o.formal_learning_detail, o.licences_tools, o.other_info, o.updated_at, o.version,
                               coalesce(o.job_title, '') as job_title
                          from desired_occupation o
                          left join reference_label_v r on r.code_system = 'PROFESSION' and r.code = o.profession_code
                         where o.person_id = :person
                         order by o.created_at, o.id""")
                .param("person", personId)
                .query((rs, n) -> new DesiredOccupationView(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("profession_code"),
                        rs.getString("title"),
                        rs.getBoolean("from_work"),
                        rs.getBoolean("from_education"),
                        rs.getBoolean("from_training"),
                        rs.getDate("interview_date").toLocalDate(),
                        rs.getObject("sep_sector", Integer.class),
                        rs.getString("specific_skills"),
                        rs.getObject("experience_years", Integer.class),
                        rs.getObject("last_year_worked", Integer.class),
                        rs.getBoolean("formal_learning"),
                        rs.getString("formal_learning_detail"),
                        rs.getString("licences_tools"),
                        rs.getString("other_info"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getLong("version"),
                        rs.getString("job_title")))
                .list();
    }

    /** How many desired occupations the person has (R15 needs at least one). */
    public int count(UUID personId) {
        return jdbc.sql("select count(*) from desired_occupation where person_id = :person")
                .param("person", personId)
                .query(Integer.class)
                .single();
    }

    /**
     * The desired occupations and the availability of each of these persons, in two queries: the candidate profile
     * of the {@code matching} module. Persons without either get an empty list and {@link Availability.PersonAvailability#none}.
     */
    public java.util.Map<UUID, MatchingFacts> matchingFacts(java.util.Collection<UUID> personIds) {
        var result = new java.util.HashMap<UUID, MatchingFacts>();
        if (personIds.isEmpty()) {
            return result;
        }
        String ids = personIds.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        var desired = new java.util.HashMap<UUID, List<Desired>>();
        jdbc.sql("select person_id, profession_code, experience_years from desired_occupation "
                        + "where person_id = any(cast(:ids as uuid[])) order by created_at, id")
                .param("ids", ids)
                .query((rs, n) -> desired.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                        .add(new Desired(rs.getString(2), rs.getObject(3, Integer.class))))
                .list();
        var availability = new java.util.HashMap<UUID, Availability.View>();
        jdbc.sql("select person_id, hours, willing_to_travel, transport, updated_at, updated_by, version "
                        + "from person_availability where person_id = any(cast(:ids as uuid[]))")
                .param("ids", ids)
                .query((rs, n) -> {
                    UUID person = rs.getObject(1, UUID.class);
                    String hours = rs.getString(2);
                    String travel = rs.getString(3);
                    var transport = java.util.Arrays.stream(
                                    (String[]) rs.getArray(4).getArray())
                            .map(Availability.Transport::valueOf)
                            .toList();
                    return availability.put(
                            person,
                            new Availability.View(
                                    person,
                                    hours.isEmpty() ? null : Availability.Hours.valueOf(hours),
                                    travel.isEmpty() ? null : Availability.Travel.valueOf(travel),
                                    transport,
                                    rs.getTimestamp(5).toInstant(),
                                    rs.getString(6),
                                    rs.getLong(7)));
                })
                .list();
        for (UUID person : personIds) {
            result.put(
                    person,
                    new MatchingFacts(
                            desired.getOrDefault(person, List.of()),
                            availability.getOrDefault(person, Availability.PersonAvailability.none(person))));
        }
        return result;
    }

    /** A desired occupation as matching reads it: the fifth-level profession and the years of experience noted. */
    public record Desired(String professionCode, Integer experienceYears) {}

    /** A person's desired occupations and availability, as matching reads them. */
    public record MatchingFacts(List<Desired> occupations, Availability.View availability) {}
}
