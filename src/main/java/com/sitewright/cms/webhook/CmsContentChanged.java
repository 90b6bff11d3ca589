package com.sitewright.cms.webhook;

import com.sitewright.content.ContentChangedEvent;
import java.util.List;
import java.util.UUID;

/**
 * The project's CMS reported a change (through its webhook): sites that read from it should refresh these items,
 * or everything when the change could not be narrowed down. {@code published} is true when the published view
 * changed (what production sites read); otherwise only drafts changed (what previews read).
 */
public record CmsContentChanged(
        UUID projectId, List<ContentChangedEvent.ChangedItem> items, boolean everything, boolean published) {}
