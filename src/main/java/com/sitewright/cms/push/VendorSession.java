package com.sitewright.cms.push;

import com.sitewright.assets.AssetSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

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
    default void knownAssets(Collection<PushRecord> written) {}

    /** Uploads an image, its bytes as the studio stores them, and makes it usable by items. */
    WriteResult writeAsset(AssetSummary asset, String vendorKey, PushRecord previous, byte[] file);

    /**
     * Writes a batch of items, creating, updating and publishing each as it says, and tells {@code written} about each
     * as soon as the CMS answered for it: its record then commits at once, so a push cut off midway writes again only
     * what was in flight.
     */
    void writeItems(List<ItemWrite> batch, BiConsumer<ItemWrite, WriteResult> written);

    /** Removes what the record stands for from the CMS (an item or image deleted in the studio). */
    void delete(PushRecord record);
}
