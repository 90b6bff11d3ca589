package com.sitewright.content;

import com.sitewright.base.NotFoundException;
import com.sitewright.contentmodel.ContentModelService;
import com.sitewright.contentmodel.ContentTypeDefinition;
import com.sitewright.project.ProjectService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A project's content items: paged queries for the grid and the API, batched writes for generation. */
@Service
public class ContentService {

    public static final int MAX_PAGE_SIZE = 500;

    private final ContentItemStore store;
    private final ProjectService projects;
    private final ContentModelService model;

    ContentService(ContentItemStore store, ProjectService projects, ContentModelService model) {
        this.store = store;
        this.projects = projects;
        this.model = model;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContentItemRow> page(UUID projectId, ContentQuery query, int offset, int limit) {
        projects.get(projectId);
        ContentTypeDefinition type = query.typeKey() == null ? null : model.type(projectId, query.typeKey());
        return store.page(projectId, query, type, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE_SIZE));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(UUID projectId, ContentQuery query) {
        projects.get(projectId);
        return store.count(projectId, query);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ContentItemRow get(UUID projectId, UUID itemId) {
        projects.get(projectId);
        return store.find(projectId, itemId).orElseThrow(() -> new NotFoundException("No such item"));
    }

    /** Titles of the referenced items that exist in the project, for showing references by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UUID, String> titles(UUID projectId, Collection<UUID> itemIds) {
        projects.get(projectId);
        return store.titles(projectId, itemIds);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Long> countByType(UUID projectId) {
        projects.get(projectId);
        return store.countByType(projectId);
    }

    /** For jobs: writes a batch; items already stored (same ID) are left as they are. */
    @Transactional
    public int insertBatch(UUID projectId, ContentTypeDefinition type, List<NewContentItem> items) {
        return store.insert(projectId, type, items);
    }

    /**
     * For jobs, after a bulk write: refreshes the planner's statistics now rather than whenever
     * autovacuum gets to it, so the grid's first queries on fresh content get good plans.
     */
    @Transactional
    public void refreshStatistics() {
        store.analyze();
    }

    /** For jobs: how many items a project holds. */
    @Transactional(readOnly = true)
    public long countAll(UUID projectId) {
        return store.countAll(projectId);
    }
}
