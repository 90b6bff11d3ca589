package com.sitewright.project;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, UUID> {

    List<Project> findByOwnerIdOrderByCreatedAtDesc(UUID ownerId);

    List<Project> findAllByOrderByCreatedAtDesc();

    /**
     * Deletes without the version check: a running job updates the project's counts and status, and
     * a delete must win over that rather than fail as a stale update. The database cascades.
     */
    @Modifying(clearAutomatically = true)
    @Query("delete from Project p where p.id = :id")
    int deleteRegardlessOfVersion(UUID id);

    /** Adds one model call's usage in the database itself, so concurrent calls of one project all count. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Project p set p.aiCalls = p.aiCalls + 1, p.aiUnpricedCalls = p.aiUnpricedCalls + :unpriced, p.aiPromptTokens = p.aiPromptTokens + :promptTokens,
                   p.aiCompletionTokens = p.aiCompletionTokens + :completionTokens, p.aiCostUsd = p.aiCostUsd + :costUsd
            where p.id = :id""")
    int addUsage(UUID id, int unpriced, long promptTokens, long completionTokens, java.math.BigDecimal costUsd);
}
