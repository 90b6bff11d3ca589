package com.sitewright.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ContentTypeRepository extends JpaRepository<ContentTypeEntity, UUID> {

    List<ContentTypeEntity> findByProjectIdOrderByPosition(UUID projectId);

    Optional<ContentTypeEntity> findByProjectIdAndKey(UUID projectId, String key);

    @Modifying
    @Query("delete from ContentTypeEntity t where t.projectId = :projectId")
    void deleteByProject(UUID projectId);

    /** Serialises model changes of one project until the transaction ends, so two saves never interleave. */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(:key)) locked", nativeQuery = true)
    Integer lockModel(long key);
}
