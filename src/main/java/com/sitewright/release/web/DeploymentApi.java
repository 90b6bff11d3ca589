package com.sitewright.release.web;

import com.sitewright.api.RestApi;
import com.sitewright.release.deploy.DeploymentInfo;
import com.sitewright.release.deploy.DeploymentService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's production deployments, newest first, and rollback to an earlier one. */
@RestApi
@RestController
@RequestMapping("/api/v1/projects/{projectId}/deployments")
class DeploymentApi {

    private final DeploymentService deployments;

    DeploymentApi(DeploymentService deployments) {
        this.deployments = deployments;
    }

    record DeploymentJson(
            UUID id,
            String state,
            @Nullable String url,
            String commit,
            UUID previewId,
            String buildId,
            String target,
            @Nullable String error,
            Instant createdAt,
            @Nullable Instant liveAt,
            @Nullable Instant endedAt) {
        static DeploymentJson of(DeploymentInfo d) {
            return new DeploymentJson(
                    d.id(),
                    d.state().id(),
                    d.url(),
                    d.commitId(),
                    d.previewId(),
                    d.buildId(),
                    d.target(),
                    d.error(),
                    d.createdAt(),
                    d.liveAt(),
                    d.endedAt());
        }
    }

    record RollbackStarted(UUID deploymentId, String state) {}

    @GetMapping
    List<DeploymentJson> list(@PathVariable UUID projectId) {
        return deployments.list(projectId).stream().map(DeploymentJson::of).toList();
    }

    @GetMapping("/{deploymentId}")
    DeploymentJson get(@PathVariable UUID projectId, @PathVariable UUID deploymentId) {
        return DeploymentJson.of(deployments.get(projectId, deploymentId));
    }

    @PostMapping("/{deploymentId}/rollback")
    ResponseEntity<RollbackStarted> rollback(@PathVariable UUID projectId, @PathVariable UUID deploymentId) {
        DeploymentInfo deployment = deployments.rollback(projectId, deploymentId);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new RollbackStarted(deployment.id(), deployment.state().id()));
    }
}
