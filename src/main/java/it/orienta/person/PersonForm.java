package it.orienta.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The person form of the pages. Places are typed as names and chosen from a list ("Firenze (FI) · 048017"); the
 * code at the end is what counts. The language is given as one "code:level" pair per line for now.
 */
class PersonForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 32, message = "{field.too-long}")
    private String taxCode;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String firstName;

    @NotBlank(message = "{field.required}")
    @Size(max = 100, message = "{field.too-long}")
    private String lastName;

    @NotNull(message = "{field.required}")
    private Sex sex;

    @NotNull(message = "{field.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @Size(max = 120, message = "{field.too-long}")
    private String birthMunicipalityCode;

    @Size(max = 120, message = "{field.too-long}")
    private String birthCountryCode;

    @Size(max = 120, message = "{field.too-long}")
    private String citizenshipCode;

    @Size(max = 120, message = "{field.too-long}")
    private String residenceMunicipalityCode;

    @Size(max = 200, message = "{field.too-long}")
    private String residenceAddress;

    @Size(max = 120, message = "{field.too-long}")
    private String domicileMunicipalityCode;

    @Size(max = 200, message = "{field.too-long}")
    private String domicileAddress;

    @Email(message = "{field.email}")
    @Size(max = 254, message = "{field.too-long}")
    private String email;

    @Pattern(regexp = "|\\+?[0-9 ]{6,20}", message = "{field.phone}")
    private String mobilePhone;

    @Size(max = 2000, message = "{field.too-long}")
    private String notes;

    private Set<DrivingLicence> licences = EnumSet.noneOf(DrivingLicence.class);

    private String languageCode;
    private CefrLevel languageLevel;

    private long version;

    static PersonForm from(
            PersonView p, Function<String, String> municipalityLabel, Function<String, String> countryLabel) {
        var f = new PersonForm();
        f.taxCode = p.taxCode();
        f.firstName = p.firstName();
        f.lastName = p.lastName();
        f.sex = p.sex();
        f.birthDate = p.birthDate();
        f.birthMunicipalityCode = municipalityLabel.apply(p.birthMunicipalityCode());
        f.birthCountryCode = countryLabel.apply(p.birthCountryCode());
        f.citizenshipCode = countryLabel.apply(p.citizenshipCode());
        f.residenceMunicipalityCode = municipalityLabel.apply(p.residenceMunicipalityCode());
        f.residenceAddress = p.residenceAddress();
        f.domicileMunicipalityCode = municipalityLabel.apply(p.domicileMunicipalityCode());
        f.domicileAddress = p.domicileAddress();
        f.email = p.email();
        f.mobilePhone = p.mobilePhone();
        f.notes = p.notes();
        f.licences = p.licences().isEmpty() ? EnumSet.noneOf(DrivingLicence.class) : EnumSet.copyOf(p.licences());
        if (!p.languages().isEmpty()) {
            f.languageCode = p.languages().getFirst().language();
            f.languageLevel = p.languages().getFirst().level();
        }
        f.version = p.version();
        return f;
    }

    PersonCommand toCommand(
            Function<String, String> municipalityCode,
            Function<String, String> countryCode,
            List<PersonView.LanguageView> otherLanguages) {
        var languages = new java.util.ArrayList<PersonCommand.LanguageCommand>();
        if (languageCode != null && !languageCode.isBlank() && languageLevel != null) {
            languages.add(new PersonCommand.LanguageCommand(
                    languageCode.strip().toLowerCase(java.util.Locale.ROOT), languageLevel));
        }
        otherLanguages.stream()
                .skip(1)
                .forEach(l -> languages.add(new PersonCommand.LanguageCommand(l.language(), l.level())));
        return new PersonCommand(
                taxCode,
                firstName,
                lastName,
                sex,
                birthDate,
                municipalityCode.apply(birthMunicipalityCode),
                countryCode.apply(birthCountryCode),
                countryCode.apply(citizenshipCode),
                municipalityCode.apply(residenceMunicipalityCode),
                residenceAddress,
                municipalityCode.apply(domicileMunicipalityCode),
                domicileAddress,
                blank(email),
                blank(mobilePhone),
                notes,
                licences,
                languages);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // accessors for the page binding
    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String v) {
        taxCode = v;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String v) {
        firstName = v;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String v) {
        lastName = v;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex v) {
        sex = v;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate v) {
        birthDate = v;
    }

    public String getBirthMunicipalityCode() {
        return birthMunicipalityCode;
    }

    public void setBirthMunicipalityCode(String v) {
        birthMunicipalityCode = v;
    }

    public String getBirthCountryCode() {
        return birthCountryCode;
    }

    public void setBirthCountryCode(String v) {
        birthCountryCode = v;
    }

    public String getCitizenshipCode() {
        return citizenshipCode;
    }

    public void setCitizenshipCode(String v) {
        citizenshipCode = v;
    }

    public String getResidenceMunicipalityCode() {
        return residenceMunicipalityCode;
    }

    public void setResidenceMunicipalityCode(String v) {
        residenceMunicipalityCode = v;
    }

    public String getResidenceAddress() {
        return residenceAddress;
    }

    public void setResidenceAddress(String v) {
        residenceAddress = v;
    }

    public String getDomicileMunicipalityCode() {
        return domicileMunicipalityCode;
    }

    public void setDomicileMunicipalityCode(String v) {
        domicileMunicipalityCode = v;
    }

    public String getDomicileAddress() {
        return domicileAddress;
    }

    public void setDomicileAddress(String v) {
        domicileAddress = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String v) {
        mobilePhone = v;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String v) {
        notes = v;
    }

    public Set<DrivingLicence> getLicences() {
        return licences;
    }

    public void setLicences(Set<DrivingLicence> v) {
        licences = v == null ? EnumSet.noneOf(DrivingLicence.class) : v;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public void setLanguageCode(String v) {
        languageCode = v;
    }

    public CefrLevel getLanguageLevel() {
        return languageLevel;
    }

    public void setLanguageLevel(CefrLevel v) {
        languageLevel = v;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long v) {
        version = v;
    }
}
