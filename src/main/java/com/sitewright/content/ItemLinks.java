package com.sitewright.content;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Buttons, banners and calls to action link to the site's pages by address (a URL field such as {@code /about}),
 * not by reference. When a page is deleted the links to it are cleared, so its button disappears instead of the
 * next build failing on a dead link; when its slug changes they follow it to the new address. Both copies change,
 * inside the caller's transaction.
 */
final class ItemLinks {

    private final ItemMigrationStore migrations;

    ItemLinks(ItemMigrationStore migrations) {
        this.migrations = migrations;
    }

    /**
     * Re-points every URL field, at the top of an item or inside its blocks, that links to one of the old addresses
     * (with or without a query or fragment): to the new address, or nowhere when the new one is {@code null}.
     */
    void follow(UUID projectId, List<ContentTypeDefinition> model, Map<String, String> moved) {
        if (moved.isEmpty()) {
            return;
        }
        Map<String, List<String>> urlFieldsByType = new LinkedHashMap<>();
        for (ContentTypeDefinition type : model) {
            List<String> urls = type.fields().stream()
                    .filter(field -> field.type() == FieldType.URL)
                    .map(FieldDefinition::key)
                    .toList();
            if (!urls.isEmpty()) {
                urlFieldsByType.put(type.key(), urls);
            }
        }
        List<String> quoted = moved.keySet().stream().map(path -> "\"" + path).toList();
        for (ContentTypeDefinition type : model) {
            for (FieldDefinition field : type.fields()) {
                if (field.type() == FieldType.URL) {
                    migrations.rewriteContaining(
                            projectId, type, field.key(), quoted, data -> relinked(data, List.of(field.key()), moved));
                } else if (field.type() == FieldType.BLOCKS) {
                    migrations.rewriteContaining(
                            projectId,
                            type,
                            field.key(),
                            quoted,
                            data -> relinkedBlocks(data, field.key(), urlFieldsByType, moved));
                }
            }
        }
    }

    private static Map<String, Object> relinkedBlocks(
            Map<String, Object> data,
            String blocksField,
            Map<String, List<String>> urlFieldsByType,
            Map<String, String> moved) {
        return BlockEntries.rewrite(data, blocksField, urlFieldsByType, (block, urls) -> relinked(block, urls, moved));
    }

    private static Map<String, Object> relinked(
            Map<String, Object> data, List<String> urlFields, Map<String, String> moved) {
        for (String field : urlFields) {
            if (!(data.get(field) instanceof String url)) {
                continue;
            }
            int end = firstOf(url, '?', '#');
            String path = url.substring(0, end);
            if (!moved.containsKey(path)) {
                continue;
            }
            String target = moved.get(path);
            if (target == null) {
                data.remove(field);
            } else {
                data.put(field, target + url.substring(end));
            }
        }
        return data;
    }

    private static int firstOf(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? (b < 0 ? text.length() : b) : (b < 0 ? a : Math.min(a, b));
    }
}
