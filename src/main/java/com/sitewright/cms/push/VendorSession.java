package com.sitewright.cms.push;

import com.sitewright.assets.AssetSummary;
import tools.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A push's authenticated conversation with one CMS. Calls may come from several threads at once; the
 * {@link VendorHttp} under it keeps them within the rate. A {@link VendorCallException} marked fatal stops the push.
 */
interface VendorSession {

    /** The types the CMS holds now, by vendor key, summarised as {@link CmsVendor#summary(VendorType)} does. */
    Map<String, JsonNode> existingTypes();

    /** Creates or updates the types; answers per studio type key. */
    Map<String, WriteResult> writeTypes(List<VendorType> types, boolean allowDataLoss);

    /**
     * The images earlier pushes wrote, for a vendor that names them itself (Sanity derives an asset's ID from its
     * bytes, kept as the record's version) and so must look up what an item's image field points at.
     */
    default void knownAssets(Collection<PushRecord> written) {
    }

    /** Uploads an image, its bytes as the studio stores them, and makes it usable by items. */
    WriteResult writeAsset(AssetSummary asset, String vendorKey, PushRecord previous, byte[] file);

    /** Writes a batch of items, creating, updating and publishing each as it says; answers per item. */
    Map<UUID, WriteResult> writeItems(List<ItemWrite> batch);

    /** Removes what the record stands for from the CMS (an item or image deleted in the studio). */
    void delete(PushRecord record);
}
