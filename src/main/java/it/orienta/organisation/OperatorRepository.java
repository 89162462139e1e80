package it.orienta.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorRepository extends JpaRepository<Operator, UUID> {

    Optional<Operator> findByUsernameIgnoreCase(String username);

    Optional<Operator> findFirstByEmailIgnoreCase(String email);

    List<Operator> findAllByOrderByFullNameAsc();
}
