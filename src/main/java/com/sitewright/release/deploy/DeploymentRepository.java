package com.sitewright.release.deploy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeploymentRepository extends JpaRepository<Deployment, UUID> {

    List<Deployment> findByProjectIdOrderByCreatedAtDesc(UUID projectId);

    Optional<Deployment> findFirstByProjectIdAndStateOrderByLiveAtDesc(UUID projectId, DeploymentState state);

    List<Deployment> findByState(DeploymentState state);
}
