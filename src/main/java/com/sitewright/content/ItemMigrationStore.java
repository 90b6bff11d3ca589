package com.sitewright.content;

import com.sitewright.model.ContentTypeDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves item data along with a content-model change, in SQL over both copies (working and published),
 * so a change touching thousands of items is a few statements, not a round trip per item. Both copies
 * get the same version bump, so an item that was unchanged since publishing stays unchanged.
 */
@Repository
class ItemMigrationStore {

    private static final List<String> TABLES = List.of("content_items", "published_items");

    /** What counts as no value, as the validator sees it: missing, null, blank text, an empty list or object. */
    private static final String HAS_VALUE = "jsonb_exists(data, ?) and data -> ? not in ('null'::jsonb, '\"\"'::jsonb,"
            + " '[]'::jsonb, '{}'::jsonb) and coalesce(btrim(data ->> ?), 'x') <> ''";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ItemMigrationStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Working-copy items of the type without a value for the field, as a required field sees them. */
    long countWithoutValue(UUID projectId, String typeKey, String fieldKey) {
        Long count = jdbc.queryForObject(
                "select count(*) from content_items where project_id = ? and type_key = ?" + " and not (" + HAS_VALUE
                        + ")",
                Long.class,
                projectId,
                typeKey,
                fieldKey,
                fieldKey,
                fieldKey);
        return count == null ? 0 : count;
    }

    /** The field's values in the working copy, in title order, for checking them against a changed field. */
    List<FieldValue> values(UUID projectId, String typeKey, String fieldKey) {
        return jdbc.query(
                "select id, title, data -> ? as value from content_items where project_id = ? and type_key = ?"
                        + " and jsonb_exists(data, ?) and data -> ? <> 'null'::jsonb order by title, id",
                (rs, row) -> new FieldValue(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        json.readValue(rs.getString("value"), Object.class)),
                fieldKey,
                projectId,
                typeKey,
                fieldKey,
                fieldKey);
    }

    /**
     * Rewrites each item of the type that has a value for the field, in both copies, with data the function
     * gives; the sort and search columns follow the new data. Returns how many working-copy items changed.
     */
    int rewrite(
            UUID projectId,
            ContentTypeDefinition type,
            String storedTypeKey,
            String fieldKey,
            UnaryOperator<Map<String, Object>> change) {
        return rewrite(projectId, type, storedTypeKey, fieldKey, null, change);
    }

    /** As {@link #rewrite}, only for the items whose field mentions one of the IDs somewhere in its value. */
    int rewriteMentioning(
            UUID projectId,
            ContentTypeDefinition type,
            String fieldKey,
            Collection<UUID> ids,
            UnaryOperator<Map<String, Object>> change) {
        // IDs are hex and dashes, so they join into a regular expression as they are.
        return ids.isEmpty()
                ? 0
                : rewrite(
                        projectId,
                        type,
                        type.key(),
                        fieldKey,
                        ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining("|")),
                        change);
    }

    /** As {@link #rewrite}, only for the items whose field's JSON text contains one of the strings. */
    int rewriteContaining(
            UUID projectId,
            ContentTypeDefinition type,
            String fieldKey,
            Collection<String> texts,
            UnaryOperator<Map<String, Object>> change) {
        return texts.isEmpty()
                ? 0
                : rewrite(
                        projectId,
                        type,
                        type.key(),
                        fieldKey,
                        texts.stream()
                                .map(text -> text.replaceAll("[\\\\.^$*+?()\\[\\]{}|]", "\\\\$0"))
                                .collect(java.util.stream.Collectors.joining("|")),
                        change);
    }

    private int rewrite(
            UUID projectId,
            ContentTypeDefinition type,
            String storedTypeKey,
            String fieldKey,
            @Nullable String mentions,
            UnaryOperator<Map<String, Object>> change) {
        Object[] params = mentions == null
                ? new Object[] {projectId, storedTypeKey, fieldKey}
                : new Object[] {projectId, storedTypeKey, fieldKey, fieldKey, mentions};
        int changed = 0;
        for (String table : TABLES) {
            List<NewContentItem> rewritten = new ArrayList<>();
            jdbc.query(
                    "select id, locale, slug, title, status, data from " + table
                            + " where project_id = ? and type_key = ? and jsonb_exists(data, ?)"
                            + (mentions == null ? "" : " and (data -> ?)::text ~ ?"),
                    rs -> {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> data = json.readValue(rs.getString("data"), LinkedHashMap.class);
                        Map<String, Object> after = change.apply(new LinkedHashMap<>(data));
                        if (!after.equals(data)) {
                            rewritten.add(new NewContentItem(
                                    rs.getObject("id", UUID.class),
                                    storedTypeKey,
                                    rs.getString("locale"),
                                    rs.getString("slug"),
                                    rs.getString("title"),
                                    after,
                                    ItemStatus.valueOf(rs.getString("status"))));
                        }
                    },
                    params);
            jdbc.batchUpdate(
                    "update " + table + " set data = ?::jsonb, sort_data = ?::jsonb, search_text = ?,"
                            + " version = version + 1 where project_id = ? and id = ?",
                    rewritten,
                    500,
                    (ps, item) -> {
                        ps.setString(1, json.writeValueAsString(item.data()));
                        ps.setString(2, json.writeValueAsString(SortValues.of(type, item.data())));
                        ps.setString(3, SearchText.of(type, item));
                        ps.setObject(4, projectId);
                        ps.setObject(5, item.id());
                    });
            changed = table.equals("content_items") ? rewritten.size() : changed;
        }
        return changed;
    }

    long countOfType(UUID projectId, String typeKey) {
        Long count = jdbc.queryForObject(
                "select count(*) from content_items where project_id = ? and type_key = ?",
                Long.class,
                projectId,
                typeKey);
        return count == null ? 0 : count;
    }

    /** Working-copy items of the type that hold a value for the field. */
    long countWithValue(UUID projectId, String typeKey, String fieldKey) {
        Long count = jdbc.queryForObject(
                "select count(*) from content_items where project_id = ? and type_key = ?"
                        + " and jsonb_exists(data, ?) and data -> ? <> 'null'::jsonb",
                Long.class,
                projectId,
                typeKey,
                fieldKey,
                fieldKey);
        return count == null ? 0 : count;
    }

    /** Moves each item's value from one key to another; returns how many working-copy items had one. */
    int renameField(UUID projectId, String typeKey, String from, String to) {
        int moved = 0;
        for (String table : TABLES) {
            int count = jdbc.update(
                    "update " + table
                            + " set data = (data - ?) || jsonb_build_object(?::text, data -> ?),"
                            + " sort_data = case when jsonb_exists(sort_data, ?) then (sort_data - ?) || jsonb_build_object(?::text, sort_data -> ?)"
                            + " else sort_data end, version = version + 1"
                            + " where project_id = ? and type_key = ? and jsonb_exists(data, ?)",
                    from,
                    to,
                    from,
                    from,
                    from,
                    to,
                    from,
                    projectId,
                    typeKey,
                    from);
            moved = table.equals("content_items") ? count : moved;
        }
        return moved;
    }

    /** Drops the field's value from every item of the type; returns how many working-copy items had one. */
    int removeField(UUID projectId, String typeKey, String fieldKey) {
        int removed = 0;
        for (String table : TABLES) {
            int count = jdbc.update(
                    "update " + table + " set data = data - ?, sort_data = sort_data - ?,"
                            + " version = version + 1 where project_id = ? and type_key = ? and jsonb_exists(data, ?)",
                    fieldKey,
                    fieldKey,
                    projectId,
                    typeKey,
                    fieldKey);
            removed = table.equals("content_items") ? count : removed;
        }
        return removed;
    }

    /** Gives every item of a type the type's new key. */
    int renameType(UUID projectId, String from, String to) {
        int renamed = 0;
        for (String table : TABLES) {
            int count = jdbc.update(
                    "update " + table + " set type_key = ?, version = version + 1"
                            + " where project_id = ? and type_key = ?",
                    to,
                    projectId,
                    from);
            renamed = table.equals("content_items") ? count : renamed;
        }
        return renamed;
    }

    /** Blocks name their component type inside the item: rewrites that name in one blocks field. */
    int renameBlockType(UUID projectId, String hostTypeKey, String fieldKey, String from, String to) {
        String rewritten =
                "(select coalesce(jsonb_agg(case when e ->> 'type' = ? then jsonb_set(e, '{type}', to_jsonb(?::text))"
                        + " else e end order by n), '[]'::jsonb) from jsonb_array_elements(data -> ?) with ordinality as b(e, n))";
        int changed = 0;
        for (String table : TABLES) {
            int count = jdbc.update(
                    "update " + table + " set data = jsonb_set(data, array[?::text], " + rewritten
                            + "), version = version + 1 where project_id = ? and type_key = ? and jsonb_typeof(data -> ?) = 'array'"
                            + " and exists (select 1 from jsonb_array_elements(data -> ?) e where e ->> 'type' = ?)",
                    fieldKey,
                    from,
                    to,
                    fieldKey,
                    projectId,
                    hostTypeKey,
                    fieldKey,
                    fieldKey,
                    from);
            changed = table.equals("content_items") ? count : changed;
        }
        return changed;
    }

    /** Deletes the items from both copies; returns how many working-copy items there were. */
    int delete(UUID projectId, Collection<UUID> ids) {
        UUID[] idArray = ids.toArray(UUID[]::new);
        jdbc.update("delete from published_items where project_id = ? and id = any(?)", projectId, idArray);
        return jdbc.update("delete from content_items where project_id = ? and id = any(?)", projectId, idArray);
    }

    /**
     * Takes the IDs out of one reference or references field of the type's items, in both copies, so that no item
     * points to a deleted one. Returns how many working-copy items changed.
     */
    int dropReferences(UUID projectId, String typeKey, String fieldKey, boolean list, Collection<UUID> ids) {
        String[] targets = ids.stream().map(UUID::toString).toArray(String[]::new);
        int changed = 0;
        for (String table : TABLES) {
            int count = list
                    ? jdbc.update(
                            "update " + table
                                    + " set data = jsonb_set(data, array[?::text], coalesce((select jsonb_agg(e)"
                                    + " from jsonb_array_elements(data -> ?) e where not (e #>> '{}' = any(?))), '[]'::jsonb)),"
                                    + " version = version + 1 where project_id = ? and type_key = ? and jsonb_typeof(data -> ?) = 'array'"
                                    + " and exists (select 1 from jsonb_array_elements_text(data -> ?) x where x = any(?))",
                            fieldKey,
                            fieldKey,
                            targets,
                            projectId,
                            typeKey,
                            fieldKey,
                            fieldKey,
                            targets)
                    : jdbc.update(
                            "update " + table + " set data = data - ?, version = version + 1"
                                    + " where project_id = ? and type_key = ? and data ->> ? = any(?)",
                            fieldKey,
                            projectId,
                            typeKey,
                            fieldKey,
                            targets);
            changed = table.equals("content_items") ? count : changed;
        }
        return changed;
    }

    /** Deletes every item of a type from both copies; returns how many working-copy items there were. */
    int deleteType(UUID projectId, String typeKey) {
        jdbc.update("delete from published_items where project_id = ? and type_key = ?", projectId, typeKey);
        return jdbc.update("delete from content_items where project_id = ? and type_key = ?", projectId, typeKey);
    }
}
