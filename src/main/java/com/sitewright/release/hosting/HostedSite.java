package com.sitewright.release.hosting;

import java.nio.file.Path;
import java.util.UUID;

/**
 * A built site the studio can serve.
 *
 * @param label     stable name of the site's public address, e.g. {@code preview-<id>} or {@code site-<projectId>}
 * @param buildDir  the site directory holding {@code .next}
 * @param buildId   Next.js's build ID, to tell builds apart
 */
public record HostedSite(String label, UUID projectId, SiteKind kind, Path buildDir, String buildId) {}
