package it.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables (issue 11): the map {@code src/main/resources/db/table-owners.properties} names the
 * owner of every table and view the migrations create, and neither a module's SQL (the string literals of its Java
 * sources) nor its migrations name another module's table — except a foreign key {@code references t(...)}, the
 * database form of a reference by id. Modulith cannot see SQL; this test can. It also holds the rule that no query
 * says {@code select *}: a query names the columns it reads.
 */
class TableOwnershipTests {

    static final Path MAIN = Path.of("src/main/java/it/orienta");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Words after which a name in SQL is a table: a read, a write, a lock or a change of the schema. */
    static final String VERBS =
            "(?:from|join|update|into|table|truncate|lock|on)\\s+(?:only\\s+|if\\s+(?:not\\s+)?exists\\s+)?";

    /** What another module may not do to a published view. */
    static final String PUBLISHED_VIEW_VERBS = "(?:update|into|table|truncate|lock)\\s+(?:only\\s+)?";

    static Map<String, String> owners;

    @BeforeAll
    static void readMap() throws IOException {
        var props = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/db/table-owners.properties"))) {
            props.load(in);
        }
        owners = new LinkedHashMap<>();
        props.forEach((k, v) -> owners.put(k.toString(), v.toString()));
    }

    @Test
    void everyTableAndViewTheMigrationsCreateHasOneOwnerThatExists() throws IOException {
        var created = new TreeSet<String>();
        var problems = new ArrayList<String>();
        for (var file : migrations()) {
            var sql = stripComments(Files.readString(file));
            Matcher m = Pattern.compile(
                            "(?i)create\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+)?(?:materialized\\s+)?(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)")
                    .matcher(sql);
            while (m.find()) {
                String name = m.group(2).toLowerCase();
                created.add(name);
                if (!owners.containsKey(name))
                    problems.add(file.getFileName() + " creates " + name + ", which has no owner");
            }
        }
        for (var entry : owners.entrySet()) {
            if (!created.contains(entry.getKey()))
                problems.add(entry.getKey() + " is in the map but no migration creates it");
            if (!Files.isDirectory(MAIN.resolve(entry.getValue())))
                problems.add(entry.getKey() + " is owned by " + entry.getValue() + ", which is not a module");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
        var problems = new ArrayList<String>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (var source : sources) {
            String module = MAIN.relativize(source).getName(0).toString();
            String sql = String.join("\n", stringLiterals(Files.readString(source)));
            problems.addAll(foreignNames(
                    java.util.Set.of(module), sql, MAIN.relativize(source).toString()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noMigrationNamesAnotherModulesTableButInAForeignKey() throws IOException {
        var problems = new ArrayList<String>();
        for (var file : migrations()) {
            String sql = stripComments(Files.readString(file));
            var modules = migrationModules(file, sql);
            problems.addAll(foreignNames(
                    modules,
                    sql.replaceAll("(?i)references\\s+[a-z_][a-z0-9_]*", "references"),
                    file.getFileName().toString()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noQuerySaysSelectStar() throws IOException {
        var problems = new ArrayList<String>();
        try (Stream<Path> walk = Files.walk(MAIN)) {
            for (var source :
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                for (var literal : stringLiterals(Files.readString(source))) {
                    if (Pattern.compile("(?is)\\bselect\\s+(distinct\\s+)?([a-z_]+\\.)?\\*")
                            .matcher(literal)
                            .find())
                        problems.add(MAIN.relativize(source) + ": "
                                + literal.strip().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The names of other modules' tables after an SQL verb in {@code sql}, as "where: table (owner)". */
    static List<String> foreignNames(java.util.Set<String> modules, String sql, String where) {
        var found = new ArrayList<String>();
        for (var entry : owners.entrySet()) {
            if (modules.contains(entry.getValue())) continue;
            // a view an owner publishes (*_v) is there to be read by others: only writing to it or changing it counts
            String verbs = entry.getKey().endsWith("_v") ? PUBLISHED_VIEW_VERBS : VERBS;
            var m = Pattern.compile(
                            "(?i)\\b" + verbs + "(?:public\\.)?" + Pattern.quote(entry.getKey()) + "\\b(?![.(])")
                    .matcher(sql);
            if (m.find())
                found.add(
                        where + " (" + String.join(", ", modules) + "): " + entry.getKey() + " of " + entry.getValue());
        }
        return found;
    }

    /**
     * A migration belongs to the module its name starts with and to the modules whose tables it creates (a
     * migration written before its module was split may create the tables of each part: V14 those of questionnaire,
     * profiling and referral; V27 intake's columns and access's table), or else to the owner of the table it is named
     * after (V17__meeting_...).
     */
    static java.util.Set<String> migrationModules(Path file, String sql) {
        var modules = new TreeSet<String>();
        var m = Pattern.compile(
                        "(?i)create\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+)?(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)")
                .matcher(sql);
        while (m.find()) {
            if (owners.containsKey(m.group(1).toLowerCase()))
                modules.add(owners.get(m.group(1).toLowerCase()));
        }
        var name = Pattern.compile("V\\d+__([a-z]+)").matcher(file.getFileName().toString());
        if (name.find()) {
            if (Files.isDirectory(MAIN.resolve(name.group(1)))) modules.add(name.group(1));
            else if (modules.isEmpty()) modules.add(owners.getOrDefault(name.group(1), "?"));
        }
        return modules;
    }

    static List<Path> migrations() throws IOException {
        try (Stream<Path> list = Files.list(MIGRATIONS)) {
            return list.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    static String stripComments(String sql) {
        return sql.replaceAll("--[^\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
    }

    /** The contents of a Java source's string literals and text blocks (comments and code left out). */
    static List<String> stringLiterals(String java) {
        var literals = new ArrayList<String>();
        var blocks = Pattern.compile("(?s)\"\"\"(.*?)\"\"\"").matcher(java);
        var rest = new StringBuilder();
        int last = 0;
        while (blocks.find()) {
            literals.add(blocks.group(1));
            rest.append(java, last, blocks.start());
            last = blocks.end();
        }
        rest.append(java.substring(last));
        String code = rest.toString().replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
        var strings = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"").matcher(code);
        while (strings.find()) literals.add(strings.group(1));
        return literals;
    }
}
