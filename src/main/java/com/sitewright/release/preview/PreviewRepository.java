package com.sitewright.release.preview;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PreviewRepository extends JpaRepository<Preview, UUID> {

    List<Preview> findByProjectIdOrderByCreatedAtDesc(UUID projectId);

    Optional<Preview> findFirstByProjectIdOrderByCreatedAtDesc(UUID projectId);

    List<Preview> findByStateIn(Collection<PreviewState> states);
}
