package it.orienta.skillsaudit;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonView;
import it.orienta.person.PersonView.EducationTitleView;
import it.orienta.person.PersonView.WorkExperienceView;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The skills audit's path as the registry holds it: titles then jobs, oldest first, in the reader's language. */
class StudyWorkPathTest {

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static final StudyWorkPath PATH = new StudyWorkPath(
            Map.of("30000000", "Diploma di scuola secondaria superiore"),
            Map.of("4.1.1.1", "Addetti a funzioni di segreteria"),
            Map.of("215", "Francia"));

    static PersonView with(List<EducationTitleView> titles, List<WorkExperienceView> works) {
        var p = PersonFixtures.rossi(UUID.randomUUID(), 1);
        return new PersonView(
                p.id(),
                p.taxCode(),
                p.taxCodeTemporary(),
                p.firstName(),
                p.lastName(),
                p.sex(),
                p.birthDate(),
                p.birthMunicipalityCode(),
                p.birthCountryCode(),
                p.citizenshipCode(),
                p.residenceMunicipalityCode(),
                p.residenceAddress(),
                p.domicileMunicipalityCode(),
                p.domicileAddress(),
                p.email(),
                p.mobilePhone(),
                p.notes(),
                p.licences(),
                p.languages(),
                titles,
                works,
                p.createdAt(),
                p.createdInCentre(),
                p.version());
    }

    @Test
    void titlesThenJobsOldestFirstWithLabelsPeriodsAndDescriptions() {
        var person = with(
                List.of(
                        new EducationTitleView(UUID.randomUUID(), "99999999", null, null, "100", null),
                        new EducationTitleView(
                                UUID.randomUUID(), "30000000", 2004, "ITC Galilei", "100", "Ragioneria")),
                List.of(
                        new WorkExperienceView(
                                UUID.randomUUID(),
                                "Studio Neri",
                                "4.1.1.1",
                                LocalDate.of(2021, 9, 1),
                                null,
                                null,
                                "  Agenda e centralino "),
                        new WorkExperienceView(
                                UUID.randomUUID(),
                                "Bar Sport",
                                null,
                                LocalDate.of(2005, 6, 1),
                                LocalDate.of(2007, 2, 28),
                                null,
                                null)));

        assertThat(PATH.text(person, MESSAGES, Locale.ITALIAN)).isEqualTo("""
                        Titoli di studio:
                        - Diploma di scuola secondaria superiore, ITC Galilei (2004): Ragioneria
                        - 99999999

                        Esperienze di lavoro:
                        - Bar Sport, dal 06/2005 al 02/2007
                        - Addetti a funzioni di segreteria presso Studio Neri, dal 09/2021, in corso: Agenda e centralino""");
    }

    @Test
    void aForeignTitleNamesItsCountryAndEnglishReadersReadEnglish() {
        var person = with(
                List.of(new EducationTitleView(UUID.randomUUID(), "30000000", 2010, null, "215", null)),
                List.of(new WorkExperienceView(
                        UUID.randomUUID(),
                        "Studio Neri",
                        "4.1.1.1",
                        LocalDate.of(2011, 1, 1),
                        LocalDate.of(2012, 12, 31),
                        null,
                        null)));

        assertThat(PATH.text(person, MESSAGES, Locale.ENGLISH)).isEqualTo("""
                        Education:
                        - Diploma di scuola secondaria superiore, Francia (2010)

                        Work experience:
                        - Addetti a funzioni di segreteria at Studio Neri, from 01/2011 to 12/2012""");
    }

    @Test
    void nothingInTheRegistryIsAnEmptyText() {
        assertThat(PATH.text(with(List.of(), List.of()), MESSAGES, Locale.ITALIAN))
                .isEmpty();
        var onlyWork = with(
                List.of(),
                List.of(new WorkExperienceView(
                        UUID.randomUUID(), "Bar Sport", null, LocalDate.of(2005, 6, 1), null, null, null)));
        assertThat(PATH.text(onlyWork, MESSAGES, Locale.ITALIAN))
                .isEqualTo("Esperienze di lavoro:\n- Bar Sport, dal 06/2005, in corso");
    }
}
