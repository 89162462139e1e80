package it.orienta.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IntakeRepository extends JpaRepository<Intake, UUID> {

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Intake i where i.personId = ?1 and i.status = it.orienta.intake.Intake.Status.CURRENT")
    Optional<Intake> findCurrentForUpdate(UUID personId);

    @Query("select i from Intake i where i.centreCode = ?1 and i.status = it.orienta.intake.Intake.Status.CURRENT "
            + "order by i.intakeDate desc, i.id")
    List<Intake> findCurrentAt(String centreCode, org.springframework.data.domain.Pageable page);
}

interface MatchingConsentRepository extends JpaRepository<MatchingConsent, UUID> {

    @Query(
            value =
                    "select state from matching_consent where person_id = ?1 order by recorded_at desc, id desc limit 1",
            nativeQuery = true)
    Optional<String> currentState(UUID personId);

    /** Rows of (person id, state): the latest decision of each person named. */
    @Query(
            value = "select distinct on (person_id) person_id, state from matching_consent where person_id in (?1) "
                    + "order by person_id, recorded_at desc, id desc",
            nativeQuery = true)
    List<Object[]> currentStates(java.util.Collection<UUID> personIds);
}

interface PrivacyNoticeRepository extends JpaRepository<PrivacyNotice, UUID> {

    Optional<PrivacyNotice> findFirstByOrderByNumberDesc();

    List<PrivacyNotice> findAllByOrderByNumberDesc();
}
