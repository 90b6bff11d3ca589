package com.sitewright.cms.webhook;

import java.time.Instant;

/**
 * Whether a project's webhook is registered at its CMS, and if not why. {@code url} is where the vendor calls,
 * without the secret it carries; null while the studio's public URL is not set.
 */
public record WebhookStatus(String provider, String state, String detail, String url, Instant updatedAt) {}
