package com.sitewright.release.preview.ui;

import com.sitewright.base.NotFoundException;
import com.sitewright.release.deploy.DeploymentInfo;
import com.sitewright.release.deploy.DeploymentService;
import java.util.Optional;
import java.util.UUID;

/** Approving a preview for production, in the words the preview page shows. */
final class PreviewPromotion {

    private final DeploymentService deployments;

    PreviewPromotion(DeploymentService deployments) {
        this.deployments = deployments;
    }

    /** Queues the deployment of a built preview; the service's own exceptions say why it cannot. */
    Promotion approve(UUID projectId, UUID previewId) {
        return promotion(deployments.approve(projectId, previewId));
    }

    /** The promotion as it is now; empty if it no longer exists. */
    Optional<Promotion> get(UUID projectId, UUID promotionId) {
        try {
            return Optional.of(promotion(deployments.get(projectId, promotionId)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Promotion promotion(DeploymentInfo deployment) {
        Stage stage = switch (deployment.state()) {
            case QUEUED -> Stage.QUEUED;
            case DEPLOYING -> Stage.DEPLOYING;
            case LIVE -> Stage.LIVE;
            case FAILED -> Stage.FAILED;
            case SUPERSEDED, ROLLED_BACK -> Stage.REPLACED;
        };
        return new Promotion(deployment.id(), stage, deployment.buildId(), deployment.url(), deployment.error());
    }

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
