package it.orienta.reference;

/**
 * One code of a table.
 *
 * @param level depth in the hierarchy (professions: 1 … 5), 1 for flat tables
 * @param province two-letter province of a municipality
 * @param belfiore cadastral code (municipalities) or Z-code (foreign states), as used in the codice fiscale
 * @param retired no longer in the latest import; kept because data may refer to it
 */
public record ReferenceCode(
        CodeSystem system,
        String code,
        String display,
        String definition,
        String parentCode,
        int level,
        String province,
        String belfiore,
        boolean retired) {

    /** What users read: "Firenze (FI)" for a municipality, the display otherwise. */
    public String label() {
        return province == null ? display : display + " (" + province + ")";
    }
}
