package it.orienta.reference;

import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.SearchText;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professions glossary: finds fifth-level ISTAT CP2011 professions (unità professionali, the only ones a person's
 * desired occupation may name) by ordinary words or by code, answering while the user types.
 *
 * <p>Words are matched by PostgreSQL full text with the {@code italian} configuration (Snowball stemming: "cameriere"
 * finds "Camerieri") on accent-free text ({@code unaccent}), each word as a prefix so that a half-typed word already
 * finds; the document weighs the unit's title (A) over its synonyms (B), its category's title (C) and its definition
 * (D); the ranking reads only the small title-and-synonyms vector, so a definition's word makes a unit match but
 * never outranks a title. A query equal to a synonym puts that unit first. See ADR 0014.
 */
@Service
public class ProfessionGlossary {

    /** What the user typed looks like the start of a code: "5", "5.2.2", "5.2.2.3.". */
    private static final Pattern CODE_PREFIX = Pattern.compile("\\d(\\.\\d{0,2}){0,4}");

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_LIMIT = 50;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfessionGlossary(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The units that match what was typed, best first; at most {@code limit} (1–50). */
    @Transactional(readOnly = true)
    public List<ProfessionMatch> search(String query, int limit) {
        int n = Math.min(Math.max(limit, 1), MAX_LIMIT);
        String raw = query == null ? "" : query.strip();
        if (raw.isEmpty()) {
            return List.of();
        }
        if (CODE_PREFIX.matcher(raw).matches()) {
            return jdbc.sql("select code, title, path, synonyms, false as exact from profession_search"
                            + " where code like :prefix order by code limit :limit")
                    .param("prefix", SearchText.escapeLike(raw) + "%")
                    .param("limit", n)
                    .query((rs, i) -> row(rs, null))
                    .list();
        }
        String words = words(raw);
        if (words.isEmpty()) {
            return List.of();
        }
        String tsquery = tsquery(words);
        return jdbc.sql("""
                        select code, title, path, synonyms, (:words = any (synonyms)) as exact
                          from profession_search, to_tsquery('italian', :tsquery) q
                         where doc @@ q
                         order by exact desc, ts_rank(head, q) desc, length(title), code
                         limit :limit""")
                .param("words", words)
                .param("tsquery", tsquery)
                .param("limit", n)
                .query((rs, i) -> row(rs, words))
                .list();
    }

    /** A current fifth-level profession by its code; empty for any other code. */
    @Transactional(readOnly = true)
    public Optional<ProfessionMatch> unit(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select code, title, path, synonyms, false as exact from profession_search where code = ?")
                .param(code.strip())
                .query((rs, i) -> row(rs, null))
                .optional();
    }

    /** Which of {@code codes} are current fifth-level professions, in one query (an import's page). */
    @Transactional(readOnly = true)
    public java.util.Set<String> units(java.util.Collection<String> codes) {
        var wanted =
                codes.stream().filter(c -> c != null && !c.isBlank()).distinct().toArray(String[]::new);
        if (wanted.length == 0) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select code from profession_search where code = any (:codes)")
                .param("codes", wanted)
                .query(String.class)
                .list());
    }

    /** The synonyms of every unit, or of one when {@code code} is given; by code, then term. */
    @Transactional(readOnly = true)
    public List<ProfessionSynonym> synonyms(String code) {
        return jdbc.sql("""
                        select s.id, s.profession_code, s.term, s.source, s.created_at, s.created_by,
                               coalesce(p.title, s.profession_code) as title
                          from profession_synonym s left join profession_search p on p.code = s.profession_code
                         where (cast(:code as varchar) is null or s.profession_code = :code)
                         order by string_to_array(s.profession_code, '.')::int[], lower(s.term)""")
                .param("code", code == null || code.isBlank() ? null : code.strip())
                .query((rs, i) -> new ProfessionSynonym(
                        rs.getObject("id", UUID.class),
                        rs.getString("profession_code"),
                        rs.getString("title"),
                        rs.getString("term"),
                        rs.getString("source"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")))
                .list();
    }

    /**
     * Adds a synonym to a fifth-level profession (an administrator's act, audited): 2–100 characters with at least
     * two letters, not already a synonym of that unit. The search finds it at once.
     */
    @Transactional
    public ProfessionSynonym addSynonym(String code, String term, Actor actor) {
        String t = term == null ? "" : term.strip().replaceAll("\\s+", " ");
        var unit = unit(code);
        if (code == null || code.isBlank()) {
            throw new RuleViolationException("reference.synonym.profession-required", "professionCode");
        }
        if (unit.isEmpty()) {
            throw new RuleViolationException("reference.synonym.not-unit", "professionCode", code.strip());
        }
        if (t.length() < 2 || t.length() > 100 || words(t).replace(" ", "").length() < 2) {
            throw new RuleViolationException("reference.synonym.term-invalid", "term");
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        try {
            jdbc.sql("insert into profession_synonym (id, profession_code, term, source, created_at, created_by)"
                            + " values (?, ?, ?, 'ADMIN', ?, ?)")
                    .params(id, unit.get().code(), t, Timestamp.from(now), actor.displayName())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new it.orienta.system.DuplicateException(
                    "reference.synonym.duplicate",
                    "term",
                    "/admin/profession-synonyms",
                    t,
                    unit.get().title());
        }
        refresh();
        events.publishEvent(DataChanged.of(
                clock.instant(),
                actor,
                AuditAction.CREATE,
                "ProfessionSynonym",
                id,
                List.of("professionCode", "term")));
        return new ProfessionSynonym(id, unit.get().code(), unit.get().title(), t, "ADMIN", now, actor.displayName());
    }

    /** Removes a synonym (an administrator's act, audited). */
    @Transactional
    public void removeSynonym(UUID id, Actor actor) {
        int removed = jdbc.sql("delete from profession_synonym where id = ?")
                .param(id)
                .update();
        if (removed == 0) {
            throw new NotFoundException("ProfessionSynonym", id);
        }
        refresh();
        events.publishEvent(DataChanged.of(
                clock.instant(),
                actor,
                AuditAction.DELETE,
                "ProfessionSynonym",
                id,
                List.of("professionCode", "term")));
    }

    /** Rebuilds the search table from the professions and their synonyms (after an import; 800 rows, instant). */
    @Transactional
    public void refresh() {
        jdbc.sql("select profession_search_refresh()").query((rs, i) -> 0).list();
    }

    /** The query's words as the index holds them: lower case, no accents, letters and digits only. */
    /**
     * The full-text query of the typed words, each a prefix: "impiegat" finds "Impiegati" although the Italian
     * stemmer keeps "impiegat" as it is while it cuts "impiegati" to "impieg". A word typed up to a consonant is
     * therefore also tried completed with each final vowel, whose stems ("impiegato" → "impieg") are what the
     * titles hold; every word must match, in any of its forms.
     */
    static String tsquery(String words) {
        return String.join(
                " & ",
                Arrays.stream(words.split(" "))
                        .map(w -> {
                            if (w.length() < 3
                                    || !Character.isLetter(w.charAt(w.length() - 1))
                                    || "aeiou".indexOf(w.charAt(w.length() - 1)) >= 0) {
                                return w + ":*";
                            }
                            return "(" + w + ":* | " + w + "o:* | " + w + "i:* | " + w + "a:* | " + w + "e:*)";
                        })
                        .toList());
    }

    static String words(String text) {
        return NOT_WORD.matcher(SearchText.normalize(text)).replaceAll(" ").strip();
    }

    private static ProfessionMatch row(ResultSet rs, String words) throws SQLException {
        List<String> path = strings(rs.getArray("path"));
        String synonym = null;
        if (words != null) {
            synonym = strings(rs.getArray("synonyms")).stream()
                    .filter(s -> s.equals(words) || s.startsWith(words))
                    .findFirst()
                    .orElse(null);
        }
        return new ProfessionMatch(rs.getString("code"), rs.getString("title"), path, synonym);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }
}
