package it.orienta.person;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByTaxCodeCanonical(String canonical);
}
