package com.sitewright.release.preview;

import com.sitewright.base.JobApi;
import com.sitewright.release.hosting.HostedSite;
import com.sitewright.release.hosting.SiteKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Previews for jobs and the deploy feature: builds that follow new commits, the built site a deployment promotes,
 * and the removal of old builds.
 */
@Service
@JobApi
public class PreviewJobs {

    private final PreviewRepository previews;
    private final PreviewFiles files;
    private final PreviewBuilds builds;
    private final PreviewStates states;
    private final PreviewLinks links;

    PreviewJobs(
            PreviewRepository previews,
            PreviewFiles files,
            PreviewBuilds builds,
            PreviewStates states,
            PreviewLinks links) {
        this.previews = previews;
        this.files = files;
        this.builds = builds;
        this.states = states;
        this.links = links;
    }

    /**
     * When the project's newest preview is running an older commit and nothing is being built, builds
     * the new commit too (for whoever started that preview), so a model or theme change reaches the running
     * preview without anyone asking. Returns the new preview, if one was queued.
     */
    public Optional<PreviewInfo> follow(UUID projectId, String commitId) {
        return builds.follow(projectId, commitId);
    }

    /**
     * Builds the head commit again when the project's newest preview is ready, for whoever started it: a
     * site on the user's CMS gets pages for the items a push added (its routes are fixed when it is built).
     */
    public Optional<PreviewInfo> rebuild(UUID projectId) {
        return builds.rebuild(projectId);
    }

    /** A built preview as a site that can be hosted, e.g. promoted to production. */
    @Transactional(readOnly = true)
    public Optional<HostedSite> builtSite(UUID previewId, String label, SiteKind kind) {
        return previews.findById(previewId)
                .filter(preview -> preview.getState().isBuilt())
                .map(preview -> new HostedSite(
                        label,
                        preview.getProjectId(),
                        kind,
                        files.siteDir(preview.getProjectId(), preview.getId()),
                        preview.getBuildId()));
    }

    /**
     * Removes the builds of the project's previews except the newest {@code newest} and those in
     * {@code keep} (e.g. builds a deployment may roll back to).
     */
    public void expireOld(UUID projectId, int newest, Set<UUID> keep) {
        List<Preview> all = previews.findByProjectIdOrderByCreatedAtDesc(projectId);
        for (int i = newest; i < all.size(); i++) {
            Preview preview = all.get(i);
            if (keep.contains(preview.getId())
                    || preview.getState() == PreviewState.EXPIRED
                    || preview.getState().isInProgress()) {
                continue;
            }
            links.close(preview.getId());
            PreviewFiles.deleteTree(files.siteDir(projectId, preview.getId()));
            // A failed preview stays failed, with its log; only a built one becomes "expired".
            if (preview.getState().isBuilt()) {
                states.expired(preview.getId());
            }
        }
    }
}
