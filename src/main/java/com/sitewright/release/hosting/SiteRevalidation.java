package com.sitewright.release.hosting;

import com.sitewright.cms.webhook.CmsContentChanged;
import com.sitewright.content.ContentChangedEvent;
import com.sitewright.model.ContentModels;
import com.sitewright.model.ContentTypeDefinition;
import com.sitewright.site.SitePaths;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Content edits reach running sites without a rebuild: after the commit, each running server of the
 * project is told which cache tags and pages the change touched (the generated site tags every
 * read with {@code item:<id>}, {@code type:<type>} and {@code slug:<type>:<slug>}).
 */
@Component
class SiteRevalidation {

    private final SiteServerPool pool;
    private final ContentModels model;

    SiteRevalidation(SiteServerPool pool, ContentModels model) {
        this.pool = pool;
        this.model = model;
    }

    /** The project's own CMS reported publishing: sites reading from it refresh the same tags and pages. */
    @EventListener
    void onCmsContentChanged(CmsContentChanged event) {
        onContentChanged(
                new ContentChangedEvent(event.projectId(), event.items(), event.everything(), event.published()));
    }

    @TransactionalEventListener
    void onContentChanged(ContentChangedEvent event) {
        boolean anyRunning = pool.runningSites().stream()
                .anyMatch(site -> site.site().projectId().equals(event.projectId()));
        if (!anyRunning) {
            return;
        }
        if (event.everything()) {
            pool.revalidate(event.projectId(), event.published(), List.of("sitewright"), List.of());
            return;
        }
        Map<String, ContentTypeDefinition> types = model.load(event.projectId()).stream()
                .collect(Collectors.toMap(ContentTypeDefinition::key, Function.identity()));
        Set<String> tags = new LinkedHashSet<>();
        Set<String> paths = new LinkedHashSet<>();
        for (ContentChangedEvent.ChangedItem item : event.items()) {
            tags.add("item:" + item.id());
            tags.add("type:" + item.typeKey());
            ContentTypeDefinition type = types.get(item.typeKey());
            for (String slug : new LinkedHashSet<>(java.util.Arrays.asList(item.slug(), item.previousSlug()))) {
                if (slug != null) {
                    tags.add("slug:" + item.typeKey() + ":" + slug);
                    if (type != null) {
                        SitePaths.pathOf(type, slug).ifPresent(paths::add);
                    }
                }
            }
        }
        pool.revalidate(event.projectId(), event.published(), tags, paths);
    }
}
