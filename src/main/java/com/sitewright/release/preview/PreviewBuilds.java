package com.sitewright.release.preview;

import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.site.CommitInfo;
import com.sitewright.site.SiteSources;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Queues preview builds of a project's source commits: when asked, and when the running preview falls behind. */
@Component
class PreviewBuilds {

    private final PreviewRepository previews;
    private final PreviewStates states;
    private final SiteSources source;
    private final JobQueue jobs;

    PreviewBuilds(PreviewRepository previews, PreviewStates states, SiteSources source, JobQueue jobs) {
        this.previews = previews;
        this.states = states;
        this.source = source;
        this.jobs = jobs;
    }

    /** A build of the project's latest source commit, for the user. */
    PreviewInfo start(UUID projectId, UUID userId) {
        CommitInfo commit = source.head(projectId)
                .orElseThrow(() -> new InvalidInputException(
                        "This project has no generated site source yet: wait until generation has finished."));
        return queue(projectId, commit, userId);
    }

    /** See {@link PreviewJobs#follow}. */
    Optional<PreviewInfo> follow(UUID projectId, String commitId) {
        Optional<Preview> newest = previews.findFirstByProjectIdOrderByCreatedAtDesc(projectId);
        if (newest.isEmpty()
                || newest.get().getState() != PreviewState.READY
                || newest.get().getCommitId().equals(commitId)
                || newest.get().getCreatedBy() == null) {
            return Optional.empty();
        }
        CommitInfo commit = source.head(projectId)
                .filter(head -> head.id().equals(commitId))
                .orElse(null);
        if (commit == null) {
            return Optional.empty();
        }
        return Optional.of(queue(projectId, commit, newest.get().getCreatedBy()));
    }

    /** See {@link PreviewJobs#rebuild}. */
    Optional<PreviewInfo> rebuild(UUID projectId) {
        Optional<Preview> newest = previews.findFirstByProjectIdOrderByCreatedAtDesc(projectId);
        if (newest.isEmpty()
                || newest.get().getState() != PreviewState.READY
                || newest.get().getCreatedBy() == null) {
            return Optional.empty();
        }
        CommitInfo commit = source.head(projectId).orElse(null);
        if (commit == null) {
            return Optional.empty();
        }
        return Optional.of(queue(projectId, commit, newest.get().getCreatedBy()));
    }

    private PreviewInfo queue(UUID projectId, CommitInfo commit, UUID userId) {
        Preview preview = states.queued(projectId, commit, userId);
        UUID previewId = preview.getId();
        jobs.<PreviewBuildJob>start(job -> job.build(previewId));
        return preview.info();
    }
}
