package it.orienta.proposal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    @Query("select p.personId from Proposal p where p.id = ?1")
    Optional<UUID> personOf(UUID id);
}

interface RequestRepository extends JpaRepository<ProposalRequest, UUID> {}
