package com.sitewright.cms.webhook;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface CmsWebhookRepository extends JpaRepository<CmsWebhook, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from CmsWebhook w where w.projectId = ?1")
    Optional<CmsWebhook> lockById(UUID projectId);
}
