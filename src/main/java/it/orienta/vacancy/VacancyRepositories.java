package it.orienta.vacancy;

import it.orienta.vacancy.VacancyTerms.Source;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Employers, one per tax code; found by tax code or by (source, external id) for imports. */
interface EmployerRepository extends JpaRepository<Employer, UUID> {

    Optional<Employer> findByTaxCode(String taxCode);

    Optional<Employer> findBySourceAndExternalId(Source source, String externalId);

    /** The employer with its row locked for the rest of the transaction: changes are taken one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Employer e where e.id = :id")
    Optional<Employer> findForUpdate(UUID id);
}

/** Vacancies; found by (source, external id) for imports. */
interface VacancyRepository extends JpaRepository<Vacancy, UUID> {

    Optional<Vacancy> findBySourceAndExternalId(Source source, String externalId);

    /** The vacancy with its row locked for the rest of the transaction: changes are taken one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Vacancy v where v.id = :id")
    Optional<Vacancy> findForUpdate(UUID id);
}
