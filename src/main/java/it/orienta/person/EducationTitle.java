package it.orienta.person;

import it.orienta.person.PersonCommand.EducationTitleCommand;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An education title the person holds: ISTAT code, year, institution, country. */
@Entity
@Table(name = "person_education_title")
class EducationTitle {

    @Id
    private UUID id;

    private String titleCode;
    private Integer year;
    private String institution;
    private String countryCode;
    private String description;

    protected EducationTitle() {}

    EducationTitle(EducationTitleCommand c) {
        this.id = UUID.randomUUID();
        this.titleCode = c.titleCode();
        this.year = c.year();
        this.institution = blank(c.institution());
        this.countryCode = c.countryCode() == null || c.countryCode().isBlank() ? "100" : c.countryCode();
        this.description = blank(c.description());
    }

    UUID id() {
        return id;
    }

    PersonView.EducationTitleView view() {
        return new PersonView.EducationTitleView(id, titleCode, year, institution, countryCode, description);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
