package com.sitewright.release.preview.ui;

import com.sitewright.release.hosting.ShareGrantInfo;
import com.sitewright.release.preview.PreviewService;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The share links of one preview, as the share dialog asks the page for them. */
record PreviewShares(PreviewService previews, UUID projectId, UUID previewId, String studioHost)
        implements ShareDialog.Links {

    @Override
    public PreviewService.ShareLink create(Duration validFor) {
        return previews.shareLink(projectId, previewId, validFor, studioHost);
    }

    @Override
    public List<ShareGrantInfo> list() {
        return previews.shares(projectId, previewId);
    }

    @Override
    public void revoke(UUID shareId) {
        previews.revokeShare(projectId, previewId, shareId);
    }
}
