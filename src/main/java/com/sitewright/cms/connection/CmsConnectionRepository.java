package com.sitewright.cms.connection;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface CmsConnectionRepository extends JpaRepository<CmsConnection, UUID> {
}
