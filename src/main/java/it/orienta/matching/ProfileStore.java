package it.orienta.matching;

import it.orienta.occupation.Availability.Hours;
import it.orienta.occupation.Availability.Travel;
import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table {@code match_profile} (V51): writes a profile read from facts at a database time, and reads profiles
 * back. A row is replaced only by one read at a later time ({@code as_of}), so that of two refreshes of one person
 * racing after two commits the one that read last wins, whatever the order they write in.
 */
@Component
class ProfileStore {

    /** The columns a {@link MatchProfile} is read from, in {@link #map}'s order. */
    static final String COLUMNS = "person_id, centre_code, consent_given, protected_l68, display_name, birth_year,"
            + " municipality_code, province_code, travel, hours, education_level, licences, languages,"
            + " desired_professions, professions, experience, cv_obsolete_from";

    private static final String UPSERT = """
            insert into match_profile (person_id, centre_code, consent_given, protected_l68, display_name, birth_year,
                   municipality_code, province_code, travel, hours, education_level, licences, languages,
                   desired_professions, professions, profession_groups, profession_classes, experience,
                   cv_obsolete_from, as_of)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
                    cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), ?, ?)
            on conflict (person_id) do update set
                   centre_code = excluded.centre_code, consent_given = excluded.consent_given,
                   protected_l68 = excluded.protected_l68, display_name = excluded.display_name,
                   birth_year = excluded.birth_year, municipality_code = excluded.municipality_code,
                   province_code = excluded.province_code, travel = excluded.travel, hours = excluded.hours,
                   education_level = excluded.education_level, licences = excluded.licences,
                   languages = excluded.languages, desired_professions = excluded.desired_professions,
                   professions = excluded.professions, profession_groups = excluded.profession_groups,
                   profession_classes = excluded.profession_classes, experience = excluded.experience,
                   cv_obsolete_from = excluded.cv_obsolete_from, as_of = excluded.as_of
             where match_profile.as_of <= excluded.as_of""";

    private final JdbcTemplate jdbc;

    ProfileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The database's time now: the moment facts read after it are at least as new as. */
    Instant databaseTime() {
        return jdbc.queryForObject("select clock_timestamp()", Timestamp.class).toInstant();
    }

    /** Writes these profiles read from facts at {@code asOf}, unless a row read later is there already. */
    void save(Collection<MatchProfile> profiles, Instant asOf) {
        var rows = new ArrayList<Object[]>();
        for (var p : profiles) {
            var experience = p.experienceYears().entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue())
                    .sorted()
                    .toList();
            var languages = p.languages().entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue().name())
                    .sorted()
                    .toList();
            rows.add(new Object[] {
                p.personId(),
                p.centreCode(),
                p.consentGiven(),
                p.protectedL68(),
                p.displayName(),
                p.birthYear(),
                p.municipalityCode(),
                p.provinceCode(),
                p.travel() == null ? null : p.travel().name(),
                p.hours() == null ? null : p.hours().name(),
                p.education().ordinal(),
                array(p.licences().stream().map(Enum::name).sorted().toList()),
                array(languages),
                array(p.desiredProfessions().stream().sorted().toList()),
                array(p.professions().stream().sorted().toList()),
                array(p.professionGroups().stream().sorted().toList()),
                array(p.professionClasses().stream().sorted().toList()),
                array(experience),
                p.cvObsoleteFrom(),
                Timestamp.from(asOf)
            });
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(UPSERT, rows);
        }
    }

    Optional<MatchProfile> find(UUID personId) {
        return jdbc
                .query("select " + COLUMNS + " from match_profile where person_id = ?", ProfileStore::map, personId)
                .stream()
                .findFirst();
    }

    boolean isEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from match_profile)", Boolean.class));
    }

    /** A PostgreSQL array literal of codes, each quoted (the codes have no quotes or backslashes, but never trust). */
    static String array(Collection<String> values) {
        return values.stream()
                .map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    static MatchProfile map(ResultSet rs, int row) throws SQLException {
        var licences = EnumSet.noneOf(DrivingLicence.class);
        for (String l : strings(rs, "licences")) licences.add(DrivingLicence.valueOf(l));
        var languages = new HashMap<String, CefrLevel>();
        for (String l : strings(rs, "languages")) {
            int colon = l.indexOf(':');
            languages.put(l.substring(0, colon), CefrLevel.valueOf(l.substring(colon + 1)));
        }
        var experience = new HashMap<String, Integer>();
        for (String e : strings(rs, "experience")) {
            int colon = e.lastIndexOf(':');
            experience.put(e.substring(0, colon), Integer.valueOf(e.substring(colon + 1)));
        }
        String travel = rs.getString("travel");
        String hours = rs.getString("hours");
        return new MatchProfile(
                rs.getObject("person_id", UUID.class),
                rs.getString("centre_code"),
                rs.getBoolean("consent_given"),
                rs.getBoolean("protected_l68"),
                rs.getString("display_name"),
                rs.getObject("birth_year", Integer.class),
                rs.getString("municipality_code"),
                rs.getString("province_code"),
                travel == null ? null : Travel.valueOf(travel),
                hours == null ? null : Hours.valueOf(hours),
                EducationLevel.values()[rs.getInt("education_level")],
                licences,
                languages,
                new LinkedHashSet<>(strings(rs, "desired_professions")),
                new LinkedHashSet<>(strings(rs, "professions")),
                experience,
                rs.getObject("cv_obsolete_from", LocalDate.class));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** For the tests and the rebuild's log: how many rows there are. */
    long count() {
        return jdbc.queryForObject("select count(*) from match_profile", Long.class);
    }
}
