package com.sitewright.cms.push;

import tools.jackson.databind.JsonNode;

/** A studio content type as the vendor defines it: what the push writes, and what it compares with the CMS. */
record VendorType(String studioKey, String vendorKey, JsonNode definition) {}
