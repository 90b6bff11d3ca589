package com.sitewright.content;

import com.sitewright.base.JobApi;
import com.sitewright.model.ContentTypeDefinition;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Content as the delivery API reads it. That API authorises by a project's token rather than by a user, so its
 * service passes the project ID the token was checked for and the copy (published or working) the token may read.
 */
@Service
@JobApi
public class DeliveryContent {

    private final ContentItemStore store;

    DeliveryContent(ContentItemStore store) {
        this.store = store;
    }

    /** One page of a query on the copy the reader may see. */
    @Transactional(readOnly = true)
    public List<ContentItemRow> page(
            UUID projectId,
            ContentCopy copy,
            ContentQuery query,
            @Nullable ContentTypeDefinition type,
            int offset,
            int limit) {
        return store.page(
                copy, projectId, query, type, Math.max(0, offset), Math.clamp(limit, 1, ContentService.MAX_PAGE_SIZE));
    }

    /** A page of the delivery API and how many items match in all. */
    public record DeliveryPage(List<ContentItemRow> items, long total) {}

    /**
     * one page of a query on the copy and how many items match, read together. A search
     * reads every match to sort them, so it counts them in the same pass; a listing without one reads its page
     * along an index and counts on its own.
     */
    @Transactional(readOnly = true)
    public DeliveryPage pageWithTotal(
            UUID projectId,
            ContentCopy copy,
            ContentQuery query,
            @Nullable ContentTypeDefinition type,
            int offset,
            int limit) {
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 1, ContentService.MAX_PAGE_SIZE);
        if (query.hasText()) {
            ContentItemStore.CountedPage page = store.pageWithCount(copy, projectId, query, type, from, size);
            return new DeliveryPage(page.rows(), page.total());
        }
        return new DeliveryPage(
                store.page(copy, projectId, query, type, from, size), store.count(copy, projectId, query));
    }

    /** How many items of the copy match. */
    @Transactional(readOnly = true)
    public long count(UUID projectId, ContentCopy copy, ContentQuery query) {
        return store.count(copy, projectId, query);
    }

    /** One item of the copy by ID. */
    @Transactional(readOnly = true)
    public Optional<ContentItemRow> item(UUID projectId, ContentCopy copy, UUID itemId) {
        return store.find(copy, projectId, itemId);
    }

    /** One item of the copy by its type and slug. */
    @Transactional(readOnly = true)
    public Optional<ContentItemRow> itemBySlug(UUID projectId, ContentCopy copy, String typeKey, String slug) {
        return store.findBySlug(copy, projectId, typeKey, slug);
    }

    /**
     * Which of these IDs (images, usually) some published item of the project holds in its
     * data. Production sites may show exactly those.
     */
    @Transactional(readOnly = true)
    public Set<UUID> publishedMentions(UUID projectId, Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : store.publishedMentions(projectId, ids);
    }
}
