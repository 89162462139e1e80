package it.orienta.cv;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The {@link Cv} aggregates; the file is not part of the entity and never loaded here. */
interface CvRepository extends JpaRepository<Cv, UUID> {

    @Query("select c from Cv c where c.personId = ?1 and c.isCurrent = true")
    Optional<Cv> findCurrent(UUID personId);
}
