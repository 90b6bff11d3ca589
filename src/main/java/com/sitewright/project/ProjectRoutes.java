package com.sitewright.project;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.UUID;

/**
 * The one place that builds the addresses of a project's pages, for views (a {@link Location} to navigate to) and for
 * chat replies (the same address as text, for a link button).
 */
public final class ProjectRoutes {

    /** The route parameter that carries the project's ID. */
    public static final String PROJECT_ID = "projectId";

    private ProjectRoutes() {}

    public static Location of(UUID projectId, ProjectPage page) {
        return new Location(path(projectId, page));
    }

    /** The page with these query parameters (none when empty). */
    public static Location of(UUID projectId, ProjectPage page, QueryParameters query) {
        return new Location(path(projectId, page), query);
    }

    /** The content grid showing one content type's items. */
    public static Location contentOfType(UUID projectId, String typeKey) {
        return of(projectId, ProjectPage.CONTENT, QueryParameters.simple(Map.of("type", typeKey)));
    }

    /** The preview opened at an item's page. */
    public static Location previewOfItem(UUID projectId, UUID itemId) {
        return of(projectId, ProjectPage.PREVIEW, QueryParameters.simple(Map.of("item", itemId.toString())));
    }

    /** The page's address as text, such as {@code projects/{id}/content}. */
    public static String link(UUID projectId, ProjectPage page) {
        return path(projectId, page);
    }

    /** An address as text, with its query parameters. */
    public static String link(Location location) {
        return location.getPathWithQueryParameters();
    }

    private static String path(UUID projectId, ProjectPage page) {
        return page == ProjectPage.CHAT
                ? page.segment() + "/" + projectId
                : "projects/" + projectId + "/" + page.segment();
    }
}
