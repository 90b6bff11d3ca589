package com.sitewright.deploy;

import com.sitewright.hosting.HostedSite;
import com.sitewright.hosting.HostedSiteResolver;
import com.sitewright.hosting.SiteKind;
import com.sitewright.preview.PreviewService;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Production addresses: {@code site-<projectId>} serves the build of the project's live deployment. */
@Component
class ProductionSites implements HostedSiteResolver {

    private static final String PREFIX = "site-";

    private final DeploymentRepository deployments;
    private final PreviewService previews;

    ProductionSites(DeploymentRepository deployments, PreviewService previews) {
        this.deployments = deployments;
        this.previews = previews;
    }

    @Override
    public Optional<HostedSite> resolve(String label) {
        if (!label.startsWith(PREFIX)) {
            return Optional.empty();
        }
        UUID projectId;
        try {
            projectId = UUID.fromString(label.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return deployments.findFirstByProjectIdAndStateOrderByLiveAtDesc(projectId, DeploymentState.LIVE)
                .flatMap(live -> previews.builtSite(live.getPreviewId(), label, SiteKind.PRODUCTION));
    }

    @Override
    public List<String> activeLabels() {
        return deployments.findByState(DeploymentState.LIVE).stream()
                .map(live -> LocalTarget.label(live.getProjectId())).distinct().toList();
    }
}
