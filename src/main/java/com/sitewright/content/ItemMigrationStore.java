package com.sitewright.content;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

/**
 * Moves item data along with a content-model change, in SQL over both copies (working and published),
 * so a change touching thousands of items is a few statements, not a round trip per item. Both copies
 * get the same version bump, so an item that was unchanged since publishing stays unchanged.
 */
@Repository
class ItemMigrationStore {

    private static final List<String> TABLES = List.of("content_items", "published_items");

    private final JdbcTemplate jdbc;

    ItemMigrationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long countOfType(UUID projectId, String typeKey) {
        Long count = jdbc.queryForObject("select count(*) from content_items where project_id = ? and type_key = ?",
                Long.class, projectId, typeKey);
        return count == null ? 0 : count;
    }

    /** Working-copy items of the type that hold a value for the field. */
    long countWithValue(UUID projectId, String typeKey, String fieldKey) {
        Long count = jdbc.queryForObject("select count(*) from content_items where project_id = ? and type_key = ?"
                + " and jsonb_exists(data, ?) and data -> ? <> 'null'::jsonb", Long.class, projectId, typeKey, fieldKey, fieldKey);
        return count == null ? 0 : count;
    }

    /** Moves each item's value from one key to another; returns how many working-copy items had one. */
    int renameField(UUID projectId, String typeKey, String from, String to) {
        int moved = 0;
        for (String table : TABLES) {
            int count = jdbc.update("update " + table
                    + " set data = (data - ?) || jsonb_build_object(?::text, data -> ?),"
                    + " sort_data = case when jsonb_exists(sort_data, ?) then (sort_data - ?) || jsonb_build_object(?::text, sort_data -> ?)"
                    + " else sort_data end, version = version + 1"
                    + " where project_id = ? and type_key = ? and jsonb_exists(data, ?)",
                    from, to, from, from, from, to, from, projectId, typeKey, from);
            moved = table.equals("content_items") ? count : moved;
        }
        return moved;
    }

    /** Drops the field's value from every item of the type; returns how many working-copy items had one. */
    int removeField(UUID projectId, String typeKey, String fieldKey) {
        int removed = 0;
        for (String table : TABLES) {
            int count = jdbc.update("update " + table + " set data = data - ?, sort_data = sort_data - ?,"
                    + " version = version + 1 where project_id = ? and type_key = ? and jsonb_exists(data, ?)",
                    fieldKey, fieldKey, projectId, typeKey, fieldKey);
            removed = table.equals("content_items") ? count : removed;
        }
        return removed;
    }

    /** Gives every item of a type the type's new key. */
    int renameType(UUID projectId, String from, String to) {
        int renamed = 0;
        for (String table : TABLES) {
            int count = jdbc.update("update " + table + " set type_key = ?, version = version + 1"
                    + " where project_id = ? and type_key = ?", to, projectId, from);
            renamed = table.equals("content_items") ? count : renamed;
        }
        return renamed;
    }

    /** Blocks name their component type inside the item: rewrites that name in one blocks field. */
    int renameBlockType(UUID projectId, String hostTypeKey, String fieldKey, String from, String to) {
        String rewritten = "(select coalesce(jsonb_agg(case when e ->> 'type' = ? then jsonb_set(e, '{type}', to_jsonb(?::text))"
                + " else e end order by n), '[]'::jsonb) from jsonb_array_elements(data -> ?) with ordinality as b(e, n))";
        int changed = 0;
        for (String table : TABLES) {
            int count = jdbc.update("update " + table + " set data = jsonb_set(data, array[?::text], " + rewritten
                    + "), version = version + 1 where project_id = ? and type_key = ? and jsonb_typeof(data -> ?) = 'array'"
                    + " and exists (select 1 from jsonb_array_elements(data -> ?) e where e ->> 'type' = ?)",
                    fieldKey, from, to, fieldKey, projectId, hostTypeKey, fieldKey, fieldKey, from);
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
