package it.orienta.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One of a person's desired occupations (R12), a row of {@code desired_occupation} (V20). It belongs to the
 * {@link DesiredOccupations} aggregate, which creates, changes and removes it; its own {@code @Version} is the
 * version the API carries as ETag.
 */
@Entity
@Table(name = "desired_occupation")
class DesiredOccupation {

    @Id
    private UUID id;

    private UUID personId;
    private String professionCode;
    private boolean fromWork;
    private boolean fromEducation;
    private boolean fromTraining;
    private LocalDate interviewDate;
    private Short sepSector;
    private String specificSkills;
    private Short experienceYears;
    private Short lastYearWorked;
    private boolean formalLearning;
    private String formalLearningDetail;
    private String licencesTools;
    private String otherInfo;
    private String jobTitle;
    private String centreCode;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private Long version;

    protected DesiredOccupation() {}

    /** A new occupation from a checked, normalised command. */
    DesiredOccupation(UUID personId, OccupationCommand c, String centreCode, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.centreCode = centreCode;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.createdBy = by;
        set(c, by, now);
    }

    /**
     * A new row is saved as version 1, as the API has always answered (Hibernate would seed 0); set here rather than
     * in the constructor because a non-null version marks an entity as already saved.
     */
    @PrePersist
    void firstVersion() {
        if (version == null) {
            version = 1L;
        }
    }

    /** The fields of the card the command changes, in the card's order; empty when it changes nothing. */
    List<String> changes(OccupationCommand c) {
        var f = new ArrayList<String>();
        if (!professionCode.equals(c.professionCode())) f.add("professionCode");
        if (fromWork != c.fromWork() || fromEducation != c.fromEducation() || fromTraining != c.fromTraining())
            f.add("sources");
        if (!interviewDate.equals(c.interviewDate())) f.add("interviewDate");
        if (!Objects.equals(sepSector(), c.sepSector())) f.add("sepSector");
        if (!specificSkills.equals(c.specificSkills())) f.add("specificSkills");
        if (!Objects.equals(experienceYears(), c.experienceYears())) f.add("experienceYears");
        if (!Objects.equals(lastYearWorked(), c.lastYearWorked())) f.add("lastYearWorked");
        if (formalLearning != c.formalLearning() || !formalLearningDetail.equals(c.formalLearningDetail()))
            f.add("formalLearning");
        if (!licencesTools.equals(c.licencesTools())) f.add("licencesTools");
        if (!otherInfo.equals(c.otherInfo())) f.add("otherInfo");
        if (!jobTitle().equals(c.jobTitle() == null ? "" : c.jobTitle())) f.add("jobTitle");
        return f;
    }

    /** Takes the command's values (checked by the aggregate). */
    void set(OccupationCommand c, String by, Instant now) {
        this.professionCode = c.professionCode();
        this.fromWork = c.fromWork();
        this.fromEducation = c.fromEducation();
        this.fromTraining = c.fromTraining();
        this.interviewDate = c.interviewDate();
        this.sepSector = small(c.sepSector());
        this.specificSkills = c.specificSkills();
        this.experienceYears = small(c.experienceYears());
        this.lastYearWorked = small(c.lastYearWorked());
        this.formalLearning = c.formalLearning();
        this.formalLearningDetail = c.formalLearningDetail();
        this.licencesTools = c.licencesTools();
        this.otherInfo = c.otherInfo();
        this.jobTitle = c.jobTitle() == null || c.jobTitle().isBlank() ? null : c.jobTitle();
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedBy = by;
    }

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    String professionCode() {
        return professionCode;
    }

    /** The row's version; 1 for a new row not yet saved (the version its first save gives it). */
    long version() {
        return version == null ? 1 : version;
    }

    /** As other modules and the pages read it, with the profession's title. */
    DesiredOccupationView view(String professionTitle) {
        return new DesiredOccupationView(
                id,
                personId,
                professionCode,
                professionTitle,
                fromWork,
                fromEducation,
                fromTraining,
                interviewDate,
                sepSector(),
                specificSkills,
                experienceYears(),
                lastYearWorked(),
                formalLearning,
                formalLearningDetail,
                licencesTools,
                otherInfo,
                updatedAt,
                version(),
                jobTitle());
    }

    private String jobTitle() {
        return jobTitle == null ? "" : jobTitle;
    }

    private Integer sepSector() {
        return sepSector == null ? null : sepSector.intValue();
    }

    private Integer experienceYears() {
        return experienceYears == null ? null : experienceYears.intValue();
    }

    private Integer lastYearWorked() {
        return lastYearWorked == null ? null : lastYearWorked.intValue();
    }

    private static Short small(Integer n) {
        return n == null ? null : n.shortValue();
    }
}
