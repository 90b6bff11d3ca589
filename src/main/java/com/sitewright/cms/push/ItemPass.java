package com.sitewright.cms.push;

import com.sitewright.content.ContentCopy;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentJobs;
import com.sitewright.content.ItemStatus;
import com.sitewright.model.ContentKind;
import com.sitewright.model.ContentTypeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Walks a project's items in ID order, a batch at a time, and turns each into what the vendor should hold, with
 * its hash: the same walk makes the plan and, again, the writes, so a 100,000-item project is never in memory.
 */
final class ItemPass {

    static final int BATCH = 200;

    /** One item of the walk: what it should become in the CMS; {@code type} is null when its type is refused. */
    record Step(UUID itemId, String typeKey, String vendorKey, String hash, VendorItem item) {}

    private final ContentJobs content;
    private final CmsVendor vendor;
    private final Map<String, ContentTypeDefinition> model;
    private final Map<UUID, String> assetKeys;
    private final Set<String> refusedTypes;

    ItemPass(
            ContentJobs content,
            CmsVendor vendor,
            Map<String, ContentTypeDefinition> model,
            Map<UUID, String> assetKeys,
            Set<String> refusedTypes) {
        this.content = content;
        this.vendor = vendor;
        this.model = model;
        this.assetKeys = assetKeys;
        this.refusedTypes = refusedTypes;
    }

    void walk(UUID projectId, Consumer<List<Step>> batches) {
        UUID after = null;
        List<ContentItemRow> rows;
        while (!(rows = content.itemsAfter(projectId, ContentCopy.WORKING, after, BATCH)).isEmpty()) {
            List<Step> steps = new ArrayList<>(rows.size());
            for (ContentItemRow row : rows) {
                steps.add(step(projectId, row));
            }
            batches.accept(steps);
            after = rows.getLast().id();
        }
    }

    private Step step(UUID projectId, ContentItemRow working) {
        ContentTypeDefinition type = model.get(working.typeKey());
        String key = vendor.key(RecordKind.ITEM, working.id());
        if (type == null || refusedTypes.contains(working.typeKey())) {
            return new Step(working.id(), working.typeKey(), key, null, null);
        }
        var workingValues = vendor.values(type, working.data(), assetKeys, model);
        var publishedValues = working.status() != ItemStatus.PUBLISHED
                ? null
                : !working.hasUnpublishedChanges()
                        ? workingValues
                        : content.item(projectId, ContentCopy.PUBLISHED, working.id())
                                .map(published -> vendor.values(type, published.data(), assetKeys, model))
                                .orElse(null);
        VendorItem item = new VendorItem(
                type.key(),
                type.kind() == ContentKind.PAGE,
                working.title(),
                working.slug(),
                publishedValues,
                workingValues);
        return new Step(working.id(), working.typeKey(), key, ContentHash.of(item), item);
    }
}
