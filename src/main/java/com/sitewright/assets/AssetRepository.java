package com.sitewright.assets;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssetRepository extends JpaRepository<Asset, UUID> {

    String MATCHING = " from Asset a where a.projectId = :projectId"
            + " and (lower(a.fileName) like :pattern escape '\\' or lower(a.alt) like :pattern escape '\\')";

    @Query("select a" + MATCHING + " order by a.createdAt desc, a.id")
    List<Asset> page(@Param("projectId") UUID projectId, @Param("pattern") String pattern, Pageable page);

    @Query("select count(a) from Asset a where a.projectId = :projectId and a.storageKey = :key")
    long countByKey(@Param("projectId") UUID projectId, @Param("key") String key);

    @Query("select a.storageKey from Asset a where a.projectId = :projectId and a.storageKey in :keys")
    java.util.List<String> keysAmong(
            @Param("projectId") UUID projectId, @Param("keys") java.util.Collection<String> keys);

    @Query("select a from Asset a where a.projectId = :projectId and a.id in :ids")
    List<Asset> findInProject(@Param("projectId") UUID projectId, @Param("ids") java.util.Collection<UUID> ids);

    List<Asset> findByProjectIdAndSha256(UUID projectId, String sha256);

    @Query("select count(a)" + MATCHING)
    long count(@Param("projectId") UUID projectId, @Param("pattern") String pattern);
}
