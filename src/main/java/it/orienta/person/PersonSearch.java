package it.orienta.person;

import it.orienta.person.PersonService.SearchResult;
import it.orienta.system.ChargeDirectory;
import it.orienta.system.RuleViolationException;
import it.orienta.system.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's search and its identity reads of many persons at once: regional and not audited, identity only,
 * with the centre that has each person in charge ({@link ChargeDirectory}). Reached through
 * {@link PersonService#search} and {@link PersonService#summaries}; read models on the table {@code person} with
 * explicit columns, answered by the ordered name indexes of V8/V12 (docs/performance.md).
 */
@Component
class PersonSearch {

    private final JdbcTemplate jdbc;
    private final ChargeDirectory charges;

    PersonSearch(JdbcTemplate jdbc, ChargeDirectory charges) {
        this.jdbc = jdbc;
        this.charges = charges;
    }

    /**
     * Finds persons by codice fiscale (exact, omocodia ignored), by surname and name, and by birth date; {@code size}
     * rows from {@code page} (0-based), one more fetched to tell whether more follow.
     *
     * <p>A name query finds, in this order: names whose "surname name" starts with it (in name order), names whose
     * "name surname" starts with it (in first-name order), then, when one word has three letters or more, names
     * with words that start with each word of the query ("rossi" finds "De Rossi", "mar ros" finds "Rossi Mario").
     * Accents and case are ignored. A later part is read only when the earlier ones do not fill the page: a surname
     * prefix, the common case, costs one range walk of an ordered index (see docs/performance.md).
     *
     * <p>Regional and not audited: it answers identity only, with the centre that has each person in charge.
     */
    @Transactional(readOnly = true)
    SearchResult search(String query, LocalDate birthDate, int page, int size) {
        String q = query == null ? "" : query.strip();
        int limit = Math.min(Math.max(size, 1), 100);
        int offset = Math.max(page, 0) * limit;
        if (q.isEmpty() && birthDate == null) {
            return new SearchResult(List.of(), page, false);
        }
        String compact = q.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        List<PersonSearchRow> rows;
        if (q.isEmpty()) {
            rows = select(new Part("", List.of(), BY_NAME), birthDate, limit + 1, offset);
        } else if (looksLikeTaxCode(compact)) {
            String code;
            try {
                code = TaxCode.parse(compact).canonical();
            } catch (RuleViolationException e) {
                code = compact;
            }
            rows = select(
                    new Part(" and tax_code_canonical = ?", List.of(code), BY_NAME), birthDate, limit + 1, offset);
        } else {
            rows = byName(q, birthDate, limit, offset);
        }
        boolean more = rows.size() > limit;
        var shown = more ? rows.subList(0, limit) : rows;
        var centres =
                charges.chargeCentres(shown.stream().map(PersonSearchRow::id).toList());
        return new SearchResult(
                shown.stream().map(r -> r.withChargeCentre(centres.get(r.id()))).toList(), page, more);
    }

    private static final String SUMMARY_COLUMNS =
            "id, tax_code, first_name, last_name, birth_date, residence_municipality_code";
    private static final String SEARCH_COLUMNS =
            "id, tax_code, first_name, last_name, birth_date, birth_municipality_code, birth_country_code";

    /** Names are compared byte-wise (collation "C"): the V12 indexes answer prefixes as ranges, in their order. */
    private static final String NAME = "search_name collate \"C\"";

    private static final String REVERSED = "search_name_reversed collate \"C\"";
    private static final String BY_NAME = NAME + ", id";
    // the words part is sorted after a bitmap scan of the GIN index: "|| ''" keeps the planner from walking the
    // whole ordered name index to find a few word matches
    private static final String BY_NAME_SORTED = "(" + NAME + ") || '', id";

    /** One part of a name search: a condition, its arguments and its order. */
    private record Part(String condition, List<Object> args, String orderBy) {}

    /**
     * Name search in three parts, each disjoint from the ones before and each read only while the page is not
     * full: names that start with the text (surname first, in name order), names whose first name starts with it
     * (in first-name order), then names with a word that starts with each word of the text ("rossi" finds "De Rossi
     * Mario"). The first two walk the ordered indexes of V12 and stop at the page.
     */
    private List<PersonSearchRow> byName(String q, LocalDate birthDate, int limit, int offset) {
        String norm = SearchText.escapeLike(SearchText.normalize(q));
        String startsWith = norm + "%";
        var parts = new ArrayList<Part>();
        parts.add(new Part(" and " + NAME + " like ? escape '\\'", List.of(startsWith), BY_NAME));
        parts.add(new Part(
                " and " + REVERSED + " like ? escape '\\' and not " + NAME + " like ? escape '\\'",
                List.of(startsWith, startsWith),
                REVERSED + ", id"));
        String words = wordPrefixes(q);
        if (!words.isEmpty()) {
            parts.add(new Part(
                    " and search_words @@ to_tsquery('simple', ?) and not (" + NAME + " like ? escape '\\' or "
                            + REVERSED + " like ? escape '\\')",
                    List.of(words, startsWith, startsWith),
                    BY_NAME_SORTED));
        }
        var rows = new ArrayList<PersonSearchRow>();
        int before = 0; // how many matches the parts already read hold in all
        for (var part : parts) {
            int wanted = limit + 1 - rows.size();
            if (wanted <= 0) {
                break;
            }
            int skip = Math.max(0, offset - before);
            var found = select(part, birthDate, wanted, skip);
            rows.addAll(found);
            // reaching the next part means this one is exhausted: its total is what was skipped and read, unless
            // the page starts beyond it (nothing read), where only a count tells
            before += found.isEmpty() && skip > 0 ? count(part, birthDate) : skip + found.size();
        }
        return rows;
    }

    private List<PersonSearchRow> select(Part part, LocalDate birthDate, int limit, int offset) {
        var args = new ArrayList<Object>(part.args());
        String birth = "";
        if (birthDate != null) {
            birth = " and birth_date = ?";
            args.add(birthDate);
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query(
                "select " + SEARCH_COLUMNS + " from person where true" + part.condition() + birth + " order by "
                        + part.orderBy() + " limit ? offset ?",
                (rs, row) -> new PersonSearchRow(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7),
                        null),
                args.toArray());
    }

    private int count(Part part, LocalDate birthDate) {
        var args = new ArrayList<Object>(part.args());
        String birth = "";
        if (birthDate != null) {
            birth = " and birth_date = ?";
            args.add(birthDate);
        }
        Integer n = jdbc.queryForObject(
                "select count(*) from person where true" + part.condition() + birth, Integer.class, args.toArray());
        return n == null ? 0 : n;
    }

    private static PersonSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PersonSummary(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getString(6));
    }

    /** Summaries of many persons at once, in no particular order; unknown ids are left out. */
    @Transactional(readOnly = true)
    java.util.Map<UUID, PersonSummary> summaries(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        var result = new java.util.HashMap<UUID, PersonSummary>();
        jdbc.query(
                "select " + SUMMARY_COLUMNS + " from person where id = any (?)",
                rs -> {
                    var s = summary(rs, 0);
                    result.put(s.id(), s);
                },
                (Object) ids.toArray(UUID[]::new));
        return result;
    }

    /** "mar ros" → {@code mar:* & ros:*}; empty when no word has three letters or more. */
    static String wordPrefixes(String query) {
        var words = java.util.Arrays.stream(SearchText.normalize(query).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .toList();
        if (words.stream().noneMatch(w -> w.length() >= 3)) {
            return "";
        }
        return String.join(" & ", words.stream().map(w -> w + ":*").toList());
    }

    private static boolean looksLikeTaxCode(String compact) {
        return compact.matches("\\d{11}") || (compact.length() == 16 && compact.matches("[A-Z0-9]{16}"));
    }
}
