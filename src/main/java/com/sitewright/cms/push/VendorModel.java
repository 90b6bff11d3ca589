package com.sitewright.cms.push;

import java.util.List;
import java.util.Map;

/**
 * The studio's model mapped to a vendor's.
 *
 * @param types   the types to write (none for a vendor whose schema lives elsewhere, like Sanity's)
 * @param notes   what the vendor cannot express, or expresses differently, listed before anything is written
 * @param refused types the vendor cannot take at all, with the reason; their items are reported as failed
 */
record VendorModel(List<VendorType> types, List<String> notes, Map<String, String> refused) {}
