package it.orienta.vacancy;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The page's form of a vacancy: {@code employer} holds "name · tax code" or a tax code, {@code profession} "title ·
 * code" or a code, {@code municipalityCode} what was typed or chosen; up to three languages.
 */
class VacancyForm {

    private String employer = "";
    private String profession = "";
    private String title = "";
    private String description = "";
    private Integer posts = 1;
    private String municipalityCode = "";
    private VacancyTerms.ContractType contractType;
    private VacancyTerms.WorkingTime workingTime;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publicationDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiryDate;

    private Integer minEducationLevel;
    private List<DrivingLicence> drivingLicences = new ArrayList<>();
    private String language1 = "";
    private CefrLevel level1;
    private String language2 = "";
    private CefrLevel level2;
    private String language3 = "";
    private CefrLevel level3;
    private Integer minExperienceYears;
    private boolean reservedL68;
    private long version;

    /** The form of a vacancy read; {@code employerChoice} and {@code municipalityChoice} as the fields show them. */
    static VacancyForm of(VacancyView v, String employerChoice, String municipalityChoice) {
        var f = new VacancyForm();
        f.employer = employerChoice;
        f.profession = v.professionTitle() + " · " + v.professionCode();
        f.title = v.title();
        f.description = v.description();
        f.posts = v.posts();
        f.municipalityCode = municipalityChoice;
        f.contractType = v.contractType();
        f.workingTime = v.workingTime();
        f.startDate = v.startDate();
        f.publicationDate = v.publicationDate();
        f.expiryDate = v.expiryDate();
        var r = v.requirements();
        f.minEducationLevel = r.minEducationLevel();
        f.drivingLicences = new ArrayList<>(r.drivingLicences());
        var l = r.languages();
        if (l.size() > 0) {
            f.language1 = l.get(0).code();
            f.level1 = l.get(0).level();
        }
        if (l.size() > 1) {
            f.language2 = l.get(1).code();
            f.level2 = l.get(1).level();
        }
        if (l.size() > 2) {
            f.language3 = l.get(2).code();
            f.level3 = l.get(2).level();
        }
        f.minExperienceYears = r.minExperienceYears();
        f.reservedL68 = v.reservedL68();
        f.version = v.version();
        return f;
    }

    /** The command, with the employer, profession and municipality fields resolved to their codes. */
    VacancyCommand toCommand(UUID employerId, String professionCode, String municipality) {
        var languages = new ArrayList<VacancyView.Language>();
        language(languages, language1, level1);
        language(languages, language2, level2);
        language(languages, language3, level3);
        return new VacancyCommand(
                employerId,
                professionCode,
                title,
                description,
                posts,
                municipality,
                contractType,
                workingTime,
                startDate,
                publicationDate,
                expiryDate,
                new VacancyView.Requirements(minEducationLevel, drivingLicences, languages, minExperienceYears),
                reservedL68,
                null,
                null);
    }

    private static void language(List<VacancyView.Language> languages, String code, CefrLevel level) {
        if ((code != null && !code.isBlank()) || level != null) {
            languages.add(new VacancyView.Language(code == null ? "" : code, level));
        }
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getPosts() {
        return posts;
    }

    public void setPosts(Integer posts) {
        this.posts = posts;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public VacancyTerms.ContractType getContractType() {
        return contractType;
    }

    public void setContractType(VacancyTerms.ContractType contractType) {
        this.contractType = contractType;
    }

    public VacancyTerms.WorkingTime getWorkingTime() {
        return workingTime;
    }

    public void setWorkingTime(VacancyTerms.WorkingTime workingTime) {
        this.workingTime = workingTime;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public void setExpiryDate(LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    public Integer getMinEducationLevel() {
        return minEducationLevel;
    }

    public void setMinEducationLevel(Integer minEducationLevel) {
        this.minEducationLevel = minEducationLevel;
    }

    public List<DrivingLicence> getDrivingLicences() {
        return drivingLicences;
    }

    public void setDrivingLicences(List<DrivingLicence> drivingLicences) {
        this.drivingLicences = drivingLicences;
    }

    public String getLanguage1() {
        return language1;
    }

    public void setLanguage1(String language1) {
        this.language1 = language1;
    }

    public CefrLevel getLevel1() {
        return level1;
    }

    public void setLevel1(CefrLevel level1) {
        this.level1 = level1;
    }

    public String getLanguage2() {
        return language2;
    }

    public void setLanguage2(String language2) {
        this.language2 = language2;
    }

    public CefrLevel getLevel2() {
        return level2;
    }

    public void setLevel2(CefrLevel level2) {
        this.level2 = level2;
    }

    public String getLanguage3() {
        return language3;
    }

    public void setLanguage3(String language3) {
        this.language3 = language3;
    }

    public CefrLevel getLevel3() {
        return level3;
    }

    public void setLevel3(CefrLevel level3) {
        this.level3 = level3;
    }

    public Integer getMinExperienceYears() {
        return minExperienceYears;
    }

    public void setMinExperienceYears(Integer minExperienceYears) {
        this.minExperienceYears = minExperienceYears;
    }

    public boolean isReservedL68() {
        return reservedL68;
    }

    public void setReservedL68(boolean reservedL68) {
        this.reservedL68 = reservedL68;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
