package it.orienta.occupation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The person's desired occupations, oldest first: the rows of the {@link DesiredOccupations} aggregate. */
interface DesiredOccupationRepository extends JpaRepository<DesiredOccupation, UUID> {

    List<DesiredOccupation> findByPersonIdOrderByCreatedAtAscIdAsc(UUID personId);
}

/** The person's availability, one row per person. */
interface AvailabilityRepository extends JpaRepository<Availability.PersonAvailability, UUID> {}
