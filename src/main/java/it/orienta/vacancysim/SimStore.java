package it.orienta.vacancysim;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The simulator's tables (V52): the market it publishes, read in the feed's order, and changed by market days. */
@Component
class SimStore {

    static final String EMPLOYER_COLUMNS = "id, version, changed_at, tax_code, vat_number, name, legal_form, "
            + "ateco_code, municipality_code, address, postal_code, email, pec, phone, contact_person, size_band";
    static final String VACANCY_COLUMNS = "id, version, changed_at, employer_id, profession_code, title, description, "
            + "posts, municipality_code, contract_type, contract_months, working_time, weekly_hours, start_date, "
            + "published_on, expires_on, education_level, driving_licences, languages, experience_years, "
            + "reserved_l68, status";

    private final JdbcTemplate jdbc;

    SimStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the market's generation: false when it was generated already (or is being, by another transaction). */
    boolean claimGeneration(long seed, Instant now, int employers, int vacancies) {
        return jdbc.update(
                        "insert into vacancysim_state (id, seed, generated_at, last_employer, last_vacancy) "
                                + "values (1, ?, ?, ?, ?) on conflict (id) do nothing",
                        seed,
                        Timestamp.from(now),
                        employers,
                        vacancies)
                == 1;
    }

    record State(long seed, Instant generatedAt, int days, Instant lastDayAt, int lastEmployer, int lastVacancy) {}

    /** The state, locked for the transaction (one market day at a time). */
    Optional<State> lockState() {
        return jdbc
                .query(
                        "select seed, generated_at, days, last_day_at, last_employer, last_vacancy "
                                + "from vacancysim_state where id = 1 for update",
                        (rs, n) -> state(rs))
                .stream()
                .findFirst();
    }

    Optional<State> state() {
        return jdbc
                .query(
                        "select seed, generated_at, days, last_day_at, last_employer, last_vacancy "
                                + "from vacancysim_state where id = 1",
                        (rs, n) -> state(rs))
                .stream()
                .findFirst();
    }

    private static State state(ResultSet rs) throws SQLException {
        var last = rs.getTimestamp(4);
        return new State(
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getInt(3),
                last == null ? null : last.toInstant(),
                rs.getInt(5),
                rs.getInt(6));
    }

    void dayDone(Instant at, int lastEmployer, int lastVacancy) {
        jdbc.update(
                "update vacancysim_state set days = days + 1, last_day_at = ?, last_employer = ?, last_vacancy = ? "
                        + "where id = 1",
                Timestamp.from(at),
                lastEmployer,
                lastVacancy);
    }

    /** The latest change of any item: a new change is stamped after it, so that the feed's order holds. */
    Optional<Instant> latestChange() {
        var t = jdbc.queryForObject(
                "select greatest((select max(changed_at) from vacancysim_employer), "
                        + "(select max(changed_at) from vacancysim_vacancy))",
                Timestamp.class);
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }

    void insertEmployers(List<SimEmployer> employers) {
        jdbc.batchUpdate(
                "insert into vacancysim_employer (" + EMPLOYER_COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                employers,
                500,
                (ps, e) -> {
                    ps.setString(1, e.id());
                    ps.setInt(2, e.version());
                    ps.setTimestamp(3, Timestamp.from(e.changedAt()));
                    ps.setString(4, e.taxCode());
                    ps.setString(5, e.vatNumber());
                    ps.setString(6, e.name());
                    ps.setString(7, e.legalForm());
                    ps.setString(8, e.atecoCode());
                    ps.setString(9, e.municipalityCode());
                    ps.setString(10, e.address());
                    ps.setString(11, e.postalCode());
                    ps.setString(12, e.email());
                    ps.setString(13, e.pec());
                    ps.setString(14, e.phone());
                    ps.setString(15, e.contactPerson());
                    ps.setString(16, e.sizeBand());
                });
    }

    void insertVacancies(List<SimVacancy> vacancies) {
        jdbc.batchUpdate(
                "insert into vacancysim_vacancy (" + VACANCY_COLUMNS
                        + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                vacancies,
                500,
                (ps, v) -> {
                    ps.setString(1, v.id());
                    ps.setInt(2, v.version());
                    ps.setTimestamp(3, Timestamp.from(v.changedAt()));
                    ps.setString(4, v.employerId());
                    ps.setString(5, v.professionCode());
                    ps.setString(6, v.title());
                    ps.setString(7, v.description());
                    ps.setInt(8, v.posts());
                    ps.setString(9, v.municipalityCode());
                    ps.setString(10, v.contractType());
                    ps.setObject(11, v.contractMonths());
                    ps.setString(12, v.workingTime());
                    ps.setObject(13, v.weeklyHours());
                    ps.setDate(14, v.startDate() == null ? null : Date.valueOf(v.startDate()));
                    ps.setDate(15, Date.valueOf(v.publishedOn()));
                    ps.setDate(16, Date.valueOf(v.expiresOn()));
                    ps.setObject(17, v.educationLevel());
                    ps.setString(18, String.join(",", v.drivingLicences()));
                    ps.setString(
                            19,
                            String.join(
                                    ",",
                                    v.languages().stream()
                                            .map(l -> l.code() + ":" + l.level())
                                            .toList()));
                    ps.setObject(20, v.experienceYears());
                    ps.setBoolean(21, v.reservedL68());
                    ps.setString(22, v.status());
                });
    }

    /** A page of the feed: items after the position (or from {@code since}, inclusive), in (changed_at, id) order. */
    List<SimEmployer> employers(Instant since, Instant afterAt, String afterId, int limit) {
        return jdbc.query(
                "select " + EMPLOYER_COLUMNS + " from vacancysim_employer where " + where(afterAt)
                        + " order by changed_at, id limit ?",
                SimStore::employer,
                args(since, afterAt, afterId, limit));
    }

    List<SimVacancy> vacancies(Instant since, Instant afterAt, String afterId, int limit) {
        return jdbc.query(
                "select " + VACANCY_COLUMNS + " from vacancysim_vacancy where " + where(afterAt)
                        + " order by changed_at, id limit ?",
                SimStore::vacancy,
                args(since, afterAt, afterId, limit));
    }

    private static String where(Instant afterAt) {
        return afterAt != null ? "(changed_at, id) > (?, ?)" : "changed_at >= ?";
    }

    private static Object[] args(Instant since, Instant afterAt, String afterId, int limit) {
        return afterAt != null
                ? new Object[] {Timestamp.from(afterAt), afterId, limit}
                : new Object[] {Timestamp.from(since == null ? Instant.EPOCH : since), limit};
    }

    static SimEmployer employer(ResultSet rs, int n) throws SQLException {
        return new SimEmployer(
                rs.getString("id"),
                rs.getInt("version"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getString("tax_code"),
                rs.getString("vat_number"),
                rs.getString("name"),
                rs.getString("legal_form"),
                rs.getString("ateco_code"),
                rs.getString("municipality_code"),
                rs.getString("address"),
                rs.getString("postal_code"),
                rs.getString("email"),
                rs.getString("pec"),
                rs.getString("phone"),
                rs.getString("contact_person"),
                rs.getString("size_band"));
    }

    static SimVacancy vacancy(ResultSet rs, int n) throws SQLException {
        var start = rs.getDate("start_date");
        String languages = rs.getString("languages");
        String licences = rs.getString("driving_licences");
        return new SimVacancy(
                rs.getString("id"),
                rs.getInt("version"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getString("employer_id"),
                rs.getString("profession_code"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getInt("posts"),
                rs.getString("municipality_code"),
                rs.getString("contract_type"),
                (Integer) rs.getObject("contract_months"),
                rs.getString("working_time"),
                (Integer) rs.getObject("weekly_hours"),
                start == null ? null : start.toLocalDate(),
                rs.getDate("published_on").toLocalDate(),
                rs.getDate("expires_on").toLocalDate(),
                rs.getObject("education_level") == null ? null : rs.getInt("education_level"),
                licences.isEmpty() ? List.of() : List.of(licences.split(",")),
                languages.isEmpty()
                        ? List.of()
                        : Arrays.stream(languages.split(","))
                                .map(l -> new SimVacancy.Language(l.substring(0, 2), l.substring(3)))
                                .toList(),
                rs.getObject("experience_years") == null ? null : rs.getInt("experience_years"),
                rs.getBoolean("reserved_l68"),
                rs.getString("status"));
    }

    /** Every employer (for the market day, which hires at existing ones). */
    List<SimEmployer> allEmployers() {
        return jdbc.query("select " + EMPLOYER_COLUMNS + " from vacancysim_employer order by id", SimStore::employer);
    }

    List<String> vacancyIds(String status) {
        return jdbc.queryForList(
                "select id from vacancysim_vacancy where status = ? order by id", String.class, status);
    }

    /** Closes as EXPIRED the open and suspended vacancies whose expiry passed; answers how many. */
    int expire(LocalDate today, Instant stamp) {
        return jdbc.update(
                "update vacancysim_vacancy set status = 'EXPIRED', version = version + 1, changed_at = ? "
                        + "where status in ('OPEN', 'SUSPENDED') and expires_on < ?",
                Timestamp.from(stamp),
                Date.valueOf(today));
    }

    void setStatus(List<String> ids, String status, Instant stamp) {
        jdbc.batchUpdate(
                "update vacancysim_vacancy set status = ?, version = version + 1, changed_at = ? where id = ?",
                ids,
                500,
                (ps, id) -> {
                    ps.setString(1, status);
                    ps.setTimestamp(2, Timestamp.from(stamp));
                    ps.setString(3, id);
                });
    }

    /** The employer extends the vacancy and asks for one more post. */
    void extend(List<String> ids, int days, Instant stamp) {
        jdbc.batchUpdate(
                "update vacancysim_vacancy set expires_on = expires_on + ?, posts = posts + 1, version = version + 1, "
                        + "changed_at = ? where id = ?",
                ids,
                500,
                (ps, id) -> {
                    ps.setInt(1, days);
                    ps.setTimestamp(2, Timestamp.from(stamp));
                    ps.setString(3, id);
                });
    }

    /** The employer's contact changed. */
    void changeContact(String id, String contactPerson, Instant stamp) {
        jdbc.update(
                "update vacancysim_employer set contact_person = ?, version = version + 1, changed_at = ? where id = ?",
                contactPerson,
                Timestamp.from(stamp),
                id);
    }

    VacancySimulator.Counts counts(LocalDate today) {
        return jdbc.queryForObject(
                """
                select (select count(*) from vacancysim_employer),
                       count(*),
                       count(*) filter (where status = 'OPEN'),
                       count(*) filter (where status = 'SUSPENDED'),
                       count(*) filter (where status = 'FILLED'),
                       count(*) filter (where status = 'EXPIRED'),
                       count(*) filter (where status = 'WITHDRAWN'),
                       count(*) filter (where reserved_l68),
                       count(*) filter (where status = 'OPEN' and expires_on between ? and ?)
                  from vacancysim_vacancy""",
                (rs, n) -> new VacancySimulator.Counts(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9)),
                Date.valueOf(today),
                Date.valueOf(today.plusDays(7)));
    }
}
