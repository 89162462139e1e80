package it.orienta.vacancy;

import it.orienta.person.TaxCode;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.vacancy.VacancyTerms.SizeBand;
import it.orienta.vacancy.VacancyTerms.Source;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An employer (aggregate, ADR 0018), a row of {@code employer} (V49): one record per tax code. It checks its rules
 * ({@link #check}) — a valid tax code (the check digit of an 11-digit partita IVA, or a valid personal codice fiscale
 * for a sole trader), a name, an ATECO 2007 code whose division exists, a known municipality, a well-formed e-mail,
 * the lengths — and every refusal is a {@link RuleViolationException} with its code and field. Uniqueness of the tax
 * code and of (source, external id) is the service's, with the database's unique indexes as the second line.
 */
@Entity
@Table(name = "employer")
class Employer {

    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 300;
    static final int CONTACT_MAX = 200;
    static final int NOTES_MAX = 2000;
    static final int PHONE_MAX = 30;
    static final int EMAIL_MAX = 254;
    static final int EXTERNAL_ID_MAX = 100;

    private static final Pattern COMPANY = Pattern.compile("\\d{11}");
    private static final Pattern ATECO = Pattern.compile("(\\d{2})(\\.\\d{1,2}){0,2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./-]{5,30}");

    @Id
    private UUID id;

    private String taxCode;
    private String name;
    private String atecoCode;
    private String atecoDivision;
    private String municipalityCode;
    private String provinceCode;
    private String address;
    private String email;
    private String phone;
    private String contactPerson;

    @Enumerated(EnumType.STRING)
    private SizeBand sizeBand;

    private String notes;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String externalId;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private Long version;

    protected Employer() {}

    /** A new employer from a checked, normalised command; {@code provinceCode} of its municipality. */
    Employer(EmployerCommand c, String provinceCode, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.createdBy = by;
        this.source = c.source();
        this.externalId = c.externalId();
        set(c, provinceCode, by, now);
    }

    @PrePersist
    void firstVersion() {
        if (version == null) {
            version = 1L;
        }
    }

    /** Applies a checked command; returns the fields it changed (empty: nothing to save). */
    List<String> change(EmployerCommand c, String province, String by, Instant now) {
        var changed = changes(c);
        if (!changed.isEmpty()) {
            set(c, province, by, now);
        }
        return changed;
    }

    List<String> changes(EmployerCommand c) {
        var f = new ArrayList<String>();
        if (!taxCode.equals(c.taxCode())) f.add("taxCode");
        if (!name.equals(c.name())) f.add("name");
        if (!atecoCode.equals(c.atecoCode())) f.add("atecoCode");
        if (!municipalityCode.equals(c.municipalityCode())) f.add("municipalityCode");
        if (!address.equals(c.address())) f.add("address");
        if (!email.equals(c.email())) f.add("email");
        if (!phone.equals(c.phone())) f.add("phone");
        if (!contactPerson.equals(c.contactPerson())) f.add("contactPerson");
        if (sizeBand != c.sizeBand()) f.add("sizeBand");
        if (!notes.equals(c.notes())) f.add("notes");
        return f;
    }

    private void set(EmployerCommand c, String province, String by, Instant now) {
        this.taxCode = c.taxCode();
        this.name = c.name();
        this.atecoCode = c.atecoCode();
        this.atecoDivision = division(c.atecoCode());
        this.municipalityCode = c.municipalityCode();
        this.provinceCode = province;
        this.address = c.address();
        this.email = c.email();
        this.phone = c.phone();
        this.contactPerson = c.contactPerson();
        this.sizeBand = c.sizeBand();
        this.notes = c.notes();
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedBy = by;
    }

    /** The ATECO division of a well-formed code ("62.01.00" → "62"), else {@code null}. */
    static String division(String atecoCode) {
        if (atecoCode == null) return null;
        var m = ATECO.matcher(atecoCode);
        return m.matches() ? m.group(1) : null;
    }

    /** Refuses a command, every violation at once; {@code atecoKnown}: the division is in {@code ateco_code}. */
    static void validate(EmployerCommand c, boolean municipalityKnown, boolean atecoKnown) {
        var v = check(c, municipalityKnown, atecoKnown);
        if (!v.isEmpty()) {
            throw RuleViolationException.of(v);
        }
    }

    /** Every refusal of a normalised command; empty when it may be saved. */
    static List<Violation> check(EmployerCommand c, boolean municipalityKnown, boolean atecoKnown) {
        var v = new ArrayList<Violation>();
        taxCodeViolation(c.taxCode()).ifPresent(v::add);
        if (c.name().isEmpty()) {
            v.add(Violation.of("employer.name.required", "name"));
        }
        if (c.atecoCode().isEmpty()) {
            v.add(Violation.of("employer.ateco.required", "atecoCode"));
        } else if (division(c.atecoCode()) == null) {
            v.add(Violation.of("employer.ateco.format", "atecoCode", c.atecoCode()));
        } else if (!atecoKnown) {
            v.add(Violation.of("employer.ateco.unknown", "atecoCode", c.atecoCode()));
        }
        if (c.municipalityCode().isEmpty()) {
            v.add(Violation.of("employer.municipality.required", "municipalityCode"));
        } else if (!municipalityKnown) {
            v.add(Violation.of("employer.municipality.unknown", "municipalityCode", c.municipalityCode()));
        }
        if (!c.email().isEmpty() && !EMAIL.matcher(c.email()).matches()) {
            v.add(Violation.of("employer.email.format", "email"));
        }
        if (!c.phone().isEmpty() && !PHONE.matcher(c.phone()).matches()) {
            v.add(Violation.of("employer.phone.format", "phone"));
        }
        if (c.source() == Source.REGIONAL_FEED && c.externalId() == null) {
            v.add(Violation.of("employer.external-id.required", "externalId"));
        }
        tooLong(v, c.name(), NAME_MAX, "name");
        tooLong(v, c.address(), ADDRESS_MAX, "address");
        tooLong(v, c.email(), EMAIL_MAX, "email");
        tooLong(v, c.contactPerson(), CONTACT_MAX, "contactPerson");
        tooLong(v, c.notes(), NOTES_MAX, "notes");
        tooLong(v, c.externalId(), EXTERNAL_ID_MAX, "externalId");
        return v;
    }

    /**
     * What is wrong with a tax code, if anything: 11 digits are a company's partita IVA / codice fiscale numerico,
     * whose last digit is the check digit of the Agenzia delle Entrate (Luhn: the digits in even positions doubled,
     * less 9 past 9); 16 characters are a sole trader's codice fiscale, checked as the person registry checks it.
     */
    static java.util.Optional<Violation> taxCodeViolation(String code) {
        if (code == null || code.isEmpty()) {
            return java.util.Optional.of(Violation.of("employer.tax-code.required", "taxCode"));
        }
        if (COMPANY.matcher(code).matches()) {
            return partitaIvaValid(code)
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(Violation.of("employer.tax-code.check-digit", "taxCode", code));
        }
        if (code.length() != 16) {
            return java.util.Optional.of(Violation.of("employer.tax-code.format", "taxCode"));
        }
        try {
            TaxCode.parse(code);
            return java.util.Optional.empty();
        } catch (RuleViolationException e) {
            var first = e.violations().getFirst();
            return java.util.Optional.of(new Violation(first.code(), "taxCode", first.args()));
        }
    }

    /** The check digit of an 11-digit partita IVA (the Agenzia delle Entrate's algorithm). */
    static boolean partitaIvaValid(String digits) {
        if (digits == null || !COMPANY.matcher(digits).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10 == digits.charAt(10) - '0';
    }

    private static void tooLong(List<Violation> v, String s, int max, String field) {
        if (s != null && s.length() > max) {
            v.add(Violation.of("employer.text.too-long", field, max));
        }
    }

    UUID id() {
        return id;
    }

    String taxCode() {
        return taxCode;
    }

    String name() {
        return name;
    }

    Source source() {
        return source;
    }

    String externalId() {
        return externalId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    String atecoDivision() {
        return atecoDivision;
    }

    String provinceCode() {
        return provinceCode;
    }

    String municipalityCode() {
        return municipalityCode;
    }

    EmployerView view(String atecoLabel, String municipalityLabel) {
        return new EmployerView(
                id,
                taxCode,
                name,
                atecoCode,
                atecoDivision,
                atecoLabel,
                municipalityCode,
                municipalityLabel,
                provinceCode,
                address,
                email,
                phone,
                contactPerson,
                sizeBand,
                notes,
                source,
                externalId,
                createdAt,
                createdBy,
                updatedAt,
                updatedBy,
                version());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Employer e && Objects.equals(id, e.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
