package com.sitewright.release.deploy;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.base.NotFoundException;
import com.sitewright.release.hosting.SiteKind;
import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewJobs;
import com.sitewright.release.preview.PreviewService;
import com.sitewright.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approve & deploy: a ready preview's build is promoted, unchanged, to production; rollback promotes
 * an earlier one. The work runs in {@link DeployJob}.
 */
@Service
public class DeploymentService {

    private static final String IN_PROGRESS =
            "A deployment of this project is already under way; wait for it to finish.";

    private final DeploymentRepository deployments;
    private final PreviewService previews;
    private final PreviewJobs builds;
    private final Clock clock;
    private final JobQueue jobs;
    private final TransactionTemplate transaction;

    DeploymentService(
            DeploymentRepository deployments,
            PreviewService previews,
            PreviewJobs builds,
            JobQueue jobs,
            TransactionTemplate transaction,
            Clock clock) {
        this.clock = clock;
        this.deployments = deployments;
        this.previews = previews;
        this.builds = builds;
        this.jobs = jobs;
        this.transaction = transaction;
    }

    /** Queues the deployment of a built preview: its content is published and its build goes live. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public DeploymentInfo approve(UUID projectId, UUID previewId) {
        PreviewInfo preview = previews.get(projectId, previewId);
        if (!preview.state().isBuilt()) {
            throw new InvalidInputException("Only a ready preview can be deployed; this one is "
                    + preview.state().id() + ".");
        }
        Deployment deployment = inProgressGuarded(() -> transaction.execute(status -> {
            requireNoneInProgress(projectId);
            return deployments.saveAndFlush(new Deployment(
                    projectId,
                    previewId,
                    preview.commitId(),
                    preview.buildId(),
                    LocalTarget.ID,
                    CurrentUser.require().id(),
                    clock.instant()));
        }));
        UUID deploymentId = deployment.getId();
        jobs.<DeployJob>start(job -> job.deploy(deploymentId));
        return deployment.info();
    }

    /** Queues making an earlier deployment's build live again. */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public DeploymentInfo rollback(UUID projectId, UUID deploymentId) {
        DeploymentInfo queued = inProgressGuarded(() -> transaction.execute(status -> {
            Deployment deployment = own(projectId, deploymentId);
            if (!deployment.getState().canBeRestored()) {
                throw new InvalidInputException("Only an earlier live deployment can be restored; this one is "
                        + deployment.getState().id() + ".");
            }
            if (builds.builtSite(deployment.getPreviewId(), LocalTarget.label(projectId), SiteKind.PRODUCTION)
                    .isEmpty()) {
                throw new InvalidInputException(
                        "The build of that deployment has been removed; it cannot be restored.");
            }
            requireNoneInProgress(projectId);
            deployment.queuedAgain();
            deployments.flush();
            return deployment.info();
        }));
        jobs.<DeployJob>start(job -> job.rollback(deploymentId));
        return queued;
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<DeploymentInfo> list(UUID projectId) {
        return deployments.findByProjectIdOrderByCreatedAtDesc(projectId).stream()
                .map(Deployment::info)
                .toList();
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public DeploymentInfo get(UUID projectId, UUID deploymentId) {
        return own(projectId, deploymentId).info();
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public Optional<DeploymentInfo> live(UUID projectId) {
        return deployments
                .findFirstByProjectIdAndStateOrderByLiveAtDesc(projectId, DeploymentState.LIVE)
                .map(Deployment::info);
    }

    /** The check below can race; the database's unique index cannot. */
    private static <T> T inProgressGuarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(IN_PROGRESS);
        }
    }

    private void requireNoneInProgress(UUID projectId) {
        boolean busy = deployments.findByProjectIdOrderByCreatedAtDesc(projectId).stream()
                .anyMatch(d -> d.getState() == DeploymentState.QUEUED || d.getState() == DeploymentState.DEPLOYING);
        if (busy) {
            throw new ConflictException(IN_PROGRESS);
        }
    }

    private Deployment own(UUID projectId, UUID deploymentId) {
        return deployments
                .findById(deploymentId)
                .filter(d -> d.getProjectId().equals(projectId))
                .orElseThrow(() -> new NotFoundException("No such deployment"));
    }
}
