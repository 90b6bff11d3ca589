package com.sitewright.cms.push;

import java.util.UUID;

/** One item to write: what it should become and what was written before, if anything. */
record ItemWrite(UUID itemId, String vendorKey, String hash, VendorItem item, PushRecord previous) {}
