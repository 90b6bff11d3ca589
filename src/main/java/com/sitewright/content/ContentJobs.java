package com.sitewright.content;

import com.sitewright.base.JobApi;
import com.sitewright.model.ContentTypeDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Content items for generation, publishing, pushes and syncs: batched writes and whole-project reads. Changes are
 * announced as {@link ContentChangedEvent}s, like the editor's.
 */
@Service
@JobApi
public class ContentJobs {

    private final ContentItemStore store;
    private final ApplicationEventPublisher events;

    ContentJobs(ContentItemStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /**
     * Publishes every item of the project. Returns how many items were new to production or
     * changed since their last publish.
     */
    @Transactional
    public int publishAll(UUID projectId) {
        int changed = store.publishAll(projectId);
        if (changed > 0) {
            events.publishEvent(new ContentChangedEvent(projectId, List.of(), true, true));
        }
        if (changed >= PublishedCopyUpkeep.LARGE_PUBLISH) {
            events.publishEvent(new PublishedCopyUpkeep.LargePublish(changed));
        }
        return changed;
    }

    /**
     * Writes a batch; items already stored (same ID) are left as they are. Items that come
     * published are published with it.
     */
    @Transactional
    public int insertBatch(UUID projectId, ContentTypeDefinition type, List<NewContentItem> items) {
        return store.insert(projectId, type, items);
    }

    /**
     * Fills fields that generated items left empty (their images), in both copies and without a new
     * version, since generation is completing what it created. A field an item already holds keeps its value, so
     * an edit made meanwhile wins. Returns how many working-copy items changed.
     */
    @Transactional
    public int fillEmptyFields(UUID projectId, Map<UUID, Map<String, Object>> values) {
        return store.fillEmpty(projectId, values);
    }

    /**
     * For jobs that filled many items' empty fields ({@link #fillEmptyFields}) batch by batch: one announcement at the
     * end, in the caller's transaction, so running sites refresh once rather than once a batch.
     */
    public void announceImagesFilled(UUID projectId) {
        events.publishEvent(new ContentChangedEvent(projectId, List.of(), true, true));
    }

    /**
     * After a bulk write of the working copy, outside any transaction: vacuums and analyzes it now
     * rather than whenever autovacuum gets to it, so the grid's first queries on fresh content get good plans and
     * do not stall on pages no reader has checked yet (right after 100,000 items, search p95 was 186 ms, not 50).
     */
    public void reclaimWorkingCopy() {
        store.reclaim(ContentCopy.WORKING);
    }

    /** The ID, type, slug and title of every item of the project, oldest first. */
    @Transactional(readOnly = true)
    public List<ItemIdentity> identities(UUID projectId) {
        return store.identities(projectId);
    }

    /** For jobs that read every item (a push to a CMS): whole items of a copy in ID order, after {@code after}. */
    @Transactional(readOnly = true)
    public List<ContentItemRow> itemsAfter(UUID projectId, ContentCopy copy, UUID after, int limit) {
        return store.after(copy, projectId, after, Math.clamp(limit, 1, ContentService.MAX_PAGE_SIZE));
    }

    /** How many items of each type the project holds. */
    @Transactional(readOnly = true)
    public Map<String, Long> countByType(UUID projectId) {
        return store.countByType(projectId);
    }

    /** How many items a project holds. */
    @Transactional(readOnly = true)
    public long countAll(UUID projectId) {
        return store.countAll(projectId);
    }

    /** One item of the copy by ID (a push compares the published item with the working one). */
    @Transactional(readOnly = true)
    public Optional<ContentItemRow> item(UUID projectId, ContentCopy copy, UUID itemId) {
        return store.find(copy, projectId, itemId);
    }
}
