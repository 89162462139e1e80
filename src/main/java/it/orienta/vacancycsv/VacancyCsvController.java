package it.orienta.vacancycsv;

import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The CSV import's page: the template to download, the upload, and the report — the rows and columns to fix when the
 * file was refused (nothing saved), the vacancies saved when it was imported.
 */
@Controller
class VacancyCsvController {

    private final VacancyCsvImport imports;

    VacancyCsvController(VacancyCsvImport imports) {
        this.imports = imports;
    }

    @GetMapping("/vacancy-import")
    String page(Model model) {
        imports.checkAccess();
        model.addAttribute("columns", CsvColumn.values());
        return "vacancycsv/import";
    }

    @PostMapping("/vacancy-import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        var report = imports.importFile(
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        model.addAttribute("columns", CsvColumn.values());
        model.addAttribute("report", report);
        return "vacancycsv/import";
    }

    @GetMapping("/vacancy-import/template.csv")
    ResponseEntity<byte[]> template() {
        imports.checkAccess();
        return template(VacancyCsvImport.template());
    }

    static ResponseEntity<byte[]> template(byte[] csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("offerte-modello.csv")
                                .build()
                                .toString())
                .body(csv);
    }
}
