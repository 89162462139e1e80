package it.orienta.vacancy;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.system.Rome;
import it.orienta.system.SearchText;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read API of vacancies for other modules (matching, proposals, the feed) and for this module's pages: SQL
 * with explicit columns mapped to {@link VacancyView}, never the aggregate. Reads are allowed to operators,
 * coordinators and pre-selection operators ({@link VacancyAccess}).
 *
 * <p>{@link #open} answers from partial indexes on the OPEN rows (V49): the unit, its fourth- and third-level groups
 * are stored columns, so a query by a set of units or groups is an index equality per level, combined by a bitmap OR,
 * and the province and municipality have their own partial indexes (ADR 0027); units within places, the commonest
 * search, from V56's covering index alone.
 */
@Service
public class Vacancies {

    static final int PAGE_SIZE = 25;

    private static final String COLUMNS = """
            v.id, v.employer_id, e.name, e.ateco_division, e.municipality_code, e.province_code, v.profession_code,
            p.display, v.title, v.description, v.posts, v.municipality_code, m.display, v.province_code,
            v.contract_type, v.working_time, v.start_date, v.publication_date, v.expiry_date, v.min_education_level,
            v.driving_licences,
            (select string_agg(l.language_code || ':' || l.level, ',' order by l.language_code)
               from vacancy_language l where l.vacancy_id = v.id),
            v.min_experience_years, v.reserved_l68, v.status, v.source, v.external_id, v.created_at, v.created_by,
            v.updated_at, v.updated_by, v.version""";
    private static final String FROM = " " + """
             from vacancy v
             join employer e on e.id = v.employer_id
             left join reference_label_v p on p.code_system = 'PROFESSION' and p.code = v.profession_code
             left join reference_label_v m on m.code_system = 'MUNICIPALITY' and m.code = v.municipality_code""";

    private final JdbcClient jdbc;
    private final VacancyAccess access;
    private final Clock clock;

    Vacancies(JdbcClient jdbc, VacancyAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What the companies potentially interested in a person are looked for by (self-promotion): the person's
     * professions (fifth-level units) and their fourth-level groups, the ATECO divisions of the person's sectors, where
     * the person lives, and how far to look.
     *
     * @param units fifth-level ISTAT CP2011 codes
     * @param groups fourth-level codes
     * @param atecoDivisions two-digit ATECO 2007 divisions: an employer of these is listed even without vacancies
     * @param municipalityCode the person's municipality (distance 0); null when unknown
     * @param provinceCode its province (distance 1); null when unknown
     * @param provinceCodes where employers are looked for (the person's region); empty: anywhere
     * @param months how far back vacancies count
     */
    public record EmployerSearch(
            Set<String> units,
            Set<String> groups,
            Set<String> atecoDivisions,
            String municipalityCode,
            String provinceCode,
            Set<String> provinceCodes,
            int months,
            int limit) {

        public EmployerSearch {
            units = Set.copyOf(units);
            groups = Set.copyOf(groups);
            atecoDivisions = Set.copyOf(atecoDivisions);
            provinceCodes = Set.copyOf(provinceCodes);
        }
    }

    /**
     * An employer near a person that hired in the person's professions or works in the person's sectors.
     *
     * @param sameUnit vacancies in the search's months in one of the person's units (any status)
     * @param sameGroup vacancies in one of the person's groups, those of the units included
     * @param lastPublished the latest of those; null when none
     * @param sectorMatch its ATECO division is one of the search's
     * @param distance 0 in the person's municipality, 1 in their province, 2 further
     */
    public record EmployerNear(
            UUID employerId,
            String name,
            String atecoCode,
            String atecoDivision,
            String municipalityCode,
            String municipalityLabel,
            String provinceCode,
            String address,
            String email,
            String phone,
            String contactPerson,
            int sameUnit,
            int sameGroup,
            LocalDate lastPublished,
            boolean sectorMatch,
            int distance) {}

    /**
     * The list's filters (the pages and the API); each {@code null} or blank takes all.
     *
     * @param profession a unit or a group of any level (by prefix)
     * @param text words of the title or the employer's name
     */
    public record Filter(
            Status status,
            String profession,
            String provinceCode,
            ContractType contractType,
            String text,
            UUID employerId) {}

    /** A page of the list, most recently published first. */
    public record Page(List<VacancyView> rows, int page, boolean hasMore) {}

    /** The vacancy, whatever its status. */
    @Transactional(readOnly = true)
    public Optional<VacancyView> find(UUID id) {
        access.read();
        return jdbc.sql("select " + COLUMNS + FROM + " where v.id = :id")
                .param("id", id)
                .query(Vacancies::row)
                .optional();
    }

    /** The vacancy's changes of status, oldest first (the first is its publication). */
    @Transactional(readOnly = true)
    public List<VacancyView.StatusChange> history(UUID id) {
        access.read();
        return jdbc.sql("select from_status, to_status, changed_at, changed_by, reason from vacancy_status_change"
                        + " where vacancy_id = :id order by changed_at, id")
                .param("id", id)
                .query((rs, i) -> new VacancyView.StatusChange(
                        rs.getString(1) == null ? null : Status.valueOf(rs.getString(1)),
                        Status.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /**
     * The OPEN vacancies whose expiry has not passed that match the query, the most recently published first: in the
     * professions or groups asked, in the provinces or municipalities asked, reserved for L. 68/99 or not.
     */
    @Transactional(readOnly = true)
    public List<VacancyView> open(VacancyQuery query) {
        access.read();
        // planned for these values each time (docs/performance.md, issue 13): the driver prepares a statement run
        // often, and PostgreSQL's generic plan for it, not knowing how many vacancies the arrays select, walks every
        // vacancy in publication order (vacancy_publication) until the limit: 26,000 rows for a province's few dozen
        jdbc.sql(PLAN_FOR_THESE_VALUES).update();
        var where = new StringBuilder(" where v.status = 'OPEN' and v.expiry_date >= :today");
        var params = new LinkedHashMap<String, Object>();
        params.put("today", today());
        professionFilter(query.professions(), where, params);
        var places = new ArrayList<String>();
        if (!query.provinceCodes().isEmpty()) {
            places.add("v.province_code = any(cast(:provinces as varchar[]))");
            params.put("provinces", query.provinceCodes().toArray(String[]::new));
        }
        if (!query.municipalityCodes().isEmpty()) {
            places.add("v.municipality_code = any(cast(:municipalities as varchar[]))");
            params.put("municipalities", query.municipalityCodes().toArray(String[]::new));
        }
        if (!places.isEmpty()) {
            where.append(" and (").append(String.join(" or ", places)).append(")");
        }
        if (query.reservedL68() != null) {
            where.append(" and v.reserved_l68 = :reserved");
            params.put("reserved", query.reservedL68());
        }
        params.put("limit", query.limit());
        // two steps: the ids of the most recent that fit, from V56's index alone (no table row read), then only
        // those rows in full; one step read every fitting vacancy's wide row to sort them (docs/performance.md)
        return jdbc.sql(
                        "select " + COLUMNS + FROM + " where v.id in (select v.id from vacancy v" + where
                                + " order by v.publication_date desc, v.id limit :limit) order by v.publication_date desc, v.id")
                .params(params)
                .query(Vacancies::row)
                .list();
    }

    /**
     * Employers that published vacancies in the person's units or groups (any status) in the last {@code months}
     * months, or whose ATECO division is one of the person's sectors, within the provinces asked: the nearest first
     * (municipality, province, further), then those with most vacancies in the units, in the groups, of the sectors.
     */
    @Transactional(readOnly = true)
    public List<EmployerNear> employersNear(EmployerSearch search) {
        access.read();
        var params = new LinkedHashMap<String, Object>();
        params.put("since", today().minusMonths(Math.max(search.months(), 1)));
        params.put("units", search.units().toArray(String[]::new));
        params.put("groups", search.groups().toArray(String[]::new));
        params.put("divisions", search.atecoDivisions().toArray(String[]::new));
        params.put("municipality", search.municipalityCode());
        params.put("province", search.provinceCode());
        params.put("limit", Math.clamp(search.limit(), 1, 500));
        String where = "";
        if (!search.provinceCodes().isEmpty()) {
            where = " and e.province_code = any(cast(:provinces as varchar[]))";
            params.put("provinces", search.provinceCodes().toArray(String[]::new));
        }
        return jdbc.sql("""
                        with hiring as (
                            select v.employer_id,
                                   count(*) filter (where v.profession_code = any(cast(:units as varchar[]))) as units,
                                   count(*) as groups, max(v.publication_date) as last_published
                              from vacancy v
                             where v.publication_date >= :since
                               and (v.profession_code = any(cast(:units as varchar[]))
                                    or v.profession_l4 = any(cast(:groups as varchar[])))
                             group by v.employer_id)
                        select e.id, e.name, e.ateco_code, e.ateco_division, e.municipality_code, m.display,
                               e.province_code, e.address, e.email, e.phone, e.contact_person,
                               coalesce(h.units, 0), coalesce(h.groups, 0), h.last_published,
                               e.ateco_division = any(cast(:divisions as varchar[])) as sector,
                               case when e.municipality_code = cast(:municipality as varchar) then 0
                                    when e.province_code = cast(:province as varchar) then 1 else 2 end as distance
                          from employer e
                          left join hiring h on h.employer_id = e.id
                          left join reference_label_v m on m.code_system = 'MUNICIPALITY' and m.code = e.municipality_code
                         where (h.employer_id is not null or e.ateco_division = any(cast(:divisions as varchar[])))""" + where + """

                         order by distance, coalesce(h.units, 0) desc, coalesce(h.groups, 0) desc, sector desc, e.name,
                                  e.id
                         limit :limit""")
                .params(params)
                .query((rs, i) -> new EmployerNear(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getInt(12),
                        rs.getInt(13),
                        rs.getObject(14, LocalDate.class),
                        rs.getBoolean(15),
                        rs.getInt(16)))
                .list();
    }

    /** The list of the pages and the API: filtered, the most recently published first, {@value #PAGE_SIZE} a page. */
    @Transactional(readOnly = true)
    public Page search(Filter filter, int page) {
        access.read();
        int p = Math.min(Math.max(page, 0), 100_000); // no offset overflow
        var where = new StringBuilder(" where true");
        var params = new LinkedHashMap<String, Object>();
        if (filter.status() != null) {
            where.append(" and v.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.profession() != null && !filter.profession().isBlank()) {
            String code = filter.profession().strip();
            where.append(" and (v.profession_code = :profession or v.profession_code like :professionPrefix"
                    + " escape '\\')");
            params.put("profession", code);
            params.put("professionPrefix", SearchText.escapeLike(code) + ".%");
        }
        if (filter.provinceCode() != null && !filter.provinceCode().isBlank()) {
            where.append(" and v.province_code = :province");
            params.put("province", filter.provinceCode().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.contractType() != null) {
            where.append(" and v.contract_type = :contract");
            params.put("contract", filter.contractType().name());
        }
        if (filter.employerId() != null) {
            where.append(" and v.employer_id = :employer");
            params.put("employer", filter.employerId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            int n = 0;
            for (String word : filter.text().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                where.append(" and (lower(v.title) like :w")
                        .append(n)
                        .append(" escape '\\' or lower(e.name) like :w")
                        .append(n)
                        .append(" escape '\\')");
                params.put("w" + n++, "%" + SearchText.escapeLike(word) + "%");
            }
        }
        params.put("limit", PAGE_SIZE + 1);
        params.put("offset", p * PAGE_SIZE);
        var rows = jdbc.sql("select " + COLUMNS + FROM + where
                        + " order by v.publication_date desc, v.id limit :limit offset :offset")
                .params(params)
                .query(Vacancies::row)
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, p, more);
    }

    /**
     * Units by equality, fourth- and third-level groups by their stored columns (each an index), higher groups by
     * prefix; a vacancy in any of them is taken.
     */
    private static void professionFilter(Set<String> codes, StringBuilder where, Map<String, Object> params) {
        if (codes.isEmpty()) {
            return;
        }
        var units = new ArrayList<String>();
        var l4 = new ArrayList<String>();
        var l3 = new ArrayList<String>();
        var higher = new ArrayList<String>();
        for (String code : codes) {
            switch ((int) code.chars().filter(ch -> ch == '.').count()) {
                case 4 -> units.add(code);
                case 3 -> l4.add(code);
                case 2 -> l3.add(code);
                default -> higher.add(code);
            }
        }
        var any = new ArrayList<String>();
        if (!units.isEmpty()) {
            any.add("v.profession_code = any(cast(:units as varchar[]))");
            params.put("units", units.toArray(String[]::new));
        }
        if (!l4.isEmpty()) {
            any.add("v.profession_l4 = any(cast(:l4 as varchar[]))");
            params.put("l4", l4.toArray(String[]::new));
        }
        if (!l3.isEmpty()) {
            any.add("v.profession_l3 = any(cast(:l3 as varchar[]))");
            params.put("l3", l3.toArray(String[]::new));
        }
        for (int i = 0; i < higher.size(); i++) {
            any.add("v.profession_code like :higher" + i + " escape '\\'");
            params.put("higher" + i, SearchText.escapeLike(higher.get(i)) + ".%");
        }
        where.append(" and (").append(String.join(" or ", any)).append(")");
    }

    /** The setting {@link #open} runs under, for its transaction only. */
    static final String PLAN_FOR_THESE_VALUES = "set local plan_cache_mode = force_custom_plan";

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Rome.ZONE));
    }

    static VacancyView row(ResultSet rs, int i) throws SQLException {
        String municipality = rs.getString(13);
        String province = rs.getString(14);
        return new VacancyView(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8) == null ? rs.getString(7) : rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getInt(11),
                rs.getString(12),
                municipality == null
                        ? rs.getString(12)
                        : municipality + (province == null ? "" : " (" + province + ")"),
                province,
                ContractType.valueOf(rs.getString(15)),
                WorkingTime.valueOf(rs.getString(16)),
                rs.getObject(17, LocalDate.class),
                rs.getObject(18, LocalDate.class),
                rs.getObject(19, LocalDate.class),
                new VacancyView.Requirements(
                        (Integer) rs.getObject(20, Integer.class),
                        licences(rs.getArray(21)),
                        languages(rs.getString(22)),
                        (Integer) rs.getObject(23, Integer.class)),
                rs.getBoolean(24),
                Status.valueOf(rs.getString(25)),
                Source.valueOf(rs.getString(26)),
                rs.getString(27),
                rs.getTimestamp(28).toInstant(),
                rs.getString(29),
                rs.getTimestamp(30).toInstant(),
                rs.getString(31),
                rs.getLong(32));
    }

    private static List<DrivingLicence> licences(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray())
                .map(DrivingLicence::valueOf)
                .sorted()
                .toList();
    }

    private static List<VacancyView.Language> languages(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(","))
                .map(pair -> pair.split(":"))
                .map(pair -> new VacancyView.Language(pair[0], CefrLevel.valueOf(pair[1])))
                .toList();
    }
}
