package it.orienta.session;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

/** Group sessions; its bean is named apart from Spring Session's {@code sessionRepository} (ADR 0022). */
@Repository("groupSessionRepository")
interface SessionRepository extends JpaRepository<GroupSession, UUID> {

    @Query("select g.centreCode from GroupSession g where g.id = ?1")
    Optional<String> centreOf(UUID id);

    /** The session with its row locked until the transaction ends: enrolments of one session queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from GroupSession g where g.id = ?1")
    Optional<GroupSession> findLocked(UUID id);

    /** A change of the participants is a change of the session (its ETag). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update group_session set version = version + 1 where id = ?1", nativeQuery = true)
    void bump(UUID id);
}
