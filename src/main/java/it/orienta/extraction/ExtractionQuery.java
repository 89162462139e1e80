package it.orienta.extraction;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The extraction's SQL: person–occupations matching a filter, one row each, streamed through a server-side cursor
 * (fetch size; the caller holds a transaction) so that no list is ever built in memory.
 */
@Component
class ExtractionQuery {

    /** Rows fetched from PostgreSQL per round trip while streaming. */
    static final int FETCH_SIZE = 2_000;

    /**
     * The person's current CV and its state on the day asked for (R20), read from the cv module's published view
     * {@code cv_validity_v} with its rule {@code cv_state} (V39): the module never reads the table {@code cv} nor
     * repeats the validity rule.
     */
    static final String CV_STATE_SQL = """
            left join (
                select v.person_id, v.obsolete_from, cv_state(v.obsolete_from, ?) as state
                  from cv_validity_v v) cvs on cvs.person_id = p.id""";

    /**
     * Persons through the person module's published view {@code person_directory_v} (V38), labels through the
     * reference module's {@code reference_label_v} (V40), desired occupations and availability through the occupation
     * module's {@code desired_occupation_v} and {@code person_availability_v} (V45).
     */
    private static final String SELECT = """
            select p.id as person_id, p.tax_code, p.last_name, p.first_name, p.birth_date,
                   p.residence_municipality_code, m.display as municipality, m.province, p.email, p.mobile_phone,
                   a.hours, a.willing_to_travel, array_to_string(a.transport, ',') as transport,
                   cvs.state as cv_state, cvs.obsolete_from as cv_obsolete_from,
                   row_number() over (partition by o.person_id order by o.created_at, o.id) as occupation_number,
                   o.profession_code, r.display as profession_title, o.from_work, o.from_education, o.from_training,
                   o.interview_date, o.sep_sector, o.specific_skills, o.experience_years, o.last_year_worked,
                   o.formal_learning, o.formal_learning_detail, o.licences_tools, o.other_info, o.centre_code
              from desired_occupation_v o
              join person_directory_v p on p.id = o.person_id
              left join reference_label_v m on m.code_system = 'MUNICIPALITY' and m.code = p.residence_municipality_code
              left join reference_label_v r on r.code_system = 'PROFESSION' and r.code = o.profession_code
              left join person_availability_v a on a.person_id = p.id
            """;

    private final JdbcTemplate streaming;

    ExtractionQuery(DataSource dataSource) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** How many rows the filter takes ({@code centre} null: every centre). */
    long count(ExtractionFilter filter, String centre, LocalDate today) {
        var args = new ArrayList<Object>();
        args.add(Date.valueOf(today));
        String sql = "select count(*) from desired_occupation_v o join person_directory_v p on p.id = o.person_id\n"
                + CV_STATE_SQL + where(filter, centre, args);
        Long n = streaming.queryForObject(sql, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /** Streams the rows, ordered by person name then occupation; call inside a (read-only) transaction. */
    void stream(ExtractionFilter filter, String centre, LocalDate today, RowCallbackHandler rows) {
        var args = new ArrayList<Object>();
        args.add(Date.valueOf(today));
        String sql = SELECT + CV_STATE_SQL + where(filter, centre, args)
                + "\n order by p.last_name, p.first_name, p.id, occupation_number";
        streaming.query(sql, rows, args.toArray());
    }

    private static String where(ExtractionFilter f, String centre, List<Object> args) {
        var sql = new StringBuilder("\n where true");
        if (centre != null) {
            sql.append(" and o.centre_code = ?");
            args.add(centre);
        }
        if (f.professionCode() != null) {
            sql.append(" and (o.profession_code = ? or o.profession_code like ? escape '\\')");
            args.add(f.professionCode());
            args.add(it.orienta.system.SearchText.escapeLike(f.professionCode()) + ".%");
        }
        if (f.sepSector() != null) {
            sql.append(" and o.sep_sector = ?");
            args.add(f.sepSector());
        }
        if (f.municipalityCode() != null) {
            sql.append(" and p.residence_municipality_code = ?");
            args.add(f.municipalityCode());
        }
        var sources = f.sources();
        if (!sources.isEmpty()) {
            sql.append(" and (")
                    .append(String.join(
                            " or ", sources.stream().map(s -> "o." + s).toList()))
                    .append(")");
        }
        switch (f.cv()) {
            case VALID -> sql.append(" and cvs.state = 'VALID'");
            case OBSOLETE -> sql.append(" and cvs.state = 'OBSOLETE'");
            case NONE -> sql.append(" and cvs.state is null");
            case ANY -> {}
        }
        return sql.toString();
    }

    /** The columns, person-level first (written once per row, never as occupation columns: R13). */
    static final List<String> COLUMNS = List.of(
            "taxCode",
            "lastName",
            "firstName",
            "birthDate",
            "municipalityCode",
            "municipality",
            "email",
            "mobilePhone",
            "hours",
            "travel",
            "transport",
            "cv",
            "cvObsoleteFrom",
            "occupationNumber",
            "professionCode",
            "professionTitle",
            "fromWork",
            "fromEducation",
            "fromTraining",
            "interviewDate",
            "sepSector",
            "experienceYears",
            "lastYearWorked",
            "specificSkills",
            "formalLearning",
            "formalLearningDetail",
            "licencesTools",
            "otherInfo",
            "centre");

    /** One row's values in {@link #COLUMNS} order: strings, numbers or null. */
    static Object[] values(ResultSet rs) throws SQLException {
        String municipality = rs.getString("municipality");
        String province = rs.getString("province");
        return new Object[] {
            rs.getString("tax_code"),
            rs.getString("last_name"),
            rs.getString("first_name"),
            String.valueOf(rs.getDate("birth_date")),
            rs.getString("residence_municipality_code"),
            municipality == null ? null : municipality + (province == null ? "" : " (" + province + ")"),
            rs.getString("email"),
            rs.getString("mobile_phone"),
            rs.getString("hours"),
            rs.getString("willing_to_travel"),
            rs.getString("transport"),
            rs.getString("cv_state") == null ? "NONE" : rs.getString("cv_state"),
            rs.getDate("cv_obsolete_from") == null
                    ? null
                    : rs.getDate("cv_obsolete_from").toString(),
            rs.getInt("occupation_number"),
            rs.getString("profession_code"),
            rs.getString("profession_title"),
            yesNo(rs.getBoolean("from_work")),
            yesNo(rs.getBoolean("from_education")),
            yesNo(rs.getBoolean("from_training")),
            rs.getDate("interview_date").toString(),
            rs.getObject("sep_sector", Integer.class),
            rs.getObject("experience_years", Integer.class),
            rs.getObject("last_year_worked", Integer.class),
            rs.getString("specific_skills"),
            yesNo(rs.getBoolean("formal_learning")),
            rs.getString("formal_learning_detail"),
            rs.getString("licences_tools"),
            rs.getString("other_info"),
            rs.getString("centre_code")
        };
    }

    private static String yesNo(boolean b) {
        return b ? "1" : "0";
    }
}
