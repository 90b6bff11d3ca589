package com.sitewright.content;

import com.sitewright.contentmodel.ContentTypeDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Content items through plain SQL: paged, filtered and sorted queries on JSONB that a grid can call
 * for every scroll, and batched idempotent inserts for generation.
 */
@Repository
class ContentItemStore {

    private static final TypeReference<LinkedHashMap<String, Object>> DATA = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, type_key, locale, slug, title, status, version, data, created_at, updated_at";
    private static final String PAGE_COLUMNS =
            "c.id, c.type_key, c.locale, c.slug, c.title, c.status, c.version, c.data, c.created_at, c.updated_at";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final RowMapper<ContentItemRow> rowMapper;

    ContentItemStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.rowMapper = (rs, rowNum) -> new ContentItemRow(
                rs.getObject("id", UUID.class),
                rs.getString("type_key"),
                rs.getString("locale"),
                rs.getString("slug"),
                rs.getString("title"),
                ItemStatus.valueOf(rs.getString("status")),
                rs.getLong("version"),
                json.readValue(rs.getString("data"), DATA),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /**
     * One page in two steps: the matching rows are sorted on their small columns only, and the full
     * documents are read for the page's rows alone.
     */
    List<ContentItemRow> page(UUID projectId, ContentQuery query, ContentTypeDefinition type, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sortKey = sortKey(query, type, args);
        String where = where(projectId, query, args);
        String direction = query.ascending() ? " asc" : " desc";
        args.add(limit);
        args.add(offset);
        String sql = "with page as (select id, " + sortKey + " as sort_key from content_items " + where
                + " order by sort_key" + direction + " nulls last, id" + direction + " limit ? offset ?)"
                + " select " + PAGE_COLUMNS + " from page join content_items c on c.id = page.id"
                + " order by page.sort_key" + direction + " nulls last, page.id" + direction;
        return jdbc.query(sql, rowMapper, args.toArray());
    }

    long count(UUID projectId, ContentQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(projectId, query, args);
        Long count = jdbc.queryForObject("select count(*) from content_items " + where, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    Optional<ContentItemRow> findBySlug(UUID projectId, String typeKey, String slug) {
        return jdbc.query("select " + COLUMNS + " from content_items where project_id = ? and type_key = ? and slug = ?",
                rowMapper, projectId, typeKey, slug).stream().findFirst();
    }

    Optional<ContentItemRow> find(UUID projectId, UUID itemId) {
        return jdbc.query("select " + COLUMNS + " from content_items where project_id = ? and id = ?",
                rowMapper, projectId, itemId).stream().findFirst();
    }

    Map<UUID, String> titles(UUID projectId, Collection<UUID> ids) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return titles;
        }
        jdbc.query("select id, title from content_items where project_id = ? and id = any(?)",
                rs -> {
                    titles.put(rs.getObject("id", UUID.class), rs.getString("title"));
                },
                projectId, ids.toArray(UUID[]::new));
        return titles;
    }

    /** Inserts the items that are not there yet; returns how many were new. */
    int insert(UUID projectId, ContentTypeDefinition type, List<NewContentItem> items) {
        Timestamp now = Timestamp.from(Instant.now());
        int[][] results = jdbc.batchUpdate("""
                        insert into content_items (id, project_id, type_key, locale, slug, title, data, sort_data,
                                                   search_text, status, version, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, 0, ?, ?)
                        on conflict (id) do nothing""",
                items, 500, (ps, item) -> {
                    ps.setObject(1, item.id());
                    ps.setObject(2, projectId);
                    ps.setString(3, item.typeKey());
                    ps.setString(4, item.locale());
                    ps.setString(5, item.slug());
                    ps.setString(6, item.title());
                    ps.setString(7, json.writeValueAsString(item.data()));
                    ps.setString(8, json.writeValueAsString(SortValues.of(type, item.data())));
                    ps.setString(9, SearchText.of(type, item));
                    ps.setString(10, item.status().name());
                    ps.setTimestamp(11, now);
                    ps.setTimestamp(12, now);
                });
        int inserted = 0;
        for (int[] batch : results) {
            for (int count : batch) {
                // With rewritten batched inserts the driver reports SUCCESS_NO_INFO (-2) per row.
                inserted += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
            }
        }
        return inserted;
    }

    /** Types of the given items that exist in the project. */
    Map<UUID, String> typesOf(UUID projectId, Collection<UUID> ids) {
        Map<UUID, String> types = new LinkedHashMap<>();
        jdbc.query("select id, type_key from content_items where project_id = ? and id = any(?)",
                rs -> {
                    types.put(rs.getObject("id", UUID.class), rs.getString("type_key"));
                },
                projectId, ids.toArray(UUID[]::new));
        return types;
    }

    /** Writes a new version if the stored one is still {@code expectedVersion}; returns whether it did. */
    boolean update(UUID projectId, ContentTypeDefinition type, NewContentItem item, long expectedVersion) {
        int updated = jdbc.update("""
                        update content_items
                           set data = ?::jsonb, sort_data = ?::jsonb, search_text = ?, title = ?, slug = ?,
                               version = version + 1, updated_at = now()
                         where project_id = ? and id = ? and version = ?""",
                json.writeValueAsString(item.data()), json.writeValueAsString(SortValues.of(type, item.data())),
                SearchText.of(type, item), item.title(), item.slug(), projectId, item.id(), expectedVersion);
        return updated == 1;
    }

    void analyze() {
        jdbc.execute("analyze content_items");
    }

    long countAll(UUID projectId) {
        Long count = jdbc.queryForObject("select count(*) from content_items where project_id = ?", Long.class, projectId);
        return count == null ? 0 : count;
    }

    Map<String, Long> countByType(UUID projectId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("select type_key, count(*) as n from content_items where project_id = ? group by type_key order by type_key",
                rs -> {
                    counts.put(rs.getString("type_key"), rs.getLong("n"));
                }, projectId);
        return counts;
    }

    private static String where(UUID projectId, ContentQuery query, List<Object> args) {
        StringBuilder where = new StringBuilder("where project_id = ?");
        args.add(projectId);
        if (query.typeKey() != null) {
            where.append(" and type_key = ?");
            args.add(query.typeKey());
        }
        if (query.status() != null) {
            where.append(" and status = ?");
            args.add(query.status().name());
        }
        if (query.hasText()) {
            where.append(" and search_text like ? escape '\\'");
            args.add("%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        // Field keys travel as parameters; callers accept only keys of the type's own fields.
        query.equals().forEach((field, value) -> {
            where.append(" and data ->> ?::text = ?");
            args.add(field);
            args.add(value);
        });
        return where.toString();
    }

    /** Only known columns reach the SQL text; a field key travels as a parameter into {@code sort_data}. */
    private static String sortKey(ContentQuery query, ContentTypeDefinition type, List<Object> args) {
        String sortField = query.sortField() == null ? "title" : query.sortField();
        return switch (sortField) {
            case "title" -> "title";
            case "slug" -> "slug";
            case "status" -> "status";
            case "type" -> "type_key";
            case "updatedAt" -> "updated_at";
            case "createdAt" -> "created_at";
            default -> {
                boolean sortable = type != null && type.field(sortField).map(SortValues::isSortable).orElse(false);
                if (!sortable) {
                    yield "title";
                }
                args.add(sortField);
                // jsonb orders numbers numerically and strings by collation, so one expression fits every type.
                yield "sort_data -> ?::text";
            }
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
