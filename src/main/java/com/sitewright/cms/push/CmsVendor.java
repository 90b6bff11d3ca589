package com.sitewright.cms.push;

import com.sitewright.assets.AssetSummary;
import com.sitewright.cms.connection.CmsProvider;
import com.sitewright.cms.connection.OpenConnection;
import com.sitewright.model.ContentTypeDefinition;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** One CMS vendor's side of a push: how the studio's model and values map to it, and how to write them. */
interface CmsVendor {

    CmsProvider provider();

    /** Names the CMS the connection points at (provider plus space, tenant or project), so records never mix. */
    String target(OpenConnection connection);

    VendorModel map(List<ContentTypeDefinition> model, OpenConnection connection);

    /** A type's fields as {@code {"fields": {name: type}}}, the shape {@link VendorSession#existingTypes()} answers in. */
    JsonNode summary(VendorType type);

    /** The vendor key of a studio item or image. */
    String key(RecordKind kind, UUID studioId);

    /**
     * An item's values in the vendor's format. {@code assets} names the vendor key of each image pushed; an asset
     * value whose image is not among them is left out.
     */
    JsonNode values(
            ContentTypeDefinition type,
            Map<String, Object> data,
            Map<UUID, String> assets,
            Map<String, ContentTypeDefinition> model);

    /** What is written for an image, to hash (the bytes never change: images are replaced, not edited). */
    Object assetPayload(AssetSummary asset);

    VendorSession open(OpenConnection connection, VendorHttp http);
}
