package com.sitewright.release.deploy;

import com.sitewright.release.hosting.HostedSite;
import com.sitewright.release.hosting.HostedSiteResolver;
import com.sitewright.release.hosting.SiteKind;
import com.sitewright.release.preview.PreviewJobs;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Production addresses: {@code site-<projectId>} serves the build of the project's live deployment. */
@Component
class ProductionSites implements HostedSiteResolver {

    private final DeploymentRepository deployments;
    private final PreviewJobs previews;

    ProductionSites(DeploymentRepository deployments, PreviewJobs previews) {
        this.deployments = deployments;
        this.previews = previews;
    }

    @Override
    public Optional<HostedSite> resolve(String label) {
        return HostedSiteResolver.idIn(label, LocalTarget.LABEL_PREFIX)
                .flatMap(projectId ->
                        deployments.findFirstByProjectIdAndStateOrderByLiveAtDesc(projectId, DeploymentState.LIVE))
                .flatMap(live -> previews.builtSite(live.getPreviewId(), label, SiteKind.PRODUCTION));
    }

    @Override
    public List<String> activeLabels() {
        return deployments.findByState(DeploymentState.LIVE).stream()
                .map(live -> LocalTarget.label(live.getProjectId()))
                .distinct()
                .toList();
    }
}
