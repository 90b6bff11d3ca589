package com.sitewright.cms.connection;

import java.util.UUID;

/** A project's CMS connection was saved (created or changed); listeners react after the commit. */
public record CmsConnectionSaved(UUID projectId, CmsProvider provider) {}
