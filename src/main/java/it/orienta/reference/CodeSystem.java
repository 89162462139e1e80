package it.orienta.reference;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The code tables Orienta keeps, with the FHIR CodeSystem id each is published under and its code format. */
public enum CodeSystem {
    PROFESSION("istat-professioni", "\\d(\\.\\d{1,2}){0,4}"),
    EDUCATION_TITLE("istat-ctsi03", "\\d{8}"),
    MUNICIPALITY("istat-comuni", "\\d{6}"),
    COUNTRY("istat-unitaAmministrativeTerritorialiEstere", "\\d{3}");

    private final String fhirId;
    private final Pattern codeFormat;

    CodeSystem(String fhirId, String codeFormat) {
        this.fhirId = fhirId;
        this.codeFormat = Pattern.compile(codeFormat);
    }

    public String fhirId() {
        return fhirId;
    }

    public boolean isWellFormed(String code) {
        return code != null && codeFormat.matcher(code).matches();
    }

    public static Optional<CodeSystem> ofFhirId(String id) {
        return Arrays.stream(values())
                .filter(s -> s.fhirId.equalsIgnoreCase(id))
                .findFirst();
    }

    /** URL slug: {@code professions}, {@code education-titles}, {@code municipalities}, {@code countries}. */
    public String slug() {
        return switch (this) {
            case PROFESSION -> "professions";
            case EDUCATION_TITLE -> "education-titles";
            case MUNICIPALITY -> "municipalities";
            case COUNTRY -> "countries";
        };
    }

    public static Optional<CodeSystem> ofSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }
}
