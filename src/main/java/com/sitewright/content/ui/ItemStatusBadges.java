package com.sitewright.content.ui;

import com.sitewright.base.ui.StatusBadge;
import com.sitewright.content.ContentItemRow;

/** An item's status as a badge: a published item edited since shows "changed" until it is published again. */
final class ItemStatusBadges {

    private ItemStatusBadges() {}

    static StatusBadge of(ContentItemRow item) {
        if (!item.hasUnpublishedChanges()) {
            return new StatusBadge(item.status().id());
        }
        var badge = new StatusBadge("changed");
        badge.setTitle("Edited since it was published; production shows version " + item.publishedVersion());
        return badge;
    }
}
