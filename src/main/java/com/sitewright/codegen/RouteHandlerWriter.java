package com.sitewright.codegen;

import java.util.List;

/** The API route handlers (content, search, revalidate) and the sitemap and robots routes. */
final class RouteHandlerWriter {

    private static final List<String> STATIC = List.of(
            "app/api/content/route.ts", "app/api/search/route.ts", "app/api/revalidate/route.ts",
            "app/sitemap.ts", "app/robots.ts");

    private RouteHandlerWriter() {
    }

    static void write(SiteFiles files) {
        STATIC.forEach(files::copy);
        List.of("/api/content", "/api/search", "/api/revalidate", "/sitemap.xml", "/robots.txt").forEach(files::route);
    }
}
