package com.sitewright.content.bulk;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BulkOperationRepository extends JpaRepository<BulkOperation, UUID> {

    Optional<BulkOperation> findByIdAndProjectId(UUID id, UUID projectId);
}
