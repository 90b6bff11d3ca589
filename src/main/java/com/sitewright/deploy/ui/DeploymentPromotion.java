package com.sitewright.deploy.ui;

import com.sitewright.base.NotFoundException;
import com.sitewright.deploy.DeploymentInfo;
import com.sitewright.deploy.DeploymentService;
import com.sitewright.preview.ui.PreviewPromotion;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Approve & deploy on the preview page, carried out by the deployment service. */
@Component
class DeploymentPromotion implements PreviewPromotion {

    private final DeploymentService deployments;

    DeploymentPromotion(DeploymentService deployments) {
        this.deployments = deployments;
    }

    @Override
    public Promotion approve(UUID projectId, UUID previewId) {
        return promotion(deployments.approve(projectId, previewId));
    }

    @Override
    public Optional<Promotion> get(UUID projectId, UUID promotionId) {
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
}
