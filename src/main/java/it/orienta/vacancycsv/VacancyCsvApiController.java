package it.orienta.vacancycsv;

import io.swagger.v3.oas.annotations.Operation;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The CSV import in the REST API. A file with problems answers 422 {@code vacancy-import.invalid} and saves nothing;
 * its {@code errors[]} name each problem's place as {@code rows[<row>].<column>} (row 1 is the header), with the rule's
 * code and its message in the request's language. Coordinators and pre-selection operators only (403 otherwise).
 */
@RestController
class VacancyCsvApiController {

    private final VacancyCsvImport imports;

    VacancyCsvApiController(VacancyCsvImport imports) {
        this.imports = imports;
    }

    /** What an imported file did; {@code vacancies} one per row, in the file's order. */
    record Imported(
            String fileName,
            String charset,
            String delimiter,
            int rows,
            long created,
            long updated,
            long unchanged,
            int employersRegistered,
            List<VacancyCsvImport.Saved> vacancies) {}

    @Operation(
            summary = "Import a CSV of vacancies (all rows or none)",
            description = "multipart/form-data, part \"file\": UTF-8 or Windows-1252, ';' or ',' between columns"
                    + " (detected), the header of the template (GET /api/v1/vacancy-imports/template). Each row is"
                    + " upserted by its codice_annuncio, else by the employer's tax code, profession, municipality and"
                    + " title: importing the same file again updates, never duplicates. Any row wrong: 422"
                    + " vacancy-import.invalid with errors[].field = rows[<row>].<column>, nothing saved.")
    @PostMapping(value = "/api/v1/vacancy-imports", consumes = "multipart/form-data")
    Imported upload(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        var report = imports.importFile(
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        if (!report.imported()) {
            var violations = new ArrayList<Violation>();
            violations.add(Violation.of(
                    "vacancy-import.invalid",
                    "file",
                    report.rowsToFix().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            for (var p : report.problems()) {
                violations.add(new Violation(
                        p.code(), "rows[" + p.row() + "]" + (p.column() == null ? "" : "." + p.column()), p.args()));
            }
            throw RuleViolationException.of(violations);
        }
        return new Imported(
                report.fileName(),
                report.charset(),
                report.delimiter(),
                report.rows(),
                report.count(it.orienta.vacancy.VacancyTerms.Upsert.CREATED),
                report.count(it.orienta.vacancy.VacancyTerms.Upsert.UPDATED),
                report.count(it.orienta.vacancy.VacancyTerms.Upsert.UNCHANGED),
                report.employersRegistered(),
                report.saved());
    }

    @Operation(summary = "The CSV template: the expected columns (Italian headers) and an example row")
    @GetMapping(value = "/api/v1/vacancy-imports/template", produces = "text/csv")
    ResponseEntity<byte[]> template() {
        imports.checkAccess();
        return VacancyCsvController.template(VacancyCsvImport.template());
    }
}
