package com.sitewright.release.quality;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PreviewCheckRepository extends JpaRepository<PreviewCheck, UUID> {}
