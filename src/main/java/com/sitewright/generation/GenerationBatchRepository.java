package com.sitewright.generation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface GenerationBatchRepository extends JpaRepository<GenerationBatch, GenerationBatch.Key> {

    List<GenerationBatch> findByIdRunId(UUID runId);
}
