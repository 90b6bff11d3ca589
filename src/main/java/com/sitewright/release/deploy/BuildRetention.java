package com.sitewright.release.deploy;

import com.sitewright.release.preview.PreviewJobs;
import com.sitewright.release.preview.PreviewReadyEvent;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds take room (100+ MB each for a large site): when a new preview is ready, older preview
 * builds expire, except those a deployment is live on or could be rolled back to.
 */
@Component
class BuildRetention {

    private static final int RESTORABLE_DEPLOYMENTS = 10;

    private final DeploymentRepository deployments;
    private final PreviewJobs previews;
    private final int keepPreviews;

    BuildRetention(
            DeploymentRepository deployments,
            PreviewJobs previews,
            @Value("${sitewright.previews.keep:3}") int keepPreviews) {
        this.deployments = deployments;
        this.previews = previews;
        this.keepPreviews = Math.max(1, keepPreviews);
    }

    @EventListener
    void onPreviewReady(PreviewReadyEvent event) {
        Set<java.util.UUID> keep = deployments.findByProjectIdOrderByCreatedAtDesc(event.projectId()).stream()
                .filter(deployment -> deployment.getState() != DeploymentState.FAILED)
                .limit(RESTORABLE_DEPLOYMENTS)
                .map(Deployment::getPreviewId)
                .collect(Collectors.toSet());
        previews.expireOld(event.projectId(), keepPreviews, keep);
    }
}
