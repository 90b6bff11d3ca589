package com.sitewright.release.preview;

import com.sitewright.site.SiteSourceCommittedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A running preview follows its project's source: a new commit (a saved model, a new theme) is built at once. */
@Component
class PreviewFollower {

    private static final Logger log = LoggerFactory.getLogger(PreviewFollower.class);

    private final PreviewJobs previews;

    PreviewFollower(PreviewJobs previews) {
        this.previews = previews;
    }

    @EventListener
    void on(SiteSourceCommittedEvent event) {
        previews.follow(event.projectId(), event.commitId())
                .ifPresent(preview -> log.info(
                        "Building preview {} of project {} for the new commit {}",
                        preview.id(),
                        event.projectId(),
                        preview.shortCommit()));
    }
}
