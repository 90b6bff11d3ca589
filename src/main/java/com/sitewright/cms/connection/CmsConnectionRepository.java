package com.sitewright.cms.connection;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CmsConnectionRepository extends JpaRepository<CmsConnection, UUID> {}
