package it.orienta.reference;

import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import it.orienta.system.RuleViolationException;
import it.orienta.system.SearchText;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports and looks up the code tables. */
@Service
public class ReferenceService {

    private static final int MAX_DISPLAY = 500;
    /** The prefix of the import's advisory lock keys (one per code table). */
    static final String IMPORT_LOCK = "reference.import:";
    /** The columns {@link #ROW} reads. */
    private static final String COLUMNS =
            "code_system, code, display, definition, parent_code, level, province, belfiore, retired";

    private static final RowMapper<ReferenceCode> ROW = (rs, i) -> new ReferenceCode(
            CodeSystem.valueOf(rs.getString("code_system")),
            rs.getString("code"),
            rs.getString("display"),
            rs.getString("definition"),
            rs.getString("parent_code"),
            rs.getInt("level"),
            rs.getString("province"),
            rs.getString("belfiore"),
            rs.getBoolean("retired"));

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    ReferenceService(JdbcTemplate jdbc, ApplicationEventPublisher events, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports a FHIR CodeSystem file: all or nothing. The table is recognised by the file's id unless
     * {@code expected} names it; re-importing is idempotent and never deletes a code (absent codes are retired).
     */
    @Transactional
    public ImportReport importFhir(InputStream in, String fileName, CodeSystem expected, Actor actor) {
        var parsed = FhirCodeSystemReader.read(in);
        var system = CodeSystem.ofFhirId(parsed.id())
                .or(() -> Optional.ofNullable(expected))
                .orElseThrow(() -> new RuleViolationException("reference.file.unknown-system", "file", parsed.id()));
        if (expected != null && expected != system) {
            throw new RuleViolationException("reference.file.other-system", "file", parsed.id());
        }
        var rejected = new ArrayList<ImportReport.Rejection>();
        Map<String, FhirCodeSystemReader.Concept> accepted = new LinkedHashMap<>();
        int position = 0;
        for (var concept : parsed.concepts()) {
            position++;
            String reason = null;
            if (!system.isWellFormed(concept.code())) {
                reason = "reference.concept.code-invalid";
            } else if (concept.display() == null || concept.display().isBlank()) {
                reason = "reference.concept.display-missing";
            } else if (concept.display().length() > MAX_DISPLAY) {
                reason = "reference.concept.display-too-long";
            } else if (accepted.containsKey(concept.code())) {
                reason = "reference.concept.duplicate";
            }
            if (reason == null) {
                accepted.put(concept.code(), concept);
            } else {
                rejected.add(new ImportReport.Rejection(position, concept.code(), reason));
            }
        }
        if (accepted.isEmpty()) {
            throw new RuleViolationException("reference.file.empty", "file");
        }
        var rows =
                accepted.values().stream().map(c -> toRow(system, c, accepted)).toList();
        var report = upsert(system, fileName, parsed.concepts().size(), rows, rejected);
        if (system == CodeSystem.PROFESSION) {
            // the glossary's search table follows the classification (ProfessionGlossary, V22)
            jdbc.queryForList("select profession_search_refresh()");
        }
        events.publishEvent(DataChanged.of(
                clock.instant(),
                actor,
                AuditAction.UPDATE,
                "ReferenceTable",
                system.name(),
                List.of(
                        "imported=" + report.imported(),
                        "updated=" + report.updated(),
                        "retired=" + report.retired())));
        return report;
    }

    private Row toRow(
            CodeSystem system, FhirCodeSystemReader.Concept c, Map<String, FhirCodeSystemReader.Concept> all) {
        String province = null;
        String belfiore = null;
        if (system == CodeSystem.COUNTRY) {
            belfiore = c.code().equals("100")
                    ? null
                    : Belfiore.ofCountry(c.display()).orElse(null);
        }
        String parent = c.parentCode();
        int level = c.level();
        if (system == CodeSystem.PROFESSION) {
            // the hierarchy is in the code (1 › 1.1 › 1.1.1 › 1.1.1.1 › 1.1.1.1.0), whatever the XML nesting
            int dot = c.code().lastIndexOf('.');
            parent = dot < 0 ? null : c.code().substring(0, dot);
            level = c.code().split("\\.").length;
        }
        return new Row(
                c.code(),
                c.display().strip(),
                blankToNull(c.definition()),
                parent,
                level,
                province,
                belfiore,
                c.continent());
    }

    private ImportReport upsert(
            CodeSystem system, String fileName, int read, List<Row> rows, List<ImportReport.Rejection> rejected) {
        if (system == CodeSystem.MUNICIPALITY) {
            Map<String, String> names = rows.stream().collect(Collectors.toMap(Row::code, Row::display));
            var provinces = Belfiore.provinces(names);
            rows = rows.stream()
                    .map(r -> {
                        String province = provinces.get(r.code().substring(0, 3));
                        return r.withPlace(
                                province,
                                Belfiore.ofMunicipality(r.display(), province).orElse(null));
                    })
                    .toList();
        }
        lockImport(system);
        Map<String, Row> existing = new HashMap<>();
        Map<String, Boolean> retiredBefore = new HashMap<>();
        jdbc.query(
                "select code, display, definition, parent_code, level, province, belfiore, continent, retired "
                        + "from reference_code where code_system = ?",
                rs -> {
                    existing.put(
                            rs.getString(1),
                            new Row(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getInt(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8)));
                    retiredBefore.put(rs.getString(1), rs.getBoolean(9));
                },
                system.name());
        var inserts = new ArrayList<Row>();
        var updates = new ArrayList<Row>();
        int unchanged = 0;
        for (var row : rows) {
            var before = existing.get(row.code());
            if (before == null) {
                inserts.add(row);
            } else if (!before.equals(row) || retiredBefore.get(row.code())) {
                updates.add(row);
            } else {
                unchanged++;
            }
        }
        var now = Timestamp.from(Instant.now(clock));
        jdbc.batchUpdate(
                "insert into reference_code (code_system, code, display, definition, parent_code, level, province, "
                        + "belfiore, continent, retired, search_text, updated_at) values (?,?,?,?,?,?,?,?,?,false,?,?)",
                inserts,
                500,
                (ps, r) -> {
                    ps.setString(1, system.name());
                    bind(ps, r, 2);
                    ps.setString(10, searchText(r));
                    ps.setTimestamp(11, now);
                });
        jdbc.batchUpdate(
                "update reference_code set code = ?, display = ?, definition = ?, parent_code = ?, level = ?, "
                        + "province = ?, belfiore = ?, continent = ?, retired = false, search_text = ?, updated_at = ? "
                        + "where code_system = ? and code = ?",
                updates,
                500,
                (ps, r) -> {
                    bind(ps, r, 1);
                    ps.setString(9, searchText(r));
                    ps.setTimestamp(10, now);
                    ps.setString(11, system.name());
                    ps.setString(12, r.code());
                });
        var inFile = new HashSet<String>();
        rows.forEach(r -> inFile.add(r.code()));
        var toRetire = existing.keySet().stream()
                .filter(code -> !inFile.contains(code) && !retiredBefore.get(code))
                .toList();
        jdbc.batchUpdate(
                "update reference_code set retired = true, updated_at = ? where code_system = ? and code = ?",
                toRetire,
                500,
                (ps, code) -> {
                    ps.setTimestamp(1, now);
                    ps.setString(2, system.name());
                    ps.setString(3, code);
                });
        return new ImportReport(
                system,
                fileName,
                read,
                inserts.size(),
                updates.size(),
                unchanged,
                toRetire.size(),
                List.copyOf(rejected));
    }

    /**
     * Imports of one code table happen one at a time across the cluster (issue 12): a transaction-scoped advisory
     * lock on the table's key, taken before the current codes are read. Nodes starting together with the same
     * {@code orienta.reference.import} wait for the first; each then reads what it committed and finds its codes
     * unchanged, instead of inserting the same codes at once (a unique violation that stopped a node's start).
     */
    private void lockImport(CodeSystem system) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null, IMPORT_LOCK + system.name());
    }

    private static void bind(java.sql.PreparedStatement ps, Row r, int first) throws java.sql.SQLException {
        ps.setString(first, r.code());
        ps.setString(first + 1, r.display());
        ps.setString(first + 2, r.definition());
        ps.setString(first + 3, r.parentCode());
        ps.setInt(first + 4, r.level());
        ps.setString(first + 5, r.province());
        ps.setString(first + 6, r.belfiore());
        ps.setString(first + 7, r.continent());
    }

    private static String searchText(Row r) {
        return SearchText.normalize(r.display() + (r.province() == null ? "" : " " + r.province()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Transactional(readOnly = true)
    /**
     * The municipality (a cadastral code, "D612") or the foreign state (a Z-code, "Z129") a codice fiscale names as
     * the birth place: a current one first, else the most recently retired that carried the code.
     */
    public Optional<ReferenceCode> byBelfiore(String belfiore) {
        if (belfiore == null || belfiore.isBlank()) {
            return Optional.empty();
        }
        var system = belfiore.startsWith("Z") ? CodeSystem.COUNTRY : CodeSystem.MUNICIPALITY;
        return jdbc
                .query(
                        "select " + COLUMNS + " from reference_code where code_system = ? and belfiore = ?"
                                + " order by retired, code desc limit 1",
                        ROW,
                        system.name(),
                        belfiore)
                .stream()
                .findFirst();
    }

    public Optional<ReferenceCode> find(CodeSystem system, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select " + COLUMNS + " from reference_code where code_system = ? and code = ?",
                        ROW,
                        system.name(),
                        code)
                .stream()
                .findFirst();
    }

    /**
     * Several codes of one table in one query (an import's page of vacancies asks for its municipalities and
     * professions at once): each known code with its row, unknown codes left out.
     */
    @Transactional(readOnly = true)
    public Map<String, ReferenceCode> findAll(CodeSystem system, java.util.Collection<String> codes) {
        var wanted =
                codes.stream().filter(c -> c != null && !c.isBlank()).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return Map.of();
        }
        var result = new HashMap<String, ReferenceCode>();
        jdbc.query(
                "select " + COLUMNS + " from reference_code where code_system = ? and code = any (?)",
                rs -> {
                    var code = ROW.mapRow(rs, 0);
                    result.put(code.code(), code);
                },
                system.name(),
                wanted);
        return result;
    }

    /**
     * Labels of the codes of several tables in one query (a page that shows municipalities, countries, titles and
     * professions); each table's map leaves unknown codes out.
     */
    @Transactional(readOnly = true)
    public Map<CodeSystem, Map<String, String>> labels(Map<CodeSystem, ? extends java.util.Collection<String>> codes) {
        var result = new java.util.EnumMap<CodeSystem, Map<String, String>>(CodeSystem.class);
        var systems = new ArrayList<String>();
        var wanted = new ArrayList<String>();
        codes.forEach((system, list) -> {
            result.put(system, new HashMap<>());
            list.stream().filter(Objects::nonNull).distinct().forEach(code -> {
                systems.add(system.name());
                wanted.add(code);
            });
        });
        if (wanted.isEmpty()) {
            return result;
        }
        jdbc.query(
                "select " + COLUMNS + " from reference_code where (code_system, code) in "
                        + "(select s, c from unnest(cast(? as varchar[]), cast(? as varchar[])) as u(s, c))",
                rs -> {
                    var code = ROW.mapRow(rs, 0);
                    result.get(code.system()).put(code.code(), code.label());
                },
                systems.toArray(String[]::new),
                wanted.toArray(String[]::new));
        return result;
    }

    /** Labels of many codes at once, for lists and pages ("Firenze (FI)"); unknown codes are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> labels(CodeSystem system, java.util.Collection<String> codes) {
        var wanted = codes.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<String, String>();
        jdbc.query(
                "select " + COLUMNS + " from reference_code where code_system = ? and code = any (?)",
                rs -> {
                    var code = ROW.mapRow(rs, 0);
                    result.put(code.code(), code.label());
                },
                system.name(),
                wanted.toArray(String[]::new));
        return result;
    }

    /**
     * Type-ahead: codes whose label holds every word typed (accents and case ignored), or whose code starts with
     * what was typed; current codes only, best matches first.
     */
    @Transactional(readOnly = true)
    public List<ReferenceCode> search(CodeSystem system, String query, int limit) {
        String q = SearchText.normalize(query);
        if (q.isEmpty()) {
            return List.of();
        }
        var words = q.split(" ");
        var sql = new StringBuilder("select " + COLUMNS
                + " from reference_code where code_system = ? and not retired and (code like ? escape '\\' or (true");
        var args = new ArrayList<Object>();
        args.add(system.name());
        args.add(SearchText.escapeLike(query.strip()) + "%");
        for (String word : words) {
            sql.append(" and search_text like ? escape '\\'");
            args.add("%" + SearchText.escapeLike(word) + "%");
        }
        sql.append(")) order by (search_text like ? escape '\\') desc, level desc, length(display), display limit ?");
        args.add(SearchText.escapeLike(q) + "%");
        args.add(Math.min(Math.max(limit, 1), 50));
        return jdbc.query(sql.toString(), ROW, args.toArray());
    }

    /** How a code appears in a form's choice list: "Firenze (FI) · 048017". */
    public static String choice(ReferenceCode code) {
        return code.label() + " · " + code.code();
    }

    /** The choice label of a code, for pre-filling a form; empty for none. */
    @Transactional(readOnly = true)
    public String choiceLabel(CodeSystem system, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return find(system, code).map(ReferenceService::choice).orElse(code);
    }

    /**
     * The code a user meant in a form field: the code after "·" of a chosen entry, a bare code, or a name that
     * matches exactly one current entry ("Firenze", "Firenze (FI)"). Anything else comes back as typed, for the
     * service to refuse as unknown; blank gives {@code null}.
     */
    @Transactional(readOnly = true)
    public String resolve(CodeSystem system, String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String text = input.strip();
        int dot = text.lastIndexOf('·');
        if (dot >= 0) {
            return text.substring(dot + 1).strip();
        }
        if (system.isWellFormed(text)) {
            return text;
        }
        String wanted = SearchText.normalize(text);
        var matches = search(system, text, 10).stream()
                .filter(c -> SearchText.normalize(c.display()).equals(wanted)
                        || SearchText.normalize(c.label()).equals(wanted))
                .toList();
        return matches.size() == 1 ? matches.getFirst().code() : text;
    }

    /** Every current (not retired) code of a table, in code order: for a generator that needs the whole table. */
    @Transactional(readOnly = true)
    public List<ReferenceCode> current(CodeSystem system) {
        return jdbc.query(
                "select " + COLUMNS + " from reference_code where code_system = ? and not retired order by code",
                ROW,
                system.name());
    }

    @Transactional(readOnly = true)
    public long count(CodeSystem system) {
        Long n = jdbc.queryForObject(
                "select count(*) from reference_code where code_system = ? and not retired", Long.class, system.name());
        return n == null ? 0 : n;
    }

    @Transactional(readOnly = true)
    public List<SepSector> sepSectors() {
        // written only by migrations (a new edition comes with a release): read once per run
        var sectors = this.sectors;
        if (sectors == null) {
            sectors = List.copyOf(jdbc.query(
                    "select code, edition, label from sep_sector where edition = (select max(edition) from sep_sector) "
                            + "order by code",
                    (rs, i) -> new SepSector(rs.getInt(1), rs.getString(2), rs.getString(3))));
            this.sectors = sectors;
        }
        return sectors;
    }

    private volatile List<SepSector> sectors;

    /** One of the 24 economic-professional sectors, with the edition of the Atlante it is numbered by. */
    public record SepSector(int code, String edition, String label) {}

    private record Row(
            String code,
            String display,
            String definition,
            String parentCode,
            int level,
            String province,
            String belfiore,
            String continent) {
        Row withPlace(String province, String belfiore) {
            return new Row(code, display, definition, parentCode, level, province, belfiore, continent);
        }
    }
}
