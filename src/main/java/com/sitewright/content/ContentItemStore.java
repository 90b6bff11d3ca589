package com.sitewright.content;

import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.model.FieldDefinition;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Content items through plain SQL: paged, filtered and sorted queries on JSONB that a grid can call
 * for every scroll, and batched idempotent inserts for generation. Queries read either the working
 * copy ({@code content_items}) or the published copy ({@code published_items}), which have the same
 * columns.
 */
@Repository
class ContentItemStore {

    private static final TypeReference<LinkedHashMap<String, Object>> DATA = new TypeReference<>() {};
    /** Read as {@code c}; a working-copy read joins its published row as {@code p}. */
    private static final String COLUMNS =
            "c.id, c.type_key, c.locale, c.slug, c.title, c.status, c.version, c.data, c.created_at, c.updated_at";
    /** The columns both tables share, for copying the working copy into the published one. */
    private static final String COPIED_COLUMNS = "id, project_id, type_key, locale, slug, title, data, sort_data, "
            + "search_text, status, version, created_at, updated_at";

    private static final String PUBLISHED = "'" + ItemStatus.PUBLISHED.name() + "'";
    private static final String DRAFT = "'" + ItemStatus.DRAFT.name() + "'";
    /** Makes an insert into published_items "publish again": the new copy replaces the old one. */
    private static final String REPLACE_PUBLISHED = " on conflict (id) do update set type_key = excluded.type_key,"
            + " locale = excluded.locale, slug = excluded.slug, title = excluded.title, data = excluded.data,"
            + " sort_data = excluded.sort_data, search_text = excluded.search_text, status = excluded.status,"
            + " version = excluded.version, updated_at = excluded.updated_at, published_at = excluded.published_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private final RowMapper<ContentItemRow> rowMapper;

    ContentItemStore(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.clock = clock;
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
                rs.getObject("published_version", Long.class),
                json.readValue(rs.getString("data"), DATA),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The table of a copy; only these constants reach the SQL text. */
    private static String table(ContentCopy copy) {
        return switch (copy) {
            case WORKING -> "content_items";
            case PUBLISHED -> "published_items";
        };
    }

    private static String from(ContentCopy copy) {
        return select(copy) + " from " + table(copy) + " c" + joinPublished(copy);
    }

    /** The item columns of {@code c} and its published version; a published row is its own. */
    private static String select(ContentCopy copy) {
        String publishedVersion = copy == ContentCopy.WORKING ? "p.version" : "c.version";
        return "select " + COLUMNS + ", " + publishedVersion + " as published_version";
    }

    /** A working row finds its published row by primary key, which is cheap for the few rows read. */
    private static String joinPublished(ContentCopy copy) {
        return copy == ContentCopy.WORKING ? " left join published_items p on p.id = c.id" : "";
    }

    /**
     * One page in two steps: the matching rows are sorted on their small columns only, and the full
     * documents (and published versions) are read for the page's rows alone.
     */
    List<ContentItemRow> page(
            ContentCopy copy,
            UUID projectId,
            ContentQuery query,
            @Nullable ContentTypeDefinition type,
            int offset,
            int limit) {
        List<Object> args = new ArrayList<>();
        String sql = pageSql(copy, projectId, query, type, offset, limit, false, args);
        return jdbc.query(sql, rowMapper, args.toArray());
    }

    /**
     * The two-step page query; {@code counted} adds the number of matches in all as {@code total}. Counted, the
     * matches are first kept as (id, sort key) pairs, which both the count and the sort read: a window count over
     * the scan would hold each match's whole sort document, which at ten thousand matches spills to disk.
     */
    private String pageSql(
            ContentCopy copy,
            UUID projectId,
            ContentQuery query,
            @Nullable ContentTypeDefinition type,
            int offset,
            int limit,
            boolean counted,
            List<Object> args) {
        String sortKey = sortKey(query, type, args);
        String where = where(projectId, query, args);
        String direction = query.ascending() ? " asc" : " desc";
        String order = " order by sort_key" + direction + " nulls last, id" + direction + " limit ? offset ?";
        args.add(limit);
        args.add(offset);
        String page = counted
                ? "with matches as materialized (select id, " + sortKey + " as sort_key from " + table(copy) + " "
                        + where + "), page as (select id, sort_key from matches" + order + ") "
                : "with page as (select id, " + sortKey + " as sort_key from " + table(copy) + " " + where + order
                        + ") ";
        return page + select(copy) + (counted ? ", (select count(*) from matches) as total" : "") + " from page join "
                + table(copy) + " c on c.id = page.id" + joinPublished(copy)
                + " order by page.sort_key" + direction + " nulls last, page.id" + direction;
    }

    /** A page and how many rows match in all. */
    record CountedPage(List<ContentItemRow> rows, long total) {}

    /**
     * As {@link #page} with the number of matches, from one pass over them: a search must read every match to
     * sort them anyway, and a separate count would read them all again. A page past the end has no row to carry
     * the number, so only then is it counted on its own.
     */
    CountedPage pageWithCount(
            ContentCopy copy,
            UUID projectId,
            ContentQuery query,
            @Nullable ContentTypeDefinition type,
            int offset,
            int limit) {
        List<Object> args = new ArrayList<>();
        String sql = pageSql(copy, projectId, query, type, offset, limit, true, args);
        long[] total = {0};
        List<ContentItemRow> rows = jdbc.query(
                sql,
                (rs, rowNum) -> {
                    total[0] = rs.getLong("total");
                    return rowMapper.mapRow(rs, rowNum);
                },
                args.toArray());
        return new CountedPage(rows, rows.isEmpty() && offset > 0 ? count(copy, projectId, query) : total[0]);
    }

    long count(ContentCopy copy, UUID projectId, ContentQuery query) {
        List<Object> args = new ArrayList<>();
        String where = where(projectId, query, args);
        Long count =
                jdbc.queryForObject("select count(*) from " + table(copy) + " " + where, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** Items of the types whose text matches the search (any, when blank), in title order. */
    List<ReferenceCandidate> candidates(
            UUID projectId, Collection<String> typeKeys, String search, int offset, int limit) {
        List<Object> args = new ArrayList<>(List.of(projectId, typeKeys.toArray(String[]::new)));
        String where = "where project_id = ? and type_key = any(?)";
        if (search != null && !search.isBlank()) {
            where += " and search_text like ? escape '\\'";
            args.add("%" + escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        args.add(limit);
        args.add(offset);
        return jdbc.query(
                "select id, type_key, title from content_items " + where + " order by title, id limit ? offset ?",
                (rs, row) -> new ReferenceCandidate(
                        rs.getObject("id", UUID.class), rs.getString("type_key"), rs.getString("title")),
                args.toArray());
    }

    List<ReferenceCandidate> candidatesById(UUID projectId, Collection<UUID> ids) {
        Map<UUID, ReferenceCandidate> found = new LinkedHashMap<>();
        jdbc.query(
                "select id, type_key, title from content_items where project_id = ? and id = any(?)",
                rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    found.put(id, new ReferenceCandidate(id, rs.getString("type_key"), rs.getString("title")));
                },
                projectId,
                ids.toArray(UUID[]::new));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** IDs of the working-copy items the query matches, in ID order after {@code after} (null: from the start). */
    List<UUID> ids(UUID projectId, ContentQuery query, UUID after, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(projectId, query, args);
        if (after != null) {
            where += " and id > ?";
            args.add(after);
        }
        args.add(limit);
        return jdbc.queryForList(
                "select id from content_items " + where + " order by id limit ?", UUID.class, args.toArray());
    }

    /** Whole items of a copy in ID order after {@code after} (null: from the start), for jobs that read them all. */
    List<ContentItemRow> after(ContentCopy copy, UUID projectId, UUID after, int limit) {
        String where = " where c.project_id = ?" + (after == null ? "" : " and c.id > ?");
        Object[] args = after == null ? new Object[] {projectId, limit} : new Object[] {projectId, after, limit};
        return jdbc.query(from(copy) + where + " order by c.id limit ?", rowMapper, args);
    }

    /** The published copy may hold a slug twice (an item left it in a draft not yet published); the latest wins. */
    Optional<ContentItemRow> findBySlug(ContentCopy copy, UUID projectId, String typeKey, String slug) {
        String latestFirst = copy == ContentCopy.PUBLISHED ? "c.published_at desc" : "c.updated_at desc";
        return jdbc
                .query(
                        from(copy) + " where c.project_id = ? and c.type_key = ? and c.slug = ?" + " order by "
                                + latestFirst + ", c.id limit 1",
                        rowMapper,
                        projectId,
                        typeKey,
                        slug)
                .stream()
                .findFirst();
    }

    Optional<ContentItemRow> find(ContentCopy copy, UUID projectId, UUID itemId) {
        return jdbc.query(from(copy) + " where c.project_id = ? and c.id = ?", rowMapper, projectId, itemId).stream()
                .findFirst();
    }

    /** Working rows of the given items, in the order asked for. */
    List<ContentItemRow> findAll(UUID projectId, Collection<UUID> itemIds) {
        Map<UUID, ContentItemRow> found = new LinkedHashMap<>();
        jdbc.query(
                        from(ContentCopy.WORKING) + " where c.project_id = ? and c.id = any(?)",
                        rowMapper,
                        projectId,
                        itemIds.toArray(UUID[]::new))
                .forEach(row -> found.put(row.id(), row));
        return itemIds.stream()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    Map<UUID, String> titles(UUID projectId, Collection<UUID> ids) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return titles;
        }
        jdbc.query(
                "select id, title from content_items where project_id = ? and id = any(?)",
                rs -> {
                    titles.put(rs.getObject("id", UUID.class), rs.getString("title"));
                },
                projectId,
                ids.toArray(UUID[]::new));
        return titles;
    }

    /** Adds the keys an item does not hold yet to its data, in the working and the published copy. */
    int fillEmpty(UUID projectId, Map<UUID, Map<String, Object>> values) {
        List<Object[]> rows = new ArrayList<>(values.size());
        values.forEach((id, fields) -> rows.add(new Object[] {json.writeValueAsString(fields), projectId, id}));
        int[] changed = jdbc.batchUpdate(
                "update content_items set data = cast(? as jsonb) || data" + " where project_id = ? and id = ?", rows);
        jdbc.batchUpdate(
                "update published_items set data = cast(? as jsonb) || data where project_id = ? and id = ?", rows);
        return java.util.Arrays.stream(changed).map(n -> Math.max(n, 0)).sum();
    }

    /** Inserts the items that are not there yet; returns how many were new. */
    int insert(UUID projectId, ContentTypeDefinition type, List<NewContentItem> items) {
        Timestamp now = Timestamp.from(clock.instant());
        int[][] results = jdbc.batchUpdate("""
                        insert into content_items (id, project_id, type_key, locale, slug, title, data, sort_data,
                                                   search_text, status, version, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, 0, ?, ?)
                        on conflict (id) do nothing""", items, 500, (ps, item) -> {
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
        UUID[] published = items.stream()
                .filter(item -> item.status() == ItemStatus.PUBLISHED)
                .map(NewContentItem::id)
                .toArray(UUID[]::new);
        if (published.length > 0) {
            // One statement copies the batch's published rows as stored, without serialising them again.
            jdbc.update(
                    "insert into published_items (" + COPIED_COLUMNS + ", published_at) select " + COPIED_COLUMNS
                            + ", ? from content_items where project_id = ? and id = any(?) and status = " + PUBLISHED
                            + " on conflict (id) do nothing",
                    now,
                    projectId,
                    published);
        }
        return inserted;
    }

    /** Slugs the given items have in the published copy; items that are not published are missing. */
    Map<UUID, String> publishedSlugs(UUID projectId, Collection<UUID> ids) {
        Map<UUID, String> slugs = new LinkedHashMap<>();
        jdbc.query(
                "select id, slug from published_items where project_id = ? and id = any(?)",
                rs -> {
                    slugs.put(rs.getObject("id", UUID.class), rs.getString("slug"));
                },
                projectId,
                ids.toArray(UUID[]::new));
        return slugs;
    }

    /**
     * Which of the IDs a published item of the project holds as a value anywhere in its data: an asset field's
     * {@code {"assetId": …}}, a bare ID, or one inside blocks and JSON.
     */
    Set<UUID> publishedMentions(UUID projectId, Collection<UUID> ids) {
        Set<UUID> found = new java.util.HashSet<>();
        jdbc.query(
                "select wanted from unnest(cast(? as uuid[])) as wanted where exists (select 1 from published_items p"
                        + " where p.project_id = ? and jsonb_path_exists(p.data, 'strict $.** ? (@ == $id)',"
                        + " jsonb_build_object('id', wanted::text)))",
                rs -> {
                    found.add(rs.getObject("wanted", UUID.class));
                },
                ids.toArray(UUID[]::new),
                projectId);
        return found;
    }

    /**
     * Copies the working rows of the items into the published copy, replacing what was published. The
     * status update comes first: it locks the working rows, so an edit cannot slip in before the copy.
     */
    void publish(UUID projectId, Collection<UUID> ids) {
        UUID[] idArray = ids.toArray(UUID[]::new);
        jdbc.update(
                "update content_items set status = " + PUBLISHED + " where project_id = ? and id = any(?)",
                projectId,
                idArray);
        jdbc.update(
                "insert into published_items (" + COPIED_COLUMNS + ", published_at) select " + COPIED_COLUMNS
                        + ", now() from content_items where project_id = ? and id = any(?)" + REPLACE_PUBLISHED,
                projectId,
                idArray);
    }

    /** Takes the items out of the published copy; they stay in the working copy as drafts. */
    void unpublish(UUID projectId, Collection<UUID> ids) {
        UUID[] idArray = ids.toArray(UUID[]::new);
        jdbc.update(
                "update content_items set status = " + DRAFT + " where project_id = ? and id = any(?)",
                projectId,
                idArray);
        jdbc.update("delete from published_items where project_id = ? and id = any(?)", projectId, idArray);
    }

    /**
     * Publishes every item of the project in two set-based statements; only items that are new to
     * the published copy or changed since their last publish are written. Returns how many those were.
     */
    int publishAll(UUID projectId) {
        jdbc.update(
                "update content_items set status = " + PUBLISHED + " where project_id = ? and status <> " + PUBLISHED,
                projectId);
        return jdbc.update(
                "insert into published_items (" + COPIED_COLUMNS + ", published_at)"
                        + " select " + COPIED_COLUMNS + ", now() from content_items c where c.project_id = ?"
                        + " and not exists (select 1 from published_items p where p.id = c.id and p.version = c.version)"
                        + REPLACE_PUBLISHED,
                projectId);
    }

    /** Types of the given items that exist in the project. */
    Map<UUID, String> typesOf(UUID projectId, Collection<UUID> ids) {
        Map<UUID, String> types = new LinkedHashMap<>();
        jdbc.query(
                "select id, type_key from content_items where project_id = ? and id = any(?)",
                rs -> {
                    types.put(rs.getObject("id", UUID.class), rs.getString("type_key"));
                },
                projectId,
                ids.toArray(UUID[]::new));
        return types;
    }

    /** Writes a new version if the stored one is still {@code expectedVersion}; returns whether it did. */
    boolean update(UUID projectId, ContentTypeDefinition type, NewContentItem item, long expectedVersion) {
        int updated = jdbc.update(
                """
                        update content_items
                           set data = ?::jsonb, sort_data = ?::jsonb, search_text = ?, title = ?, slug = ?,
                               version = version + 1, updated_at = now()
                         where project_id = ? and id = ? and version = ?""",
                json.writeValueAsString(item.data()),
                json.writeValueAsString(SortValues.of(type, item.data())),
                SearchText.of(type, item),
                item.title(),
                item.slug(),
                projectId,
                item.id(),
                expectedVersion);
        return updated == 1;
    }

    /** Writes new data (and title and slug) for many items in one batch, each a new version; the sort and search columns follow. */
    void updateAll(UUID projectId, Map<String, ContentTypeDefinition> types, List<NewContentItem> items) {
        jdbc.batchUpdate("""
                        update content_items
                           set data = ?::jsonb, sort_data = ?::jsonb, search_text = ?, title = ?, slug = ?,
                               version = version + 1, updated_at = now()
                         where project_id = ? and id = ?""", items, 500, (ps, item) -> {
            // Every stored item has its type in the model: model changes migrate items first.
            ContentTypeDefinition type = Objects.requireNonNull(types.get(item.typeKey()), item.typeKey());
            ps.setString(1, json.writeValueAsString(item.data()));
            ps.setString(2, json.writeValueAsString(SortValues.of(type, item.data())));
            ps.setString(3, SearchText.of(type, item));
            ps.setString(4, item.title());
            ps.setString(5, item.slug());
            ps.setObject(6, projectId);
            ps.setObject(7, item.id());
        });
    }

    /**
     * Vacuums and analyzes a copy's table: drops the row versions a bulk write replaced, marks pages all-visible
     * and refreshes the planner's statistics. VACUUM refuses to run inside a transaction.
     */
    void reclaim(ContentCopy copy) {
        jdbc.execute("vacuum (analyze) " + table(copy));
    }

    long countAll(UUID projectId) {
        Long count =
                jdbc.queryForObject("select count(*) from content_items where project_id = ?", Long.class, projectId);
        return count == null ? 0 : count;
    }

    List<ItemIdentity> identities(UUID projectId) {
        return jdbc.query(
                "select id, type_key, slug, title from content_items where project_id = ? order by created_at, id",
                (rs, row) -> new ItemIdentity(
                        rs.getObject("id", UUID.class),
                        rs.getString("type_key"),
                        rs.getString("slug"),
                        rs.getString("title")),
                projectId);
    }

    Map<String, Long> countByType(UUID projectId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(
                "select type_key, count(*) as n from content_items where project_id = ? group by type_key order by type_key",
                rs -> {
                    counts.put(rs.getString("type_key"), rs.getLong("n"));
                },
                projectId);
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
        String text = query.text();
        if (text != null && query.hasText()) {
            where.append(" and search_text like ? escape '\\'");
            args.add("%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        // Field keys travel as parameters; callers accept only keys of the type's own fields.
        // A list field (tags, references) matches when it holds the value.
        query.equals().forEach((field, value) -> {
            where.append(" and (data ->> ?::text = ? or (jsonb_typeof(data -> ?::text) = 'array'"
                    + " and data -> ?::text @> jsonb_build_array(?::text)))");
            args.add(field);
            args.add(value);
            args.add(field);
            args.add(field);
            args.add(value);
        });
        return where.toString();
    }

    /** Only known columns reach the SQL text; a field key travels as a parameter into {@code sort_data}. */
    private static String sortKey(ContentQuery query, @Nullable ContentTypeDefinition type, List<Object> args) {
        String sortField = query.sortField() == null ? "title" : query.sortField();
        return switch (sortField) {
            case "title" -> "title";
            case "slug" -> "slug";
            case "status" -> "status";
            case "type" -> "type_key";
            case "updatedAt" -> "updated_at";
            case "createdAt" -> "created_at";
            default -> {
                FieldDefinition field = type == null
                        ? null
                        : type.field(sortField).filter(SortValues::isSortable).orElse(null);
                yield field == null ? "title" : fieldSortKey(field, args);
            }
        };
    }

    /**
     * A field's value as a plain number or text, not jsonb: a search sorts every match, and comparing jsonb values
     * took half of a 10,000-match search. A value that is not a number (left by an earlier type) sorts as missing.
     */
    private static String fieldSortKey(FieldDefinition field, List<Object> args) {
        return switch (field.type()) {
            case NUMBER, INTEGER -> {
                args.add(field.key());
                args.add(field.key());
                yield "(case when jsonb_typeof(sort_data -> ?::text) = 'number' then (sort_data ->> ?::text)::numeric end)";
            }
            default -> {
                args.add(field.key());
                yield "(sort_data ->> ?::text)";
            }
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
