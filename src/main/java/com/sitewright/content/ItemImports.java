package com.sitewright.content;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import com.sitewright.model.FieldType;
import com.sitewright.model.SiteRoutes;
import com.sitewright.model.ValidationError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rows of an import against everything a save would: the type's rules, references to items that exist
 * (and are of an allowed type), slugs unique in the type and in the file, and updates naming items of this type.
 * A row that updates an item changes only the fields it has columns for; an empty value clears one.
 */
final class ItemImports {

    private final ItemChecks checks = new ItemChecks();

    /**
     * @param toPublish   updated items whose row says "published" while they are drafts
     * @param toUnpublish updated items whose row says "draft" while they are published
     */
    record Checked(
            List<NewContentItem> created,
            List<NewContentItem> updated,
            List<UUID> toPublish,
            List<UUID> toUnpublish,
            List<ImportProblem> problems,
            int validRows) {}

    /**
     * @param current  the items the rows update, by ID (working copy)
     * @param existing every item of the project (for slugs and references)
     */
    Checked check(
            ContentTypeDefinition type,
            Map<String, ContentTypeDefinition> types,
            List<ImportRow> rows,
            Map<UUID, ContentItemRow> current,
            List<ItemIdentity> existing) {
        Map<UUID, String> typeOfItem = new HashMap<>();
        Map<String, UUID> slugOwner = new HashMap<>();
        // Top-level pages share one URL space (/<slug>), so their slugs are unique across those types.
        Set<String> sharingSlugs = SiteRoutes.isTopLevel(type)
                ? types.values().stream()
                        .filter(SiteRoutes::isTopLevel)
                        .map(ContentTypeDefinition::key)
                        .collect(java.util.stream.Collectors.toSet())
                : Set.of(type.key());
        for (ItemIdentity item : existing) {
            typeOfItem.put(item.id(), item.typeKey());
            if (sharingSlugs.contains(item.typeKey())) {
                slugOwner.put(item.slug(), item.id());
            }
        }
        Function<Collection<UUID>, Map<UUID, String>> lookup = ids -> {
            Map<UUID, String> found = new LinkedHashMap<>();
            ids.forEach(id -> Optional.ofNullable(typeOfItem.get(id)).ifPresent(t -> found.put(id, t)));
            return found;
        };
        Set<String> slugsInFile = new HashSet<>();
        List<NewContentItem> created = new ArrayList<>();
        List<NewContentItem> updated = new ArrayList<>();
        List<UUID> toPublish = new ArrayList<>();
        List<UUID> toUnpublish = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        int valid = 0;
        for (ImportRow row : rows) {
            List<ImportProblem> found = new ArrayList<>(row.problems());
            ContentItemRow before = null;
            if (row.id() != null) {
                before = current.get(row.id());
                if (before == null || !before.typeKey().equals(type.key())) {
                    found.add(new ImportProblem(
                            row.row(),
                            "id",
                            "is not a " + type.displayName()
                                    + " of this project; leave it empty to create a new item"));
                }
            }
            Map<String, Object> data = merged(before, row.data());
            String title = titleOf(type, data, before);
            String slug = slugOf(type, data, row, before, title);
            // A new item without a slug value gets the one made from its title, in its slug field too.
            type.fields().stream()
                    .filter(field -> field.type() == FieldType.SLUG)
                    .findFirst()
                    .filter(field -> !(data.get(field.key()) instanceof String) && slug != null && !slug.isEmpty())
                    .ifPresent(field -> data.put(field.key(), slug));
            if (found.isEmpty()) {
                for (ValidationError error :
                        checks.check(type, data, key -> Optional.ofNullable(types.get(key)), lookup)) {
                    found.add(new ImportProblem(row.row(), error.field(), error.reason()));
                }
            }
            UUID owner = slugOwner.get(slug);
            if (slug == null || slug.isEmpty()) {
                found.add(new ImportProblem(row.row(), "slug", "is missing, and no title to make one from"));
            } else if (!slugsInFile.add(slug)) {
                found.add(new ImportProblem(row.row(), "slug", "\"" + slug + "\" is used by another row of this file"));
            } else if (owner != null && !owner.equals(row.id())) {
                found.add(new ImportProblem(
                        row.row(),
                        "slug",
                        "\"" + slug + "\" is used by another "
                                + (sharingSlugs.size() > 1 ? "page" : type.displayName())));
            } else {
                SiteRoutes.slugConflict(type, slug, types.values())
                        .ifPresent(reason -> found.add(new ImportProblem(row.row(), "slug", reason)));
            }
            if (!found.isEmpty()) {
                problems.addAll(found);
                continue;
            }
            valid++;
            if (before == null) {
                created.add(new NewContentItem(
                        UUID.randomUUID(),
                        type.key(),
                        "en",
                        slug,
                        title,
                        data,
                        row.status() == null ? ItemStatus.DRAFT : row.status()));
            } else {
                updated.add(new NewContentItem(
                        before.id(), type.key(), before.locale(), slug, title, data, before.status()));
                // A status that differs from the item's is a change asked for; the same status leaves production as it
                // is.
                if (row.status() == ItemStatus.PUBLISHED && before.status() != ItemStatus.PUBLISHED) {
                    toPublish.add(before.id());
                } else if (row.status() == ItemStatus.DRAFT && before.status() == ItemStatus.PUBLISHED) {
                    toUnpublish.add(before.id());
                }
            }
        }
        return new Checked(created, updated, toPublish, toUnpublish, problems, valid);
    }

    /** The item's data after the row: the row's columns replace, an empty value clears, other fields stay. */
    private static Map<String, Object> merged(@Nullable ContentItemRow before, Map<String, Object> row) {
        Map<String, Object> data = new LinkedHashMap<>(before == null ? Map.of() : before.data());
        row.forEach((key, value) -> {
            if (value == null) {
                data.remove(key);
            } else {
                data.put(key, value);
            }
        });
        return data;
    }

    /** The title comes from the type's title field ("title", "name", …), or the first text field, as generated items have. */
    private static String titleOf(
            ContentTypeDefinition type, Map<String, Object> data, @Nullable ContentItemRow before) {
        for (String key : List.of("title", "name", "headline", "heading", "question", "label")) {
            if (data.get(key) instanceof String text && !text.isBlank()) {
                return text.strip();
            }
        }
        return type.fields().stream()
                .filter(field -> field.type() == FieldType.TEXT)
                .map(field -> data.get(field.key()))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(text -> !text.isBlank())
                .findFirst()
                .map(String::strip)
                .orElse(before == null ? "" : before.title());
    }

    private static String slugOf(
            ContentTypeDefinition type,
            Map<String, Object> data,
            ImportRow row,
            @Nullable ContentItemRow before,
            String title) {
        Optional<FieldDefinition> slugField = type.fields().stream()
                .filter(field -> field.type() == FieldType.SLUG)
                .findFirst();
        if (slugField.isPresent() && data.get(slugField.get().key()) instanceof String slug && !slug.isBlank()) {
            return slug;
        }
        if (row.slug() != null && !row.slug().isBlank()) {
            return row.slug().strip();
        }
        if (before != null) {
            return before.slug();
        }
        String slug = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
    }
}
