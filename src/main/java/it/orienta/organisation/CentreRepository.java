package it.orienta.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CentreRepository extends JpaRepository<Centre, UUID> {

    Optional<Centre> findByCode(String code);

    List<Centre> findAllByOrderByProvinceAscNameAsc();
}
