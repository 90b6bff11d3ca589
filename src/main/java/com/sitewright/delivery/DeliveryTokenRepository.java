package com.sitewright.delivery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryTokenRepository extends JpaRepository<DeliveryToken, UUID> {

    Optional<DeliveryToken> findByTokenHash(String tokenHash);

    List<DeliveryToken> findByProjectIdAndManagedFalseOrderByCreatedAtDesc(UUID projectId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "update DeliveryToken t set t.revokedAt = :now where t.managed = true and t.revokedAt is null")
    int revokeAllManaged(java.time.Instant now);
}
