package com.sitewright.release.hosting;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShareGrantRepository extends JpaRepository<ShareGrant, UUID> {

    List<ShareGrant> findByLabelOrderByCreatedAtDesc(String label);

    List<ShareGrant> findByLabelAndRevokedAtIsNull(String label);
}
