package com.sitewright.quality;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface PreviewCheckRepository extends JpaRepository<PreviewCheck, UUID> {
}
