package com.sitewright.cms;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface DeliveryTokenRepository extends JpaRepository<DeliveryToken, UUID> {

    Optional<DeliveryToken> findByTokenHash(String tokenHash);

    List<DeliveryToken> findByProjectIdOrderByCreatedAtDesc(UUID projectId);
}
