package com.sitewright.site;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.SiteRoutes;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where items render on a generated site: {@link SiteRoutes}, the rule the studio and the offline
 * generator share. The same rule is written into the site as {@code lib/cms/paths.ts}.
 */
public final class SitePaths {

    public static final String HOME_TYPE = SiteRoutes.HOME_TYPE;

    private SitePaths() {}

    public static Optional<String> pathOf(ContentTypeDefinition type, String slug) {
        return SiteRoutes.pathOf(type, slug);
    }

    public static boolean isHome(ContentTypeDefinition type) {
        return SiteRoutes.isHome(type);
    }

    public static boolean isTopLevel(ContentTypeDefinition type) {
        return SiteRoutes.isTopLevel(type);
    }

    /** Types with a listing and a detail route. */
    public static boolean isCollection(ContentTypeDefinition type) {
        return SiteRoutes.isCollection(type);
    }

    public static String segment(ContentTypeDefinition type) {
        return SiteRoutes.segment(type);
    }

    public static Map<String, String> segments(Collection<ContentTypeDefinition> model) {
        return SiteRoutes.segments(model);
    }

    public static String collectionLabel(ContentTypeDefinition type) {
        return SiteRoutes.collectionLabel(type);
    }

    static String encode(String text) {
        return SiteRoutes.encode(text);
    }
}
