package it.orienta.vacancycsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A spreadsheet's CSV as Excel or LibreOffice save it, and its cells as people write them. */
class CsvFileTest {

    @Test
    void utf8WithItsMarkAndSemicolonsAsExcelSavesItInItalian() {
        var file = CsvFile.parse("\uFEFFcodice_fiscale_azienda;titolo\r\n01234567897;\"Cuoco; cucina toscana\"\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(file.delimiter()).isEqualTo(';');
        assertThat(file.header()).containsExactly("codice_fiscale_azienda", "titolo");
        assertThat(file.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.get(1)).isEqualTo("Cuoco; cucina toscana");
            assertThat(r.get(5)).isEmpty();
        });
    }

    @Test
    void windows1252AndCommasWithAQuotedLineBreak() {
        var bytes = "titolo,descrizione\nAddetto/a alla reception,\"Città: Forlì\nturni, sì\"\nCameriere,è\n"
                .getBytes(CsvFile.WINDOWS_1252);
        var file = CsvFile.parse(bytes);
        assertThat(file.charset()).isEqualTo(CsvFile.WINDOWS_1252);
        assertThat(file.delimiter()).isEqualTo(',');
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().getFirst().get(1)).isEqualTo("Città: Forlì\nturni, sì");
        assertThat(file.rows().get(1).number()).isEqualTo(3);
        assertThat(file.rows().get(1).get(1)).isEqualTo("è");
    }

    @Test
    void headersAreMatchedWhateverTheirCaseSpacesAndAccents() {
        assertThat(CsvColumn.of(" Codice fiscale azienda ")).contains(CsvColumn.CODICE_FISCALE_AZIENDA);
        assertThat(CsvColumn.of("Riservata-L68")).contains(CsvColumn.RISERVATA_L68);
        assertThat(CsvColumn.of("\uFEFFtitolo")).contains(CsvColumn.TITOLO);
        assertThat(CsvColumn.of("stipendio")).isEmpty();
    }

    @Test
    void cellsAsPeopleWriteThem() {
        assertThat(CsvValues.date("31/3/2027")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(CsvValues.date("2027-03-31")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(CsvValues.date("")).isNull();
        assertThat(CsvValues.contract("Determinato")).isEqualTo(ContractType.FIXED_TERM);
        assertThat(CsvValues.contract("SEASONAL")).isEqualTo(ContractType.SEASONAL);
        assertThat(CsvValues.workingTime("Part-time")).isEqualTo(WorkingTime.PART_TIME);
        assertThat(CsvValues.workingTime("tempo pieno")).isEqualTo(WorkingTime.FULL_TIME);
        assertThat(CsvValues.licences("B CQC_merci")).containsExactly(DrivingLicence.B, DrivingLicence.CQC_MERCI);
        assertThat(CsvValues.languages("en:B1 | de:a2"))
                .containsExactly(
                        new VacancyView.Language("en", CefrLevel.B1), new VacancyView.Language("de", CefrLevel.A2));
        assertThat(CsvValues.yesNo("Sì")).isTrue();
        assertThat(CsvValues.yesNo("")).isFalse();
        assertThat(CsvValues.integer("1.200")).isEqualTo(1200);
    }

    @Test
    void aCellThatIsNotItsColumnsValueSaysWhatIsExpected() {
        assertThatThrownBy(() -> CsvValues.date("31-03-27")).hasMessage("vacancy-import.value.date");
        assertThatThrownBy(() -> CsvValues.contract("a chiamata"))
                .isInstanceOfSatisfying(
                        CsvValues.Bad.class,
                        b -> assertThat(b.args).containsExactly("a chiamata", CsvValues.CONTRACTS));
        assertThatThrownBy(() -> CsvValues.licences("B Z")).hasMessage("vacancy-import.value.licence");
        assertThatThrownBy(() -> CsvValues.languages("inglese")).hasMessage("vacancy-import.value.language");
        assertThatThrownBy(() -> CsvValues.yesNo("forse")).hasMessage("vacancy-import.value.yes-no");
        assertThatThrownBy(() -> CsvValues.integer("due")).hasMessage("vacancy-import.value.number");
    }

    @Test
    void theTemplateHasEveryColumnInItalianAndAnExampleRowItReadsBack() {
        var file = CsvFile.parse(VacancyCsvImport.template());
        assertThat(file.header())
                .containsExactlyElementsOf(
                        List.of(CsvColumn.values()).stream().map(c -> c.header).toList());
        assertThat(file.rows()).hasSize(1);
    }
}
