package com.sitewright.generation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface GenerationBatchRepository extends JpaRepository<GenerationBatch, GenerationBatch.Key> {

    List<GenerationBatch> findByIdRunId(UUID runId);
}
