package com.sitewright.site;

import java.util.List;

/**
 * The API route handlers (search, revalidate, media) and the sitemap and robots routes. There is deliberately no
 * general content route: a preview's visitors (share-link holders too) see only what the site's pages show; the
 * media route passes on image bytes only.
 */
final class RouteHandlerWriter {

    private static final List<String> STATIC = List.of(
            "app/api/search/route.ts",
            "app/api/revalidate/route.ts",
            "app/api/media/[...path]/route.ts",
            "app/sitemap.ts",
            "app/robots.ts");

    private RouteHandlerWriter() {}

    static void write(SiteFiles files) {
        STATIC.forEach(files::copy);
        List.of("/api/search", "/api/revalidate", "/api/media/[...path]", "/sitemap.xml", "/robots.txt")
                .forEach(files::route);
    }
}
