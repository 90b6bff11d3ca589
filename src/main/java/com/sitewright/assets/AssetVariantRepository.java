package com.sitewright.assets;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssetVariantRepository extends JpaRepository<AssetVariant, UUID> {

    List<AssetVariant> findByAssetIdOrderByWidth(UUID assetId);

    Optional<AssetVariant> findByAssetIdAndWidth(UUID assetId, int width);

    List<AssetVariant> findByAssetIdInOrderByWidth(java.util.Collection<UUID> assetIds);

    List<AssetVariant> findByProjectIdAndSha256(UUID projectId, String sha256);

    boolean existsByAssetId(UUID assetId);

    @Query("select count(v) from AssetVariant v where v.projectId = :projectId and v.storageKey = :key")
    long countByKey(@Param("projectId") UUID projectId, @Param("key") String key);

    @Query("select v.storageKey from AssetVariant v where v.projectId = :projectId and v.storageKey in :keys")
    java.util.List<String> keysAmong(
            @Param("projectId") UUID projectId, @Param("keys") java.util.Collection<String> keys);
}
