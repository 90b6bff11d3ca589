package com.sitewright.generation.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The ids an item's reference fields point to: items the plan will generate, chosen by the item's random. */
final class ItemReferences {

    private ItemReferences() {}

    /** Id of a random existing item of one of the types, weighted by how many each type has. */
    static String ref(ItemContext ctx, List<String> types) {
        int total = 0;
        for (String type : types) {
            total += ctx.count(type);
        }
        if (total == 0) {
            return null;
        }
        int n = ctx.random().nextInt(total);
        for (String type : types) {
            int count = ctx.count(type);
            if (n < count) {
                return OfflineGenerator.itemId(ctx.projectId(), type, n).toString();
            }
            n -= count;
        }
        throw new IllegalStateException("unreachable");
    }

    /** The item at a known index (fixed-list types such as categories), or a random one if the plan has fewer. */
    static String refAt(ItemContext ctx, String type, int index) {
        return index < ctx.count(type)
                ? OfflineGenerator.itemId(ctx.projectId(), type, index).toString()
                : ref(ctx, List.of(type));
    }

    /** Between min and max distinct ids of existing items of the types (fewer if fewer exist). */
    static List<String> refs(ItemContext ctx, List<String> types, int min, int max) {
        int total = 0;
        for (String type : types) {
            total += ctx.count(type);
        }
        int wanted = Math.min(ctx.between(min, max), total);
        Set<Integer> chosen = new LinkedHashSet<>();
        if (wanted * 2 > total) {
            int start = ctx.random().nextInt(Math.max(total, 1));
            for (int i = 0; i < wanted; i++) {
                chosen.add((start + i) % total);
            }
        } else {
            while (chosen.size() < wanted) {
                chosen.add(ctx.random().nextInt(total));
            }
        }
        List<String> ids = new ArrayList<>(wanted);
        for (int n : chosen) {
            for (String type : types) {
                int count = ctx.count(type);
                if (n < count) {
                    ids.add(OfflineGenerator.itemId(ctx.projectId(), type, n).toString());
                    break;
                }
                n -= count;
            }
        }
        return ids;
    }
}
