package it.orienta.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person's record without special-category data. */
public record PersonView(
        UUID id,
        String taxCode,
        boolean taxCodeTemporary,
        String firstName,
        String lastName,
        Sex sex,
        LocalDate birthDate,
        String birthMunicipalityCode,
        String birthCountryCode,
        String citizenshipCode,
        String residenceMunicipalityCode,
        String residenceAddress,
        String domicileMunicipalityCode,
        String domicileAddress,
        String email,
        String mobilePhone,
        String notes,
        List<DrivingLicence> licences,
        List<LanguageView> languages,
        List<EducationTitleView> educationTitles,
        List<WorkExperienceView> workExperiences,
        Instant createdAt,
        String createdInCentre,
        long version) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public record LanguageView(String language, CefrLevel level) {}

    public record EducationTitleView(
            UUID id, String titleCode, Integer year, String institution, String countryCode, String description) {}

    /** A job; {@code jobTitle} is the person's own name for it, or null (then the ISTAT unit names it). */
    public record WorkExperienceView(
            UUID id,
            String employer,
            String professionCode,
            LocalDate fromDate,
            LocalDate toDate,
            Integer sepSector,
            String description,
            String jobTitle) {

        /** A job without the person's own title. */
        public WorkExperienceView(
                UUID id,
                String employer,
                String professionCode,
                LocalDate fromDate,
                LocalDate toDate,
                Integer sepSector,
                String description) {
            this(id, employer, professionCode, fromDate, toDate, sepSector, description, null);
        }
    }
}
