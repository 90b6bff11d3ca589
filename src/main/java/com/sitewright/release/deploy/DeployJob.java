package com.sitewright.release.deploy;

import com.sitewright.content.ContentJobs;
import com.sitewright.project.ProjectJobs;
import com.sitewright.project.ProjectStatus;
import com.sitewright.release.hosting.HostedSite;
import com.sitewright.release.hosting.SiteKind;
import com.sitewright.release.hosting.SiteStartException;
import com.sitewright.release.preview.PreviewJobs;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jobrunr.jobs.annotations.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Promotes a deployment's build to its target. On success the deployment is live and the one live
 * before it is superseded (or rolled back); on failure the previous one stays live.
 */
@Component
public class DeployJob {

    private static final Logger log = LoggerFactory.getLogger(DeployJob.class);

    private final DeploymentRepository deployments;
    private final PreviewJobs previews;
    private final ContentJobs content;
    private final ProjectJobs projects;
    private final Map<String, DeploymentTarget> targets;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DeployJob(
            DeploymentRepository deployments,
            PreviewJobs previews,
            ContentJobs content,
            ProjectJobs projects,
            List<DeploymentTarget> targets,
            TransactionTemplate transaction,
            Clock clock) {
        this.clock = clock;
        this.deployments = deployments;
        this.previews = previews;
        this.content = content;
        this.projects = projects;
        this.targets = targets.stream().collect(Collectors.toMap(DeploymentTarget::id, Function.identity()));
        this.transaction = transaction;
    }

    @Job(name = "Deploy %0", retries = 1)
    public void deploy(UUID deploymentId) {
        promote(deploymentId, true, DeploymentState.SUPERSEDED);
    }

    @Job(name = "Roll back to deployment %0", retries = 1)
    public void rollback(UUID deploymentId) {
        promote(deploymentId, false, DeploymentState.ROLLED_BACK);
    }

    private void promote(UUID deploymentId, boolean publishContent, DeploymentState previousEndsAs) {
        Optional<Deployment> started = transaction.execute(status -> deployments
                .findById(deploymentId)
                .filter(found ->
                        found.getState() == DeploymentState.QUEUED || found.getState() == DeploymentState.DEPLOYING)
                .map(found -> {
                    found.deploying(clock.instant());
                    return found;
                }));
        if (started == null || started.isEmpty()) {
            return;
        }
        Deployment deployment = started.get();
        UUID projectId = deployment.getProjectId();
        try {
            DeploymentTarget target = targets.get(deployment.getTarget());
            if (target == null) {
                throw new IllegalStateException("There is no deployment target '" + deployment.getTarget() + "'");
            }
            HostedSite build = previews.builtSite(
                            deployment.getPreviewId(), LocalTarget.label(projectId), SiteKind.PRODUCTION)
                    .orElseThrow(() -> new IllegalStateException("The preview's build is no longer on disk"));
            if (publishContent) {
                content.publishAll(projectId);
            }
            String url = target.promote(build);
            transaction.executeWithoutResult(status -> {
                deployments.findByProjectIdOrderByCreatedAtDesc(projectId).stream()
                        .filter(other -> other.getState() == DeploymentState.LIVE
                                && !other.getId().equals(deploymentId))
                        .forEach(other -> other.ended(previousEndsAs, clock.instant()));
                deployments.findById(deploymentId).ifPresent(found -> found.live(url, clock.instant()));
            });
            projects.markStatus(projectId, ProjectStatus.DEPLOYED);
            log.info("Deployment {} of project {} is live at {}", deploymentId, projectId, url);
        } catch (SiteStartException e) {
            fail(
                    deploymentId,
                    e.getMessage() + (e.lastLines().isEmpty() ? "" : "\n" + String.join("\n", e.lastLines())));
        } catch (RuntimeException e) {
            log.warn("Deployment {} failed", deploymentId, e);
            fail(deploymentId, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void fail(UUID deploymentId, String message) {
        transaction.executeWithoutResult(status ->
                deployments.findById(deploymentId).ifPresent(found -> found.failed(message, clock.instant())));
    }
}
