package it.orienta.referral;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, UUID> {

    /** The person a referral is about, for the access check. */
    @Query("select r.personId from Referral r where r.id = ?1")
    Optional<UUID> personOf(UUID id);
}
