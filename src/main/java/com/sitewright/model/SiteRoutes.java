package com.sitewright.model;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where items render on a generated site, as a business's site would have it. The home page type
 * renders at {@code /}; standard, contact and landing pages at {@code /<slug>}; other page and data
 * types with a slug field are collections at a readable plural of their type
 * ({@code menuItem} → {@code /menu/<slug>}, {@code event} → {@code /events/<slug>}); components,
 * media, settings and types without a slug have no page of their own. The studio (item links, revalidation,
 * slug checks), the offline generator (menus) and the site generator (routes, {@code lib/cms/paths.ts}) all
 * follow this one rule.
 */
public final class SiteRoutes {

    public static final String HOME_TYPE = "homePage";

    /** Types whose items sit at the top of the site, {@code /<slug>}. */
    public static final Set<String> TOP_LEVEL_TYPES = Set.of("standardPage", "contactPage", "landingPage");

    /** Top-level segments the site itself uses; neither a collection nor a page may take them. */
    public static final Set<String> RESERVED = Set.of(
            "api",
            "sitemap.xml",
            "robots.txt",
            "_next",
            "search",
            "favicon.ico",
            "icon",
            "apple-icon",
            "opengraph-image",
            "not-found",
            "index");

    /** Plurals the suffix rules get wrong. */
    private static final Map<String, String> IRREGULAR =
            Map.of("person", "people", "child", "children", "news", "news", "series", "series", "staff", "staff");

    private SiteRoutes() {}

    public static Optional<String> pathOf(ContentTypeDefinition type, @Nullable String slug) {
        if (isHome(type)) {
            return Optional.of("/");
        }
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        if (isTopLevel(type)) {
            return Optional.of("/" + encode(slug));
        }
        if (!isCollection(type)) {
            return Optional.empty();
        }
        return Optional.of("/" + segment(type) + "/" + encode(slug));
    }

    public static boolean isHome(ContentTypeDefinition type) {
        return type.key().equals(HOME_TYPE);
    }

    /** Standard, contact and landing pages: one page each at {@code /<slug>}, no listing. */
    public static boolean isTopLevel(ContentTypeDefinition type) {
        return TOP_LEVEL_TYPES.contains(type.key())
                && hasSlug(type)
                && (type.kind() == ContentKind.PAGE || type.kind() == ContentKind.DATA);
    }

    /** Types with a listing and a detail route. */
    public static boolean isCollection(ContentTypeDefinition type) {
        return !isHome(type)
                && !isTopLevel(type)
                && (type.kind() == ContentKind.PAGE || type.kind() == ContentKind.DATA)
                && hasSlug(type);
    }

    /**
     * The first URL segment of a collection type: a readable plural of its key. A trailing "Item" names
     * one entry of the thing before it ({@code menuItem} → {@code menu}); otherwise the key is pluralised
     * ({@code blogPost} → {@code blog-posts}, {@code person} → {@code people}).
     */
    public static String segment(ContentTypeDefinition type) {
        String kebab = kebab(type.key());
        String segment =
                kebab.endsWith("-item") ? kebab.substring(0, kebab.length() - "-item".length()) : pluralKebab(kebab);
        return RESERVED.contains(segment) || segment.isEmpty() ? segment + "-" + kebab + "-items" : segment;
    }

    /** Collection type key → segment for a whole model; two types may not share a segment. */
    public static Map<String, String> segments(Collection<ContentTypeDefinition> model) {
        Map<String, String> byType = new LinkedHashMap<>();
        for (ContentTypeDefinition type : model) {
            if (isCollection(type)) {
                String segment = segment(type);
                if (byType.containsValue(segment)) {
                    throw new IllegalArgumentException(
                            "Two content types would share the route /" + segment + ": rename " + type.key());
                }
                byType.put(type.key(), segment);
            }
        }
        return byType;
    }

    /**
     * Why an item of the type may not have this slug on the site, or empty when it may. Only top-level pages
     * can collide: their slug is the whole path, so it must not be a route the site already has.
     */
    public static Optional<String> slugConflict(
            ContentTypeDefinition type, String slug, Collection<ContentTypeDefinition> model) {
        if (!isTopLevel(type) || slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        String first = slug.strip().toLowerCase(Locale.ROOT);
        if (RESERVED.contains(first)) {
            return Optional.of("\"" + slug + "\" is taken by the site itself (/" + first + "); choose another slug");
        }
        for (ContentTypeDefinition other : model) {
            if (isCollection(other) && segment(other).equals(first)) {
                return Optional.of("\"" + slug + "\" is taken by the " + label(other) + " listing at /" + first
                        + "; choose another slug");
            }
        }
        return Optional.empty();
    }

    static String label(ContentTypeDefinition type) {
        return type.displayName() == null || type.displayName().isBlank() ? type.key() : type.displayName();
    }

    /** What a collection's listing is called: "Menu" for menu items, "Events" for events. */
    public static String collectionLabel(ContentTypeDefinition type) {
        String name = label(type);
        return name.endsWith(" Item") && name.length() > 5 ? name.substring(0, name.length() - 5) : plural(name);
    }

    private static boolean hasSlug(ContentTypeDefinition type) {
        return type.fields().stream().anyMatch(field -> field.type() == FieldType.SLUG);
    }

    /** camelCase key → kebab-case. */
    public static String kebab(String key) {
        String kebab = key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-");
        return kebab.toLowerCase(Locale.ROOT).replaceAll("^-+|-+$", "");
    }

    /** English plural of a word or of the last word of a kebab-case name. */
    public static String plural(String word) {
        int cut = Math.max(word.lastIndexOf('-'), word.lastIndexOf(' ')) + 1;
        String head = word.substring(0, cut);
        String last = word.substring(cut);
        String irregular = IRREGULAR.get(last.toLowerCase(Locale.ROOT));
        if (irregular != null) {
            return head
                    + (Character.isUpperCase(last.isEmpty() ? 'a' : last.charAt(0))
                            ? Character.toUpperCase(irregular.charAt(0)) + irregular.substring(1)
                            : irregular);
        }
        if (last.endsWith("y") && last.length() > 1 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            return head + last.substring(0, last.length() - 1) + "ies";
        }
        if (last.endsWith("s") || last.endsWith("x") || last.endsWith("ch") || last.endsWith("sh")) {
            return head + last + "es";
        }
        return head + last + "s";
    }

    private static String pluralKebab(String kebab) {
        return plural(kebab);
    }

    /** Like JavaScript's encodeURIComponent, which the site uses for the same paths. */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-_.!~*'()".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
