package com.sitewright.content.bulk;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface BulkOperationRepository extends JpaRepository<BulkOperation, UUID> {

    Optional<BulkOperation> findByIdAndProjectId(UUID id, UUID projectId);
}
