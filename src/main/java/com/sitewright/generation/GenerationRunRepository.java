package com.sitewright.generation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GenerationRunRepository extends JpaRepository<GenerationRun, UUID> {

    Optional<GenerationRun> findFirstByProjectIdOrderByCreatedAtDesc(UUID projectId);
}
