package com.sitewright.project;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

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
}
