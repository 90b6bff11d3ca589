package com.sitewright.release.preview.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewState;
import java.time.Duration;
import java.time.Instant;

/** The build log's heading: what is being built and for how long, or how long the failed build ran. */
record LogHeading(String title, String detail, boolean running) {

    /** The heading for a queued, building or failed preview, as it reads at {@code now}. */
    static LogHeading of(PreviewInfo preview, Instant now) {
        if (preview.state().isInProgress()) {
            return new LogHeading("Building commit " + preview.shortCommit(), buildingDetail(preview, now), true);
        }
        return new LogHeading("Build log", failedDetail(preview), false);
    }

    private static String buildingDetail(PreviewInfo preview, Instant now) {
        String message = preview.commitMessage() == null ? "" : " · " + preview.commitMessage();
        if (preview.state() == PreviewState.QUEUED) {
            return "Queued " + Formats.duration(Duration.between(preview.createdAt(), now))
                    + " ago: waiting for a build worker" + message;
        }
        Instant started = preview.startedAt() == null ? preview.createdAt() : preview.startedAt();
        return "Running for " + Formats.duration(Duration.between(started, now)) + message;
    }

    private static String failedDetail(PreviewInfo preview) {
        if (preview.startedAt() == null || preview.finishedAt() == null) {
            return "Commit " + preview.shortCommit();
        }
        return "Commit " + preview.shortCommit() + " · failed after "
                + Formats.duration(Duration.between(preview.startedAt(), preview.finishedAt()));
    }
}
