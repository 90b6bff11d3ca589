package com.sitewright.cms.push;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.JobQueue;
import com.sitewright.base.NotFoundException;
import com.sitewright.cms.connection.CmsConnectionService;
import com.sitewright.cms.connection.CmsConnectionView;
import com.sitewright.project.ProjectService;
import com.sitewright.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes of a project's model, images and items to its CMS: started (or dry-run) by its editors, followed by whoever
 * may see the project, retried for what failed. The work itself is {@link CmsPushJob}.
 */
@Service
public class CmsPushService {

    private static final int LISTED = 20;

    private final CmsPushRepository pushes;
    private final CmsConnectionService connections;
    private final ProjectService projects;
    private final JobQueue jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JsonMapper json;

    CmsPushService(
            CmsPushRepository pushes,
            CmsConnectionService connections,
            ProjectService projects,
            JobQueue jobs,
            TransactionTemplate transaction,
            JsonMapper json,
            Clock clock) {
        this.clock = clock;
        this.pushes = pushes;
        this.connections = connections;
        this.projects = projects;
        this.jobs = jobs;
        this.transaction = transaction;
        this.json = json;
    }

    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public PushView start(UUID projectId, PushRequest request) {
        return queue(projectId, request, null, null);
    }

    /** A new push of what the earlier one could not write (items by ID; everything when a type or image failed). */
    @PreAuthorize("@projectAccess.canEdit(#projectId)")
    public PushView retry(UUID projectId, UUID pushId) {
        PushView earlier = get(projectId, pushId);
        if (!earlier.state().isFinished()) {
            throw new ConflictException("This push is still running.");
        }
        if (earlier.dryRun()) {
            throw new InvalidInputException("A dry run wrote nothing to retry: start a push.");
        }
        if (earlier.counts().failed() == 0 && earlier.error() == null) {
            throw new InvalidInputException("Nothing failed in this push.");
        }
        boolean onlyItems = earlier.counts().failed() > 0
                && earlier.failures().size() == earlier.counts().failed()
                && earlier.failures().stream()
                        .allMatch(failure -> failure.kind().equals("item"));
        String only = onlyItems
                ? json.writeValueAsString(
                        earlier.failures().stream().map(PushFailure::itemId).toList())
                : null;
        return queue(projectId, new PushRequest(false, earlier.confirmDeletes(), false), only, pushId);
    }

    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public PushView get(UUID projectId, UUID pushId) {
        return pushes.findByIdAndProjectId(pushId, projectId)
                .map(this::view)
                .orElseThrow(() -> new NotFoundException("No such push in this project."));
    }

    /** The project's latest pushes, newest first. */
    @PreAuthorize("@projectAccess.canView(#projectId)")
    @Transactional(readOnly = true)
    public List<PushView> recent(UUID projectId) {
        return pushes.findByProjectIdOrderByCreatedAtDesc(projectId, Limit.of(LISTED)).stream()
                .map(this::view)
                .toList();
    }

    private PushView queue(UUID projectId, PushRequest request, String onlyItems, UUID retryOf) {
        CmsConnectionView connection = connections
                .find(projectId)
                .orElseThrow(
                        () -> new InvalidInputException("Connect the project to its CMS first (its CMS connection)."));
        UUID userId = CurrentUser.require().id();
        CmsPush push = transaction.execute(status -> {
            if (pushes.existsByProjectIdAndStateIn(projectId, List.of(PushState.QUEUED, PushState.RUNNING))) {
                throw new ConflictException("A push of this project is already running: wait for it to end.");
            }
            return pushes.save(new CmsPush(
                    projectId,
                    connection.provider(),
                    request.dryRun(),
                    request.confirmDeletes(),
                    request.confirmTypeChanges(),
                    onlyItems,
                    retryOf,
                    userId,
                    json.writeValueAsString(PushCounts.NONE),
                    clock.instant()));
        });
        UUID pushId = push.getId();
        jobs.<CmsPushJob>start(job -> job.run(pushId));
        return view(push);
    }

    private PushView view(CmsPush push) {
        PushPlan plan = push.getPlan() == null ? null : json.readValue(push.getPlan(), PushPlan.class);
        PushCounts counts = json.readValue(push.getCounts(), PushCounts.class);
        List<PushFailure> failures = json.readValue(push.getFailures(), new TypeReference<List<PushFailure>>() {});
        return new PushView(
                push.getId(),
                push.getProvider(),
                push.getState(),
                push.getPhase(),
                push.isDryRun(),
                push.isConfirmDeletes(),
                plan,
                new PushView.Progress(push.getDone(), push.getTotal(), eta(push)),
                counts,
                failures,
                push.getRequests(),
                push.getError(),
                push.getRetryOf(),
                push.getCreatedAt(),
                push.getStartedAt(),
                push.getFinishedAt());
    }

    /** Seconds left at the pace so far; none before the first writes or after the end. */
    private Long eta(CmsPush push) {
        if (push.getState() != PushState.RUNNING
                || push.getStartedAt() == null
                || push.getDone() == 0
                || push.getTotal() <= push.getDone()) {
            return null;
        }
        double perItem =
                (double) Duration.between(push.getStartedAt(), clock.instant()).toMillis() / push.getDone();
        return Math.round(perItem * (push.getTotal() - push.getDone()) / 1000);
    }
}
