package it.orienta.vacancycsv;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the vacancy spreadsheet, by their Italian header (the template's first row), in the template's order,
 * with an example value. {@link #required} columns must be in the header; the employer's columns other than its tax
 * code are needed only for an employer not registered yet.
 */
public enum CsvColumn {
    CODICE_ANNUNCIO("codice_annuncio", false, "RIF-2026-001", "externalId"),
    CODICE_FISCALE_AZIENDA("codice_fiscale_azienda", true, "01234567897", "employerId"),
    RAGIONE_SOCIALE("ragione_sociale", false, "Trattoria Da Gino srl", null),
    ATECO("ateco", false, "56.10.11", null),
    COMUNE_AZIENDA("comune_azienda", false, "048017", null),
    INDIRIZZO_AZIENDA("indirizzo_azienda", false, "Via Roma 1, 50123 Firenze", null),
    EMAIL_AZIENDA("email_azienda", false, "lavoro@dagino.it", null),
    TELEFONO_AZIENDA("telefono_azienda", false, "055 123456", null),
    PROFESSIONE("professione", true, "5.2.2.1.0", "professionCode"),
    TITOLO("titolo", true, "Cuoco/a per cucina toscana", "title"),
    DESCRIZIONE("descrizione", false, "Turni serali, vitto incluso", "description"),
    POSTI("posti", true, "2", "posts"),
    COMUNE_LAVORO("comune_lavoro", true, "048017", "municipalityCode"),
    CONTRATTO("contratto", true, "determinato", "contractType"),
    ORARIO("orario", true, "tempo pieno", "workingTime"),
    DATA_INIZIO("data_inizio", false, "01/03/2027", "startDate"),
    DATA_PUBBLICAZIONE("data_pubblicazione", false, "", "publicationDate"),
    DATA_SCADENZA("data_scadenza", true, "31/03/2027", "expiryDate"),
    TITOLO_STUDIO("titolo_studio", false, "3", "minEducationLevel"),
    PATENTI("patenti", false, "B", "drivingLicences"),
    LINGUE("lingue", false, "en:B1 de:A2", "languages"),
    ANNI_ESPERIENZA("anni_esperienza", false, "2", "minExperienceYears"),
    RISERVATA_L68("riservata_l68", false, "no", "reservedL68");

    final String header;
    final boolean required;
    final String example;
    /** The vacancy command's field a rule names, for the report's column. */
    final String vacancyField;

    CsvColumn(String header, boolean required, String example, String vacancyField) {
        this.header = header;
        this.required = required;
        this.example = example;
        this.vacancyField = vacancyField;
    }

    /** The header, as the template writes it (the page's list of columns). */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public String example() {
        return example;
    }

    /** The column a header names: case, spaces, hyphens and accents ignored ("Codice fiscale azienda"). */
    static Optional<CsvColumn> of(String header) {
        String h = normalise(header);
        return Arrays.stream(values()).filter(c -> c.header.equals(h)).findFirst();
    }

    static String normalise(String header) {
        if (header == null) return "";
        String h = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .strip()
                .toLowerCase(Locale.ROOT);
        return h.replaceAll("[\\s\\-.]+", "_");
    }

    /** The column of a field of the vacancy's rules. */
    static CsvColumn ofVacancyField(String field) {
        if (field != null) {
            for (var c : values()) {
                if (field.equals(c.vacancyField)) return c;
            }
        }
        return null;
    }

    /** The column of a field of the employer's rules. */
    static CsvColumn ofEmployerField(String field) {
        return switch (field == null ? "" : field) {
            case "taxCode" -> CODICE_FISCALE_AZIENDA;
            case "name" -> RAGIONE_SOCIALE;
            case "atecoCode" -> ATECO;
            case "municipalityCode" -> COMUNE_AZIENDA;
            case "address" -> INDIRIZZO_AZIENDA;
            case "email" -> EMAIL_AZIENDA;
            case "phone" -> TELEFONO_AZIENDA;
            default -> RAGIONE_SOCIALE;
        };
    }
}
