package com.sitewright.cms.push;

import java.util.UUID;

/** A push wrote everything to the project's CMS: sites reading from it can be built or refreshed. */
public record CmsPushedEvent(UUID projectId, String provider, UUID pushId) {}
