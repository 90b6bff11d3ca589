package com.sitewright.codegen;

import com.sitewright.contentmodel.ContentKind;
import com.sitewright.contentmodel.ContentTypeDefinition;
import com.sitewright.contentmodel.FieldType;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where items render on a generated site. The same rule is written into the site as
 * {@code lib/cms/paths.ts}; keep both in step. The home page type renders at {@code /}; page and data
 * types with a slug field are collections at {@code /<plural-kebab>/<slug>} (general pages under
 * {@code /pages}); components, media, settings and types without a slug have no page of their own.
 */
public final class SitePaths {

    public static final String HOME_TYPE = "homePage";

    /** Top-level segments the site itself uses; a collection never takes them. */
    private static final Set<String> RESERVED = Set.of("api", "sitemap.xml", "robots.txt", "_next", "search");

    private SitePaths() {
    }

    public static Optional<String> pathOf(ContentTypeDefinition type, String slug) {
        if (isHome(type)) {
            return Optional.of("/");
        }
        if (!isCollection(type) || slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return Optional.of("/" + segment(type) + "/" + encode(slug));
    }

    public static boolean isHome(ContentTypeDefinition type) {
        return type.key().equals(HOME_TYPE);
    }

    /** Types with a listing and a detail route. */
    public static boolean isCollection(ContentTypeDefinition type) {
        return !isHome(type)
                && (type.kind() == ContentKind.PAGE || type.kind() == ContentKind.DATA)
                && type.fields().stream().anyMatch(field -> field.type() == FieldType.SLUG);
    }

    /** The first URL segment of a collection type, e.g. {@code menuItem} → {@code menu-items}. */
    public static String segment(ContentTypeDefinition type) {
        String segment = type.key().equals("standardPage") ? "pages" : Names.pluralKebab(type.key());
        return RESERVED.contains(segment) || segment.isEmpty() ? segment + "-" + Names.kebab(type.key()) + "-items" : segment;
    }

    /** Collection type key → segment for a whole model; two types may not share a segment. */
    public static Map<String, String> segments(List<ContentTypeDefinition> model) {
        Map<String, String> byType = new LinkedHashMap<>();
        for (ContentTypeDefinition type : model) {
            if (isCollection(type)) {
                String segment = segment(type);
                if (byType.containsValue(segment)) {
                    throw new IllegalArgumentException("Two content types would share the route /" + segment
                            + ": rename " + type.key());
                }
                byType.put(type.key(), segment);
            }
        }
        return byType;
    }

    /** Like JavaScript's encodeURIComponent, which the site uses for the same paths. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.!~*'()".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
