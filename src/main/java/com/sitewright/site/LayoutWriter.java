package com.sitewright.site;

import java.util.List;

/** The root layout (header and footer from the CMS menus), the home page and the shared components. */
final class LayoutWriter {

    private static final List<String> STATIC = List.of(
            "app/layout.tsx",
            "app/page.tsx",
            "app/not-found.tsx",
            "components/rich-text.tsx",
            "components/site-image.tsx",
            "components/site-link.tsx",
            "components/item-card.tsx",
            "components/reference-list.tsx",
            "components/json-view.tsx",
            "components/field-value.tsx",
            "components/item-detail.tsx",
            "components/pager.tsx",
            "components/json-ld.tsx",
            "components/collection-listing.tsx");

    private LayoutWriter() {}

    static void write(SiteFiles files) {
        STATIC.forEach(files::copy);
        files.route("/");
    }
}
