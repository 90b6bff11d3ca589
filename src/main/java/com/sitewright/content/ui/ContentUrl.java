package com.sitewright.content.ui;

import com.sitewright.base.ui.RouteIds;
import com.sitewright.content.ContentQuery;
import com.sitewright.content.ItemStatus;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the content grid shows, as its URL holds it, so every view of the grid is bookmarkable: {@code type},
 * {@code q}, {@code status}, {@code cols} and {@code item}. What the URL does not say is the default: all types, no
 * search, any status, the studio's choice of columns, no item open. Unknown or malformed values read as the
 * default, so an edited or outdated link still opens the grid.
 *
 * @param type    the content type's key; null for all types (an unknown key is left to the view to ignore)
 * @param query   the search text; empty for none
 * @param status  only items in this status; null for any
 * @param columns the field columns shown, in any order; null for the default choice
 * @param item    the item open in the editor; null for none
 */
record ContentUrl(String type, String query, ItemStatus status, List<String> columns, UUID item) {

    ContentUrl {
        type = type == null || type.isBlank() ? null : type;
        query = query == null ? "" : query;
        columns = columns == null ? null : List.copyOf(columns);
    }

    /** The grid showing {@code shown}'s filter with these columns (null: the default) and item (null: none). */
    static ContentUrl of(ContentQuery shown, List<String> columns, UUID item) {
        return new ContentUrl(shown.typeKey(), shown.text(), shown.status(), columns, item);
    }

    /** The content view of the project in this state. */
    Location location(UUID projectId) {
        return ProjectRoutes.of(projectId, ProjectPage.CONTENT, toQueryParameters());
    }

    static ContentUrl parse(QueryParameters parameters) {
        return new ContentUrl(
                parameters.getSingleParameter("type").orElse(null),
                parameters.getSingleParameter("q").orElse(""),
                parameters.getSingleParameter("status").map(ContentUrl::status).orElse(null),
                parameters.getSingleParameter("cols").map(ContentUrl::columns).orElse(null),
                parameters.getSingleParameter("item").flatMap(RouteIds::parse).orElse(null));
    }

    /** Only what differs from the default. */
    QueryParameters toQueryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (type != null) {
            parameters.put("type", type);
        }
        if (!query.isBlank()) {
            parameters.put("q", query);
        }
        if (status != null) {
            parameters.put("status", status.id());
        }
        if (columns != null) {
            parameters.put("cols", String.join(",", columns));
        }
        if (item != null) {
            parameters.put("item", item.toString());
        }
        return QueryParameters.simple(parameters);
    }

    /** Only the exact ids ("published", "draft") that the grid's status choice writes. */
    private static ItemStatus status(String id) {
        return Arrays.stream(ItemStatus.values())
                .filter(status -> status.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    private static List<String> columns(String keys) {
        return Arrays.stream(keys.split(","))
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .toList();
    }
}
