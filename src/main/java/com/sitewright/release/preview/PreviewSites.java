package com.sitewright.release.preview;

import com.sitewright.release.hosting.HostedSite;
import com.sitewright.release.hosting.HostedSiteResolver;
import com.sitewright.release.hosting.SiteKind;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Preview addresses: {@code preview-<id>} stands for that preview's build while it is on disk. */
@Component
class PreviewSites implements HostedSiteResolver {

    private final PreviewRepository previews;
    private final PreviewJobs service;

    PreviewSites(PreviewRepository previews, PreviewJobs service) {
        this.previews = previews;
        this.service = service;
    }

    @Override
    public Optional<HostedSite> resolve(String label) {
        return HostedSiteResolver.idIn(label, PreviewService.LABEL_PREFIX)
                .flatMap(id -> service.builtSite(id, label, SiteKind.PREVIEW));
    }

    @Override
    public List<String> activeLabels() {
        return previews.findByStateIn(List.of(PreviewState.READY, PreviewState.STOPPED)).stream()
                .map(preview -> PreviewService.label(preview.getId()))
                .toList();
    }
}
