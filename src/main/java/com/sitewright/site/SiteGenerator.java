package com.sitewright.site;

import java.nio.file.Path;

/**
 * Writes a Next.js 16 App Router site (TypeScript, Tailwind CSS 4) for a content model and theme.
 * Deterministic: the same spec gives byte-identical files (LF endings). Untrusted text (the site
 * name, display names) only ever enters the source as escaped string literals. Existing files in the
 * target directory are overwritten; other files there are left alone.
 */
public final class SiteGenerator {

    public GeneratedSite generate(SiteSpec spec, Path targetDir) {
        SiteFiles files = files(spec);
        return files.writeTo(targetDir);
    }

    /** The site's files by relative path, without writing them. */
    public java.util.Map<String, String> render(SiteSpec spec) {
        return java.util.Collections.unmodifiableMap(files(spec).files());
    }

    private static SiteFiles files(SiteSpec spec) {
        SiteFiles files = new SiteFiles();
        ConfigWriter.write(files);
        ThemeWriter.write(files, spec);
        CmsLibWriter.write(files, spec);
        LayoutWriter.write(files);
        CollectionWriter.write(files, spec);
        BlockWriter.write(files, spec);
        RouteHandlerWriter.write(files);
        return files;
    }
}
