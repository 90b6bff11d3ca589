package com.sitewright.cms.webhook;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CmsWebhookRepository extends JpaRepository<CmsWebhook, UUID> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from CmsWebhook w where w.projectId = ?1")
    Optional<CmsWebhook> lockById(UUID projectId);
}
