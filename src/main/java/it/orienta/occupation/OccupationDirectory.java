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
                               o.formal_learning_detail, o.licences_tools, o.other_info, o.updated_at, o.version
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
                        rs.getLong("version")))
                .list();
    }

    /** How many desired occupations the person has (R15 needs at least one). */
    public int count(UUID personId) {
        return jdbc.sql("select count(*) from desired_occupation where person_id = :person")
                .param("person", personId)
                .query(Integer.class)
                .single();
    }
}
