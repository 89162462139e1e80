package it.orienta.profiling;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewRepository extends JpaRepository<Interview, UUID> {}
