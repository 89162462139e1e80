package it.orienta.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL prefilter of a candidates search on {@code match_profile}: the hard filters (consent given, in charge, the
 * L. 68/99 reservation) and one {@link Widening} step's profession and place, through the partial GIN and btree
 * indexes of V51. It returns at most {@code cap} rows, the likeliest first by a coarse rank (profession level, then
 * place, then education, licences, CV), for the scorer to order exactly.
 */
@Component
class CandidateQuery {

    private static final String REACH = "(municipality_code = :municipality"
            + " or (province_code = :province and coalesce(travel, 'PROVINCE') <> 'MUNICIPALITY')"
            + " or travel in ('REGION', 'ITALY', 'ABROAD'))";

    private final JdbcClient jdbc;

    CandidateQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MatchProfile> prefilter(Wanted w, Widening step, int cap, LocalDate today) {
        return jdbc.sql(sql(step))
                .params(params(w, cap, today))
                .query(ProfileStore::map)
                .list();
    }

    /**
     * How many persons each widening step would find (in {@link Widening}'s order), in one scan of the profession's
     * third-level class: what lets a search that must widen go to the right step in one more query.
     */
    int[] counts(Wanted w, LocalDate today) {
        String sql = "select count(*) filter (where professions && cast(:units as varchar[]) and " + REACH + "),"
                + " count(*) filter (where profession_groups && cast(:groups as varchar[]) and " + REACH + "),"
                + " count(*) filter (where " + REACH + "),"
                + " count(*) filter (where province_code = :province or travel in ('REGION', 'ITALY', 'ABROAD')),"
                + " count(*)"
                + " from match_profile where consent_given and centre_code is not null"
                + " and (not :reserved or protected_l68)"
                + " and profession_classes && cast(:classes as varchar[])";
        return jdbc.sql(sql)
                .params(params(w, 0, today))
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)})
                .single();
    }

    /** The prefilter's SQL for one widening step (the speed test explains it). */
    static String sql(Widening step) {
        String profession = switch (step) {
            case NONE -> "professions && cast(:units as varchar[])";
            case PROFESSION_GROUP -> "profession_groups && cast(:groups as varchar[])";
            default -> "profession_classes && cast(:classes as varchar[])";
        };
        String place = switch (step) {
            case NONE, PROFESSION_GROUP, PROFESSION_CLASS -> " and " + REACH;
            case PROVINCE -> " and (province_code = :province or travel in ('REGION', 'ITALY', 'ABROAD'))";
            case REGION -> "";
        };
        return "select " + ProfileStore.COLUMNS + " from match_profile"
                + " where consent_given and centre_code is not null"
                + " and (not :reserved or protected_l68)"
                + " and " + profession + place
                + " order by (case when professions && cast(:units as varchar[]) then 3000"
                + "  when profession_groups && cast(:groups as varchar[]) then 2000 else 1000 end)"
                + " + (case when municipality_code = :municipality then 300"
                + "  when province_code = :province then 200 else 100 end)"
                + " + (case when education_level >= :education then 10 else 0 end)"
                + " + (case when licences @> cast(:licences as varchar[]) then 10 else 0 end)"
                + " + (case when cv_obsolete_from > :today then 1 else 0 end) desc, person_id"
                + " limit :cap";
    }

    /** The prefilter's parameters. */
    static Map<String, Object> params(Wanted w, int cap, LocalDate today) {
        var params = new HashMap<String, Object>();
        params.put("units", ProfileStore.array(List.of(w.professionCode())));
        params.put("groups", ProfileStore.array(List.of(Codes.professionGroup(w.professionCode()))));
        params.put("classes", ProfileStore.array(List.of(Codes.professionClass(w.professionCode()))));
        params.put("municipality", w.municipalityCode());
        params.put("province", w.provinceCode());
        params.put("reserved", w.reservedL68());
        params.put("education", w.minimumEducation().ordinal());
        params.put(
                "licences",
                ProfileStore.array(
                        w.licences().stream().map(Enum::name).sorted().toList()));
        params.put("today", today);
        params.put("cap", cap);
        return params;
    }
}
