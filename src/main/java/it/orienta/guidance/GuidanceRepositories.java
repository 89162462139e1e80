package it.orienta.guidance;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

    @Query("select count(m) from Meeting m where m.engagementId = ?1"
            + " and m.status = it.orienta.guidance.Meeting.Status.RUNNING")
    long countRunning(UUID engagementId);

    @Query("select coalesce(sum(m.minutes), 0) from Meeting m where m.engagementId = ?1"
            + " and m.status = it.orienta.guidance.Meeting.Status.CLOSED"
            + " and m.attendance = it.orienta.guidance.Attendance.PRESENT")
    long deliveredMinutes(UUID engagementId);
}

interface EngagementRepository extends JpaRepository<Engagement, UUID> {

    @Query("select e.id from Engagement e where e.personId = ?1 and e.activityId = ?2"
            + " and e.status = it.orienta.guidance.Engagement.Status.OPEN")
    Optional<UUID> openOf(UUID personId, String activityId);

    /** Opens an engagement unless the person has one open of the activity (two first meetings may come at once). */
    @Modifying
    @Query(
            value = "insert into engagement (id, person_id, activity_id, centre_code, opened_at, opened_by, status)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, 'OPEN') on conflict (person_id, activity_id)"
                    + " where status = 'OPEN' do nothing",
            nativeQuery = true)
    int openIfNone(UUID id, UUID personId, String activityId, String centreCode, Instant openedAt, String openedBy);
}
