package com.sitewright.release.preview;

import com.sitewright.release.quality.QualityQueue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every preview that becomes ready goes through the quality gates. */
@Component
class PreviewQualityChecks {

    private final QualityQueue quality;

    PreviewQualityChecks(QualityQueue quality) {
        this.quality = quality;
    }

    @EventListener
    void onReady(PreviewReadyEvent event) {
        quality.checkWhenReady(event.projectId(), event.previewId(), PreviewService.label(event.previewId()));
    }
}
