package it.orienta.person;

import it.orienta.person.PersonCommand.EducationTitleCommand;
import it.orienta.person.PersonCommand.WorkExperienceCommand;
import it.orienta.system.SearchText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A person in the registry: one record per person, identified by the canonical codice fiscale. */
@Entity
@Table(name = "person")
class Person {

    @Id
    private UUID id;

    private String taxCode;
    private String taxCodeCanonical;
    private boolean taxCodeTemporary;
    private String firstName;
    private String lastName;
    private String searchName;
    private String searchNameReversed;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private LocalDate birthDate;
    private String birthMunicipalityCode;
    private String birthCountryCode;
    private String citizenshipCode;
    private String residenceMunicipalityCode;
    private String residenceAddress;
    private String domicileMunicipalityCode;
    private String domicileAddress;
    private String email;
    private String mobilePhone;
    private String notes;

    @Column(name = "disability_l68")
    private boolean disabilityL68;

    private Integer disabilityPercentage;
    private String vulnerabilityNotes;
    private Instant createdAt;
    private String createdInCentre;

    @ElementCollection
    @CollectionTable(name = "person_licence", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "licence")
    @Enumerated(EnumType.STRING)
    private Set<DrivingLicence> licences = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    private List<Language> languages = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "person_id", nullable = false)
    @OrderBy("year desc")
    private List<EducationTitle> educationTitles = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "person_id", nullable = false)
    @OrderBy("fromDate desc")
    private List<WorkExperience> workExperiences = new ArrayList<>();

    @Version
    private Long version;

    protected Person() {}

    Person(TaxCode taxCode, PersonCommand details, String centreCode, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        this.createdInCentre = centreCode;
        apply(taxCode, details);
    }

    /** Applies identity and contacts; returns the names of the fields whose value changed. */
    List<String> apply(TaxCode code, PersonCommand d) {
        var changed = new ArrayList<String>();
        taxCode = set(changed, "taxCode", taxCode, code.value());
        taxCodeCanonical = code.canonical();
        taxCodeTemporary = code.temporary();
        firstName = set(changed, "firstName", firstName, d.firstName().strip());
        lastName = set(changed, "lastName", lastName, d.lastName().strip());
        searchName = SearchText.normalize(lastName + " " + firstName);
        searchNameReversed = SearchText.normalize(firstName + " " + lastName);
        sex = set(changed, "sex", sex, d.sex());
        birthDate = set(changed, "birthDate", birthDate, d.birthDate());
        birthMunicipalityCode =
                set(changed, "birthMunicipality", birthMunicipalityCode, blank(d.birthMunicipalityCode()));
        birthCountryCode = set(changed, "birthCountry", birthCountryCode, blank(d.birthCountryCode()));
        citizenshipCode = set(changed, "citizenship", citizenshipCode, blank(d.citizenshipCode()));
        residenceMunicipalityCode =
                set(changed, "residenceMunicipality", residenceMunicipalityCode, blank(d.residenceMunicipalityCode()));
        residenceAddress = set(changed, "residenceAddress", residenceAddress, blank(d.residenceAddress()));
        domicileMunicipalityCode =
                set(changed, "domicileMunicipality", domicileMunicipalityCode, blank(d.domicileMunicipalityCode()));
        domicileAddress = set(changed, "domicileAddress", domicileAddress, blank(d.domicileAddress()));
        email = set(changed, "email", email, blank(d.email()));
        mobilePhone = set(changed, "mobilePhone", mobilePhone, blank(d.mobilePhone()));
        notes = set(changed, "notes", notes, blank(d.notes()));
        var newLicences = d.licences() == null || d.licences().isEmpty()
                ? Set.<DrivingLicence>of()
                : EnumSet.copyOf(d.licences());
        if (!Set.copyOf(licences).equals(newLicences)) {
            changed.add("licences");
            licences.clear();
            licences.addAll(newLicences);
        }
        var newLanguages = d.languages() == null
                ? List.<Language>of()
                : d.languages().stream()
                        .map(l -> new Language(l.language(), l.level()))
                        .toList();
        if (!languages.equals(newLanguages)) {
            changed.add("languages");
            languages.clear();
            languages.addAll(newLanguages);
        }
        return changed;
    }

    List<String> applySpecial(SpecialCategoryData data) {
        var changed = new ArrayList<String>();
        disabilityL68 = set(changed, "disabilityL68", disabilityL68, data.disabilityL68());
        disabilityPercentage = set(changed, "disabilityPercentage", disabilityPercentage, data.disabilityPercentage());
        vulnerabilityNotes = set(changed, "vulnerabilityNotes", vulnerabilityNotes, blank(data.vulnerabilityNotes()));
        return changed;
    }

    EducationTitle addEducationTitle(EducationTitleCommand c) {
        var title = new EducationTitle(c);
        educationTitles.add(title);
        return title;
    }

    boolean removeEducationTitle(UUID titleId) {
        return educationTitles.removeIf(t -> t.id().equals(titleId));
    }

    WorkExperience addWorkExperience(WorkExperienceCommand c) {
        var work = new WorkExperience(c);
        workExperiences.add(work);
        return work;
    }

    boolean removeWorkExperience(UUID workId) {
        return workExperiences.removeIf(w -> w.id().equals(workId));
    }

    private static <T> T set(List<String> changed, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
        return after;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    UUID id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    String taxCodeCanonical() {
        return taxCodeCanonical;
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    String taxCode() {
        return taxCode;
    }

    SpecialCategoryData special() {
        return new SpecialCategoryData(disabilityL68, disabilityPercentage, vulnerabilityNotes);
    }

    PersonView view() {
        return new PersonView(
                id,
                taxCode,
                taxCodeTemporary,
                firstName,
                lastName,
                sex,
                birthDate,
                birthMunicipalityCode,
                birthCountryCode,
                citizenshipCode,
                residenceMunicipalityCode,
                residenceAddress,
                domicileMunicipalityCode,
                domicileAddress,
                email,
                mobilePhone,
                notes,
                licences.stream().sorted().toList(),
                languages.stream()
                        .map(l -> new PersonView.LanguageView(l.language, l.level))
                        .toList(),
                educationTitles.stream().map(EducationTitle::view).toList(),
                workExperiences.stream().map(WorkExperience::view).toList(),
                createdAt,
                createdInCentre,
                version());
    }

    /** A language the person speaks, with its level. */
    @Embeddable
    record Language(
            @Column(name = "language") String language,

            @Enumerated(EnumType.STRING) @Column(name = "level")
            CefrLevel level) {}
}
