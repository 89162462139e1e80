package it.orienta.occupation;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The page's form of a desired occupation; {@code profession} holds "title · code" or a code. */
class OccupationForm {
    private String profession = "";
    private boolean fromWork;
    private boolean fromEducation;
    private boolean fromTraining;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate interviewDate;

    private Integer sepSector;
    private String specificSkills = "";
    private Integer experienceYears;
    private Integer lastYearWorked;
    private boolean formalLearning;
    private String formalLearningDetail = "";
    private String licencesTools = "";
    private String otherInfo = "";
    private String jobTitle = "";
    private long version;

    static OccupationForm of(DesiredOccupationView o) {
        var f = new OccupationForm();
        f.profession = o.professionTitle() + " · " + o.professionCode();
        f.fromWork = o.fromWork();
        f.fromEducation = o.fromEducation();
        f.fromTraining = o.fromTraining();
        f.interviewDate = o.interviewDate();
        f.sepSector = o.sepSector();
        f.specificSkills = o.specificSkills();
        f.experienceYears = o.experienceYears();
        f.lastYearWorked = o.lastYearWorked();
        f.formalLearning = o.formalLearning();
        f.formalLearningDetail = o.formalLearningDetail();
        f.licencesTools = o.licencesTools();
        f.otherInfo = o.otherInfo();
        f.jobTitle = o.jobTitle();
        f.version = o.version();
        return f;
    }

    OccupationCommand toCommand(String professionCode) {
        return new OccupationCommand(
                professionCode,
                fromWork,
                fromEducation,
                fromTraining,
                interviewDate,
                sepSector,
                specificSkills,
                experienceYears,
                lastYearWorked,
                formalLearning,
                formalLearningDetail,
                licencesTools,
                otherInfo,
                jobTitle);
    }

    /** Where the "at least one source" refusal is shown (the group of three checkboxes). */
    public String getSources() {
        return null;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public boolean isFromWork() {
        return fromWork;
    }

    public void setFromWork(boolean fromWork) {
        this.fromWork = fromWork;
    }

    public boolean isFromEducation() {
        return fromEducation;
    }

    public void setFromEducation(boolean fromEducation) {
        this.fromEducation = fromEducation;
    }

    public boolean isFromTraining() {
        return fromTraining;
    }

    public void setFromTraining(boolean fromTraining) {
        this.fromTraining = fromTraining;
    }

    public LocalDate getInterviewDate() {
        return interviewDate;
    }

    public void setInterviewDate(LocalDate interviewDate) {
        this.interviewDate = interviewDate;
    }

    public Integer getSepSector() {
        return sepSector;
    }

    public void setSepSector(Integer sepSector) {
        this.sepSector = sepSector;
    }

    public String getSpecificSkills() {
        return specificSkills;
    }

    public void setSpecificSkills(String specificSkills) {
        this.specificSkills = specificSkills;
    }

    public Integer getExperienceYears() {
        return experienceYears;
    }

    public void setExperienceYears(Integer experienceYears) {
        this.experienceYears = experienceYears;
    }

    public Integer getLastYearWorked() {
        return lastYearWorked;
    }

    public void setLastYearWorked(Integer lastYearWorked) {
        this.lastYearWorked = lastYearWorked;
    }

    public boolean isFormalLearning() {
        return formalLearning;
    }

    public void setFormalLearning(boolean formalLearning) {
        this.formalLearning = formalLearning;
    }

    public String getFormalLearningDetail() {
        return formalLearningDetail;
    }

    public void setFormalLearningDetail(String formalLearningDetail) {
        this.formalLearningDetail = formalLearningDetail;
    }

    public String getLicencesTools() {
        return licencesTools;
    }

    public void setLicencesTools(String licencesTools) {
        this.licencesTools = licencesTools;
    }

    public String getOtherInfo() {
        return otherInfo;
    }

    public void setOtherInfo(String otherInfo) {
        this.otherInfo = otherInfo;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
