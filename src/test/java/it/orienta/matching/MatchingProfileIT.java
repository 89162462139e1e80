package it.orienta.matching;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.organisation.OrganisationService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The candidate profile on the whole application: an operator registers a person, takes them in charge with the
 * matching consent, adds an education title and a desired occupation and generates a CV through the API, and the
 * profile follows each fact; the consent withdrawn takes the person out of every candidates list, given again
 * brings them back.
 */
@OrientaAppTest
class MatchingProfileIT {

    static final String PROFESSION = "6.1.2.3.0";

    @LocalServerPort
    int port;

    @Autowired
    ProfileStore store;

    @Autowired
    Matching matching;

    @Autowired
    OrganisationService organisation;

    private Api operator() {
        return Api.as(port, "operatore");
    }

    private static Wanted vacancy() {
        return new Wanted(
                UUID.randomUUID(),
                PROFESSION,
                "048017",
                null,
                Wanted.ContractType.FIXED_TERM,
                Wanted.WorkingTime.FULL_TIME,
                EducationLevel.LOWER_SECONDARY,
                Set.of(),
                List.of(),
                0,
                false);
    }

    private List<UUID> listed() {
        return organisation
                .runAs("operatore", () -> matching.candidatesFor(vacancy(), Matching.MAX_LIMIT))
                .candidates()
                .stream()
                .map(Candidate::personId)
                .toList();
    }

    private void until(Runnable assertion) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(assertion::run);
    }

    @Test
    void theProfileFollowsTheFactsChangedThroughTheApiAndTheConsentDecidesTheListing() {
        var registered = operator().post("/api/v1/persons", Persons.florentine("Abbinato"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        UUID id = UUID.fromString(registered.json().path("id").asString());
        String person = "/api/v1/persons/" + id;
        until(() -> assertThat(store.find(id))
                .hasValueSatisfying(p -> assertThat(p.listable()).isFalse()));

        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(Api.ROME).toString());
        intake.put(
                "privacyNoticeId",
                operator()
                        .get("/api/v1/privacy-notices/current")
                        .json()
                        .path("id")
                        .asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        assertThat(operator().post(person + "/intakes", intake).status()).isEqualTo(201);
        until(() -> assertThat(store.find(id))
                .hasValueSatisfying(p -> assertThat(p.listable()).isTrue()));

        var title = operator()
                .get("/api/v1/reference/education-titles?q=licenza%20media")
                .json()
                .get(0)
                .path("code")
                .asString();
        assertThat(operator()
                        .post(person + "/education-titles", Map.of("titleCode", title, "year", 2001))
                        .status())
                .isEqualTo(201);
        var occupation = new HashMap<String, Object>();
        occupation.put("professionCode", PROFESSION);
        occupation.put("fromWork", true);
        occupation.put("interviewDate", LocalDate.now(Api.ROME).minusDays(1).toString());
        occupation.put("experienceYears", 4);
        var added = operator().post(person + "/occupations", occupation);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var cv = operator().post(person + "/cv/generate", Map.of("language", "it"));
        assertThat(cv.status()).as(cv.body()).isEqualTo(201);
        until(() -> assertThat(store.find(id)).hasValueSatisfying(p -> {
            assertThat(p.desiredProfessions()).containsExactly(PROFESSION);
            assertThat(p.experienceYears()).containsEntry(PROFESSION, 4);
            assertThat(p.education()).isEqualTo(EducationLevel.LOWER_SECONDARY);
            assertThat(p.cvObsoleteFrom()).isAfter(LocalDate.now(Api.ROME));
        }));
        assertThat(listed()).contains(id);
        var candidate =
                organisation
                        .runAs("operatore", () -> matching.candidatesFor(vacancy(), Matching.MAX_LIMIT))
                        .candidates()
                        .stream()
                        .filter(c -> c.personId().equals(id))
                        .findFirst()
                        .orElseThrow();
        assertThat(candidate.explanation().reasons())
                .extracting(Explanation.Note::key)
                .contains("matching.reason.profession.desired", "matching.reason.education", "matching.reason.cv");

        assertThat(operator()
                        .post(person + "/consents", Map.of("state", "WITHDRAWN"))
                        .status())
                .isEqualTo(201);
        until(() -> assertThat(store.find(id))
                .hasValueSatisfying(p -> assertThat(p.consentGiven()).isFalse()));
        assertThat(listed()).doesNotContain(id);

        assertThat(operator()
                        .post(person + "/consents", Map.of("state", "GIVEN"))
                        .status())
                .isEqualTo(201);
        until(() -> assertThat(store.find(id))
                .hasValueSatisfying(p -> assertThat(p.consentGiven()).isTrue()));
        assertThat(listed()).contains(id);
    }
}
