package com.sitewright.cms.connection;

import java.time.Instant;
import java.util.Map;

/** A saved connection as it may be shown: plain settings as they are, secrets masked. */
public record CmsConnectionView(String provider, Map<String, String> settings, Instant updatedAt) {}
