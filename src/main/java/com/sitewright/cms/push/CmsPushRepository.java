package com.sitewright.cms.push;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface CmsPushRepository extends JpaRepository<CmsPush, UUID> {

    Optional<CmsPush> findByIdAndProjectId(UUID id, UUID projectId);

    List<CmsPush> findByProjectIdOrderByCreatedAtDesc(UUID projectId, Limit limit);

    boolean existsByProjectIdAndStateIn(UUID projectId, List<PushState> states);
}
