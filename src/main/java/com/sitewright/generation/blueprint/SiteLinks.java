package com.sitewright.generation.blueprint;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.SiteRoutes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The internal paths a generated site will have, worked out from the plan before any item exists: the
 * collections' listings and the top-level pages (with the item each one is). Menus and buttons link only
 * to these, so a generated site has no dead links by construction.
 */
final class SiteLinks {

    /** The most items of one top-level page type looked at; pages past it are never linked to. */
    private static final int MAX_PAGES_PER_TYPE = 200;

    /** A path on the site; {@code pageId} is set when the path is a top-level page item. */
    record Target(String path, UUID pageId) {}

    private final Map<String, Target> byPath;

    private SiteLinks(Map<String, Target> byPath) {
        this.byPath = byPath;
    }

    static SiteLinks of(Blueprint blueprint, GenerationPlan plan, UUID projectId) {
        Map<String, Target> byPath = new LinkedHashMap<>();
        byPath.put("/", new Target("/", null));
        for (ContentTypeDefinition type : blueprint.definitions()) {
            int count = plan.counts().getOrDefault(type.key(), 0);
            if (count <= 0) {
                continue;
            }
            if (SiteRoutes.isCollection(type)) {
                String path = "/" + SiteRoutes.segment(type);
                byPath.putIfAbsent(path, new Target(path, null));
            } else if (SiteRoutes.isTopLevel(type)) {
                TypeSpec spec = blueprint.type(type.key());
                long seed = Seeds.forType(plan.intent().seed(), type.key());
                for (int index = 0; index < Math.min(count, MAX_PAGES_PER_TYPE); index++) {
                    String path =
                            "/" + Slugs.forItem(spec.titles().title(index, seed).text(), index);
                    byPath.putIfAbsent(path, new Target(path, OfflineGenerator.itemId(projectId, type.key(), index)));
                }
            }
        }
        return new SiteLinks(byPath);
    }

    /** The target at the path, if the site will have one there (fragments and queries are ignored). */
    Optional<Target> resolve(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String bare = path.replaceAll("[?#].*$", "");
        return Optional.ofNullable(byPath.get(bare.isEmpty() ? "/" : bare));
    }

    /** Every path the site will have, home first. */
    List<String> paths() {
        return new ArrayList<>(byPath.keySet());
    }
}
