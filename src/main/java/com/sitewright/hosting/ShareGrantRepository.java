package com.sitewright.hosting;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ShareGrantRepository extends JpaRepository<ShareGrant, UUID> {

    List<ShareGrant> findByLabelOrderByCreatedAtDesc(String label);

    List<ShareGrant> findByLabelAndRevokedAtIsNull(String label);
}
