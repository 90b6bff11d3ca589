package com.sitewright.preview.ui;

import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * Approving a preview for production, as the preview page needs it. The deployment feature builds on
 * previews, so it implements this: the preview page calling it directly would make the two features
 * depend on each other.
 */
@NamedInterface("promotion")
public interface PreviewPromotion {

    /** Queues the deployment of a built preview; the service's own exceptions say why it cannot. */
    Promotion approve(UUID projectId, UUID previewId);

    /** The promotion as it is now; empty if it no longer exists. */
    Optional<Promotion> get(UUID projectId, UUID promotionId);

    /** Where a promotion stands, in the words the preview page shows. */
    enum Stage {
        QUEUED,
        DEPLOYING,
        LIVE,
        FAILED,
        REPLACED;

        boolean inProgress() {
            return this == QUEUED || this == DEPLOYING;
        }
    }

    /** {@code url} is the production address once live; {@code error} says why it failed. */
    record Promotion(UUID id, Stage stage, String buildId, String url, String error) {}
}
