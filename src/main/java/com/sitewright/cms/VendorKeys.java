package com.sitewright.cms;

import java.util.Locale;
import java.util.UUID;

/**
 * How the studio's keys and IDs are named in each vendor's CMS. The push writes these names and generated sites
 * query by them, so both sides use this one class; every name derives from a studio key or ID, which is what makes
 * a repeated push update instead of duplicate.
 */
public final class VendorKeys {

    /** The Optimizely content the studio creates lives in the root container, as the vendor's own CLI does. */
    public static final String OPTIMIZELY_ROOT_CONTAINER = "43f936c99b234ea397b261c538ad07c9";

    /** The built-in Optimizely type images are created as. */
    public static final String OPTIMIZELY_IMAGE_TYPE = "ImageMedia";

    private VendorKeys() {}

    /**
     * An Optimizely content-type key: the studio key in PascalCase ({@code menuItem} is {@code MenuItem}).
     * Studio keys are camelCase letters and digits, so the result matches the vendor's {@code ^[A-Za-z][_0-9A-Za-z]+}.
     */
    public static String optimizelyType(String studioTypeKey) {
        String key = studioTypeKey.substring(0, 1).toUpperCase(Locale.ROOT) + studioTypeKey.substring(1);
        return key.length() < 2 ? key + "Type" : key;
    }

    /** An Optimizely content key: the studio ID as 32 lower-case hex digits (a UUID without hyphens). */
    public static String optimizelyContent(UUID studioId) {
        return studioId.toString().replace("-", "");
    }

    /** The studio ID behind an Optimizely content key, when the key is one the studio wrote. */
    public static UUID fromOptimizelyContent(String key) {
        if (key == null || !key.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("Not a studio content key: " + key);
        }
        return UUID.fromString(key.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
    }

    /** An Optimizely reference to content the studio wrote. */
    public static String optimizelyReference(UUID studioId) {
        return "cms://content/" + optimizelyContent(studioId);
    }

    /** The property next to an asset field that carries the image's alt text in Optimizely (the image holds none per use). */
    public static String altProperty(String assetFieldKey) {
        return assetFieldKey + "Alt";
    }

    /** A Contentful content-type ID, field ID or a Sanity {@code _type}: the studio key as it is. */
    public static String typeId(String studioTypeKey) {
        return studioTypeKey;
    }

    /** A Contentful entry or asset ID, or a Sanity document ID: the studio ID as it is (36 characters). */
    public static String documentId(UUID studioId) {
        return studioId.toString();
    }

    /** The Sanity document that holds an item's unpublished changes. */
    public static String sanityDraftId(UUID studioId) {
        return "drafts." + studioId;
    }
}
