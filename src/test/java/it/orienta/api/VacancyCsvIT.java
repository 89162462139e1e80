package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.Employers;
import it.orienta.OrientaAppTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CSV import through the API on the whole application: a valid file imported in one go (employers registered,
 * vacancies created), a file with two wrong rows saving nothing and naming both rows with their columns, the same file
 * imported again updating and never duplicating, the template, and who may import.
 */
@OrientaAppTest
class VacancyCsvIT {

    static final String HEADER = "codice_annuncio;codice_fiscale_azienda;ragione_sociale;ateco;comune_azienda;"
            + "professione;titolo;posti;comune_lavoro;contratto;orario;data_scadenza;patenti;lingue;riservata_l68";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final String expiry = LocalDate.now().plusDays(40).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    Api.Response upload(String user, String fileName, byte[] content) {
        String boundary = "orienta" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/vacancy-imports"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":Orienta.2026").getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "it")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(
                    response.statusCode(),
                    response.body(),
                    null,
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    long vacanciesOf(String taxCode) {
        return jdbc.queryForObject(
                "select count(*) from vacancy v join employer e on e.id = v.employer_id where e.tax_code = ?",
                Long.class,
                taxCode);
    }

    @Test
    void aValidFileIsImportedWholeAndAgainUpdatesNeverDuplicates() {
        String taxCode = Employers.partitaIva();
        String ref = "RIF-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = csv(
                StandardCharsets.UTF_8,
                "\uFEFF" + HEADER,
                ref + ";" + taxCode + ";Osteria Già Nota srl;56.10;048017;5.2.2.3.2;Cameriere/a di sala;2;048017;"
                        + "determinato;turni;" + expiry + ";B;en:B1;no",
                ";" + taxCode + ";Osteria Già Nota srl;56.10;048017;5.2.2.3.2;Cameriere/a ai piani;1;048017;"
                        + "stagionale;tempo pieno;" + expiry + ";;;sì");
        var imported = upload("preselezione", "offerte.csv", file);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("created").asInt()).isEqualTo(2);
        assertThat(imported.json().path("employersRegistered").asInt()).isEqualTo(1);
        assertThat(imported.json().path("charset").asString()).isEqualTo("UTF-8");
        assertThat(imported.json().path("delimiter").asString()).isEqualTo(";");
        assertThat(vacanciesOf(taxCode)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from vacancy where source = 'CSV' and external_id = ? and reserved_l68 = false"
                                + " and contract_type = 'FIXED_TERM' and 'B' = any(driving_licences)",
                        Long.class,
                        ref))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select name from employer where tax_code = ? and source = 'CSV'", String.class, taxCode))
                .isEqualTo("Osteria Già Nota srl");

        var again = upload("preselezione", "offerte.csv", file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("created").asInt()).isZero();
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(2);
        assertThat(again.json().path("employersRegistered").asInt()).isZero();

        // the same file with more posts in the first row, saved by Excel in Windows-1252 with commas
        byte[] changed = csv(
                Charset.forName("windows-1252"),
                HEADER.replace(';', ','),
                String.join(
                        ",",
                        ref,
                        taxCode,
                        "Osteria Già Nota srl",
                        "56.10",
                        "048017",
                        "5.2.2.3.2",
                        "Cameriere/a di sala",
                        "3",
                        "048017",
                        "determinato",
                        "turni",
                        expiry,
                        "B",
                        "en:B1",
                        "no"),
                String.join(
                        ",",
                        "",
                        taxCode,
                        "Osteria Già Nota srl",
                        "56.10",
                        "048017",
                        "5.2.2.3.2",
                        "Cameriere/a ai piani",
                        "1",
                        "048017",
                        "stagionale",
                        "tempo pieno",
                        expiry,
                        "",
                        "",
                        "sì"));
        var updated = upload("coordinatore", "offerte-excel.csv", changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("charset").asString()).isEqualTo("windows-1252");
        assertThat(updated.json().path("updated").asInt()).isOne();
        assertThat(updated.json().path("unchanged").asInt()).isOne();
        assertThat(vacanciesOf(taxCode)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select posts from vacancy where source = 'CSV' and external_id = ?", Integer.class, ref))
                .isEqualTo(3);
    }

    @Test
    void aFileWithTwoWrongRowsSavesNothingAndNamesBothRowsAndColumns() {
        String taxCode = Employers.partitaIva();
        byte[] file = csv(
                StandardCharsets.UTF_8,
                HEADER,
                ";" + taxCode + ";Forno Buono snc;10.71;048017;5.2.2.3.2;Cameriere/a;1;048017;determinato;turni;"
                        + expiry + ";;;no",
                ";" + taxCode + ";Forno Buono snc;10.71;048017;9.9.9.9.9;Fornaio/a;due;048017;determinato;turni;"
                        + expiry + ";;;no",
                ";" + taxCode + ";Forno Buono snc;10.71;048017;5.2.2.3.2;Banconista;1;048017;a chiamata;turni;"
                        + "31-03-27;;;no");
        var refused = upload("preselezione", "forno.csv", file);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("vacancy-import.invalid");
        assertThat(refused.fieldMessage("file")).isEqualTo("Il file non è stato importato: correggi le righe 3, 4");
        assertThat(refused.fieldCode("rows[3].posti")).isEqualTo("vacancy-import.value.number");
        assertThat(refused.fieldCode("rows[3].professione")).isEqualTo("vacancy.profession.unknown");
        assertThat(refused.fieldCode("rows[4].contratto")).isEqualTo("vacancy-import.value.term");
        assertThat(refused.fieldCode("rows[4].data_scadenza")).isEqualTo("vacancy-import.value.date");
        assertThat(refused.fieldMessage("rows[4].data_scadenza"))
                .isEqualTo("«31-03-27» non è una data: scrivila come 31/03/2027");
        assertThat(refused.json().path("errors")).hasSize(5);
        assertThat(vacanciesOf(taxCode)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from employer where tax_code = ?", Long.class, taxCode))
                .isZero();

        var header = upload("preselezione", "colonne.csv", csv(StandardCharsets.UTF_8, "titolo;stipendio", "x;1"));
        assertThat(header.status()).isEqualTo(422);
        assertThat(header.fieldCode("rows[1].stipendio")).isEqualTo("vacancy-import.column.unknown");
        assertThat(header.fieldCode("rows[1].codice_fiscale_azienda")).isEqualTo("vacancy-import.column.missing");
    }

    @Test
    void theTemplateAndWhoMayImport() {
        var template = Api.as(port, "coordinatore").get("/api/v1/vacancy-imports/template");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("text/csv");
        assertThat(template.body()).contains("codice_fiscale_azienda;ragione_sociale");
        assertThat(Api.as(port, "operatore")
                        .get("/api/v1/vacancy-imports/template")
                        .status())
                .isEqualTo(403);
        assertThat(upload("operatore", "x.csv", csv(StandardCharsets.UTF_8, HEADER))
                        .status())
                .isEqualTo(403);
    }
}
