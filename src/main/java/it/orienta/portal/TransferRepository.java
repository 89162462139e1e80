package it.orienta.portal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The transfers as aggregates, each loaded with a write lock before it changes: the worker's claim skips locked rows,
 * so a transfer being changed here is never claimed meanwhile, and a claimed one waits for its worker's lease only
 * through its state (the aggregate refuses an attempt on a transfer that moved).
 */
interface TransferRepository extends JpaRepository<Transfer, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Transfer t where t.id = ?1")
    Optional<Transfer> findForUpdate(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Transfer t where t.idempotencyKey = ?1")
    Optional<Transfer> findByKeyForUpdate(String key);

    /** The person's uploads, oldest first, locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Transfer t where t.personId = ?1 and t.kind = it.orienta.portal.TransferKind.UPLOAD"
            + " order by t.requestedAt")
    List<Transfer> uploadsForUpdate(UUID personId);

    /** The person's uploads of one CV, oldest first, locked. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Transfer t where t.personId = ?1 and t.cvId = ?2"
            + " and t.kind = it.orienta.portal.TransferKind.UPLOAD order by t.requestedAt")
    List<Transfer> uploadsForUpdate(UUID personId, UUID cvId);
}
