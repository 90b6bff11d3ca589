package com.sitewright.cms.push;

/**
 * What the studio last wrote to a CMS for one type, image or item.
 *
 * @param vendorVersion the vendor's version of what was written (Contentful's {@code sys.version}, Optimizely's
 *                      version id), when the next write needs it
 * @param published     whether what was written is published there
 */
record PushRecord(
        RecordKind kind, String studioId, String vendorKey, String hash, String vendorVersion, boolean published) {}
