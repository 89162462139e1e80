package it.orienta.person;

import it.orienta.person.PersonCommand.WorkExperienceCommand;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A job the person held: employer, role as an ISTAT profession, period, SEP sector, description, own job title. */
@Entity
@Table(name = "person_work_experience")
class WorkExperience {

    @Id
    private UUID id;

    private String employer;
    private String professionCode;
    private LocalDate fromDate;
    private LocalDate toDate;
    private Integer sepSector;
    private String description;
    private String jobTitle;

    protected WorkExperience() {}

    WorkExperience(WorkExperienceCommand c) {
        this.id = UUID.randomUUID();
        this.employer = c.employer().strip();
        this.professionCode = c.professionCode();
        this.fromDate = c.fromDate();
        this.toDate = c.toDate();
        this.sepSector = c.sepSector();
        this.description = c.description() == null || c.description().isBlank()
                ? null
                : c.description().strip();
        this.jobTitle = c.jobTitle() == null || c.jobTitle().isBlank()
                ? null
                : c.jobTitle().strip();
    }

    UUID id() {
        return id;
    }

    PersonView.WorkExperienceView view() {
        return new PersonView.WorkExperienceView(
                id, employer, professionCode, fromDate, toDate, sepSector, description, jobTitle);
    }
}
