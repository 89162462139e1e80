package it.orienta.agreement;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The PSP versions, loaded whole (the aggregate), by id, by the person's draft or version in force, or by item. */
interface AgreementRepository extends JpaRepository<Agreement, UUID> {

    @Query("select a from Agreement a where a.personId = ?1 and a.status = ?2")
    Optional<Agreement> findOne(UUID personId, AgreementView.Status status);

    @Query("select a from Agreement a join a.items i where i.id = ?1")
    Optional<Agreement> findByItem(UUID itemId);

    @Query("select coalesce(max(a.number), 0) + 1 from Agreement a where a.personId = ?1")
    int nextNumber(UUID personId);
}

/** The signed scans, one per signed version at most. */
interface AgreementScanRepository extends JpaRepository<AgreementScan, UUID> {}
