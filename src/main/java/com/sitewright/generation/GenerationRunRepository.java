package com.sitewright.generation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface GenerationRunRepository extends JpaRepository<GenerationRun, UUID> {

    Optional<GenerationRun> findFirstByProjectIdOrderByCreatedAtDesc(UUID projectId);
}
