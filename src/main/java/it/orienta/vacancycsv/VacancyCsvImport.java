package it.orienta.vacancycsv;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.vacancy.EmployerCommand;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyCommand;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Upsert;
import it.orienta.vacancy.VacancyView;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a vacancy spreadsheet ({@link CsvFile}), checks every row — its cells ({@link CsvValues}) and the vacancy
 * module's rules for the row's vacancy and, when its employer is not registered, for the employer — and saves the
 * file only when no row has a problem: every row in one transaction, the employers it registers first, each vacancy
 * upserted by ({@link Source#CSV}, its external id). A problem found while saving (another operator registered the
 * same employer meanwhile) rolls everything back and is reported at its row.
 */
@Service
public class VacancyCsvImport {

    static final int MAX_ROWS = 5_000;

    /** A problem of the file: its row (1 the header, 0 the whole file), its column (null: the whole row). */
    public record Problem(int row, String column, String code, List<Object> args) implements Serializable {

        static Problem of(int row, CsvColumn column, String code, Object... args) {
            return new Problem(row, column == null ? null : column.header, code, List.of(args));
        }

        public String messageKey() {
            return "rule." + code;
        }
    }

    /** A row saved: its number, the vacancy and what the upsert did. */
    public record Saved(int row, UUID vacancyId, String title, Upsert what) implements Serializable {}

    /** What importing a file did: nothing saved when it has problems. */
    public record Report(
            String fileName,
            String charset,
            String delimiter,
            int rows,
            List<Problem> problems,
            List<Saved> saved,
            int employersRegistered)
            implements Serializable {

        public boolean imported() {
            return problems.isEmpty();
        }

        public long count(Upsert what) {
            return saved.stream().filter(s -> s.what() == what).count();
        }

        /** The rows with a problem, in order (the page's "fix rows 3, 7"). */
        public List<Integer> rowsToFix() {
            return problems.stream().map(Problem::row).distinct().sorted().toList();
        }
    }

    /** A row checked: what to save. */
    private record Checked(int row, String taxCode, VacancyCommand vacancy) {}

    private final EmployerService employers;
    private final VacancyService vacancies;
    private final CurrentActor current;
    private final TransactionTemplate tx;
    private final Clock clock;

    VacancyCsvImport(
            EmployerService employers,
            VacancyService vacancies,
            CurrentActor current,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.current = current;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the current operator may import (coordinators and pre-selection operators). */
    boolean mayImport() {
        return current.has(Role.COORDINATOR) || current.has(Role.MATCHING_OPERATOR);
    }

    /** Refuses (403) an operator who may not import vacancies. */
    void checkAccess() {
        if (!mayImport()) {
            throw new AccessDeniedException("vacancy-import");
        }
    }

    /** The template: the columns' Italian headers and an example row, UTF-8 with its mark, {@code ;} between. */
    static byte[] template() {
        var header = new StringBuilder("\uFEFF");
        var example = new StringBuilder();
        for (var c : CsvColumn.values()) {
            if (c.ordinal() > 0) {
                header.append(';');
                example.append(';');
            }
            header.append(c.header);
            example.append(c.example.contains(";") ? "\"" + c.example + "\"" : c.example);
        }
        return (header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Checks the file and, when every row is right, saves it all; the report says which. */
    Report importFile(String fileName, byte[] bytes) {
        checkAccess();
        String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
        if (bytes == null || bytes.length == 0) {
            return new Report(name, "", "", 0, List.of(Problem.of(0, null, "vacancy-import.file.empty")), List.of(), 0);
        }
        var file = CsvFile.parse(bytes);
        var problems = new ArrayList<Problem>();
        var index = columns(file, problems);
        if (file.rows().isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of(0, null, "vacancy-import.file.no-rows"));
        }
        if (file.rows().size() > MAX_ROWS) {
            problems.add(Problem.of(0, null, "vacancy-import.file.too-many-rows", MAX_ROWS));
        }
        String charset = file.charset().name();
        String delimiter = String.valueOf(file.delimiter());
        if (!problems.isEmpty()) {
            return new Report(name, charset, delimiter, file.rows().size(), problems, List.of(), 0);
        }
        var newEmployers = new HashMap<String, EmployerCommand>();
        var known = new HashMap<String, UUID>();
        var seen = new HashMap<String, Integer>();
        var checked = new ArrayList<Checked>();
        for (var row : file.rows()) {
            var c = check(row, index, known, newEmployers, seen, problems);
            if (c != null) checked.add(c);
        }
        if (!problems.isEmpty()) {
            return new Report(name, charset, delimiter, file.rows().size(), problems, List.of(), 0);
        }
        return save(name, charset, delimiter, file.rows().size(), checked, newEmployers);
    }

    private Map<CsvColumn, Integer> columns(CsvFile file, List<Problem> problems) {
        var index = new EnumMap<CsvColumn, Integer>(CsvColumn.class);
        for (int i = 0; i < file.header().size(); i++) {
            String h = file.header().get(i);
            if (h.isBlank()) continue;
            var column = CsvColumn.of(h);
            if (column.isEmpty()) {
                problems.add(new Problem(1, h.strip(), "vacancy-import.column.unknown", List.of(h.strip())));
            } else if (index.putIfAbsent(column.get(), i) != null) {
                problems.add(Problem.of(1, column.get(), "vacancy-import.column.twice", column.get().header));
            }
        }
        for (var c : CsvColumn.values()) {
            if (c.required && !index.containsKey(c)) {
                problems.add(Problem.of(1, c, "vacancy-import.column.missing", c.header));
            }
        }
        return index;
    }

    private Checked check(
            CsvFile.Row row,
            Map<CsvColumn, Integer> index,
            Map<String, UUID> known,
            Map<String, EmployerCommand> newEmployers,
            Map<String, Integer> seen,
            List<Problem> problems) {
        int n = row.number();
        int before = problems.size();
        java.util.function.Function<CsvColumn, String> cell = c -> row.get(index.getOrDefault(c, -1));
        String taxCode = cell.apply(CsvColumn.CODICE_FISCALE_AZIENDA)
                .replaceAll("[\\s\\p{Zs}]+", "")
                .toUpperCase(Locale.ROOT);
        UUID employerId = null;
        if (taxCode.isEmpty()) {
            problems.add(Problem.of(n, CsvColumn.CODICE_FISCALE_AZIENDA, "employer.tax-code.required"));
        } else if (!newEmployers.containsKey(taxCode)) {
            employerId =
                    known.computeIfAbsent(taxCode, t -> employers.idByTaxCode(t).orElse(null));
            if (employerId == null) {
                known.remove(taxCode);
                var employer = new EmployerCommand(
                        taxCode,
                        cell.apply(CsvColumn.RAGIONE_SOCIALE),
                        cell.apply(CsvColumn.ATECO),
                        cell.apply(CsvColumn.COMUNE_AZIENDA),
                        cell.apply(CsvColumn.INDIRIZZO_AZIENDA),
                        cell.apply(CsvColumn.EMAIL_AZIENDA),
                        cell.apply(CsvColumn.TELEFONO_AZIENDA),
                        "",
                        null,
                        "",
                        Source.CSV,
                        taxCode);
                var refused = employers.check(employer);
                for (var v : refused) {
                    problems.add(new Problem(n, CsvColumn.ofEmployerField(v.field()).header, v.code(), v.args()));
                }
                if (refused.isEmpty()) {
                    newEmployers.put(taxCode, employer);
                }
            }
        }
        var values = new EnumMap<CsvColumn, Object>(CsvColumn.class);
        for (var c : CsvColumn.values()) {
            try {
                values.put(c, value(c, cell.apply(c)));
            } catch (CsvValues.Bad bad) {
                problems.add(Problem.of(n, c, bad.code, bad.args));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(Rome.ZONE));
        var published = (LocalDate) values.get(CsvColumn.DATA_PUBBLICAZIONE);
        var command = new VacancyCommand(
                employerId,
                cell.apply(CsvColumn.PROFESSIONE),
                cell.apply(CsvColumn.TITOLO),
                cell.apply(CsvColumn.DESCRIZIONE),
                (Integer) values.get(CsvColumn.POSTI),
                cell.apply(CsvColumn.COMUNE_LAVORO),
                (it.orienta.vacancy.VacancyTerms.ContractType) values.get(CsvColumn.CONTRATTO),
                (it.orienta.vacancy.VacancyTerms.WorkingTime) values.get(CsvColumn.ORARIO),
                (LocalDate) values.get(CsvColumn.DATA_INIZIO),
                published == null ? today : published,
                (LocalDate) values.get(CsvColumn.DATA_SCADENZA),
                requirements(values),
                Boolean.TRUE.equals(values.get(CsvColumn.RISERVATA_L68)),
                Source.CSV,
                null);
        String externalId = externalId(cell.apply(CsvColumn.CODICE_ANNUNCIO), taxCode, command);
        command = withExternalId(command, externalId);
        for (var v : vacancies.check(command)) {
            if (v.code().startsWith("vacancy.employer.")) continue; // the employer's own check says what is wrong
            var column = CsvColumn.ofVacancyField(v.field());
            if (!alreadyReported(problems, before, n, column)) {
                problems.add(new Problem(n, column == null ? null : column.header, v.code(), v.args()));
            }
        }
        var expiry = command.expiryDate();
        if (expiry != null && expiry.isBefore(today)) {
            problems.add(Problem.of(n, CsvColumn.DATA_SCADENZA, "vacancy.expiry.past", expiry));
        }
        var first = seen.putIfAbsent(externalId, n);
        if (first != null) {
            problems.add(Problem.of(n, CsvColumn.CODICE_ANNUNCIO, "vacancy-import.row.twice", first));
        }
        return problems.size() == before ? new Checked(n, taxCode, command) : null;
    }

    /** A cell that could not be read is reported once, not again as the rule's "required". */
    private static boolean alreadyReported(List<Problem> problems, int from, int row, CsvColumn column) {
        if (column == null) return false;
        for (int i = from; i < problems.size(); i++) {
            var p = problems.get(i);
            if (p.row() == row && column.header.equals(p.column())) return true;
        }
        return false;
    }

    private static Object value(CsvColumn c, String s) {
        return switch (c) {
            case POSTI, TITOLO_STUDIO, ANNI_ESPERIENZA -> CsvValues.integer(s);
            case DATA_INIZIO, DATA_PUBBLICAZIONE, DATA_SCADENZA -> CsvValues.date(s);
            case CONTRATTO -> CsvValues.contract(s);
            case ORARIO -> CsvValues.workingTime(s);
            case PATENTI -> CsvValues.licences(s);
            case LINGUE -> CsvValues.languages(s);
            case RISERVATA_L68 -> CsvValues.yesNo(s);
            default -> s;
        };
    }

    @SuppressWarnings("unchecked")
    private static VacancyView.Requirements requirements(Map<CsvColumn, Object> values) {
        var licences = (List<it.orienta.person.DrivingLicence>) values.get(CsvColumn.PATENTI);
        var languages = (List<VacancyView.Language>) values.get(CsvColumn.LINGUE);
        return new VacancyView.Requirements(
                (Integer) values.get(CsvColumn.TITOLO_STUDIO),
                licences == null ? List.of() : licences,
                languages == null ? List.of() : languages,
                (Integer) values.get(CsvColumn.ANNI_ESPERIENZA));
    }

    /**
     * The row's external id: its {@code codice_annuncio}, else the employer's tax code with the profession, the
     * municipality and the title (hashed: the same row imported again is the same vacancy).
     */
    static String externalId(String code, String taxCode, VacancyCommand c) {
        if (code != null && !code.isBlank()) {
            return code.strip();
        }
        String key = c.professionCode().strip() + "|" + c.municipalityCode().strip() + "|"
                + c.title().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        try {
            var hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return taxCode + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static VacancyCommand withExternalId(VacancyCommand c, String externalId) {
        return new VacancyCommand(
                c.employerId(),
                c.professionCode(),
                c.title(),
                c.description(),
                c.posts(),
                c.municipalityCode(),
                c.contractType(),
                c.workingTime(),
                c.startDate(),
                c.publicationDate(),
                c.expiryDate(),
                c.requirements(),
                c.reservedL68(),
                c.source(),
                externalId);
    }

    private Report save(
            String name,
            String charset,
            String delimiter,
            int rows,
            List<Checked> checked,
            Map<String, EmployerCommand> newEmployers) {
        var saved = new ArrayList<Saved>();
        int[] row = {0};
        try {
            tx.executeWithoutResult(status -> {
                var ids = new HashMap<String, UUID>();
                for (var c : checked) {
                    row[0] = c.row();
                    UUID employerId = c.vacancy().employerId();
                    if (employerId == null) {
                        employerId = ids.computeIfAbsent(
                                c.taxCode(),
                                t -> employers.register(newEmployers.get(t)).id());
                    }
                    var upserted = vacancies.upsertFromFeed(withEmployer(c.vacancy(), employerId), null);
                    saved.add(new Saved(c.row(), upserted.id(), c.vacancy().title(), upserted.what()));
                }
            });
        } catch (RuleViolationException refused) {
            var problems = new ArrayList<Problem>();
            for (Violation v : refused.violations()) {
                var column = CsvColumn.ofVacancyField(v.field());
                problems.add(new Problem(row[0], column == null ? null : column.header, v.code(), v.args()));
            }
            return new Report(name, charset, delimiter, rows, problems, List.of(), 0);
        }
        return new Report(name, charset, delimiter, rows, List.of(), saved, newEmployers.size());
    }

    private static VacancyCommand withEmployer(VacancyCommand c, UUID employerId) {
        return new VacancyCommand(
                employerId,
                c.professionCode(),
                c.title(),
                c.description(),
                c.posts(),
                c.municipalityCode(),
                c.contractType(),
                c.workingTime(),
                c.startDate(),
                c.publicationDate(),
                c.expiryDate(),
                c.requirements(),
                c.reservedL68(),
                c.source(),
                c.externalId());
    }
}
