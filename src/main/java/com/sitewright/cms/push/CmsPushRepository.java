package com.sitewright.cms.push;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface CmsPushRepository extends JpaRepository<CmsPush, UUID> {

    Optional<CmsPush> findByIdAndProjectId(UUID id, UUID projectId);

    List<CmsPush> findByProjectIdOrderByCreatedAtDesc(UUID projectId, Limit limit);

    boolean existsByProjectIdAndStateIn(UUID projectId, List<PushState> states);
}
