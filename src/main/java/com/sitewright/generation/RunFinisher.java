package com.sitewright.generation;

import com.sitewright.base.JobQueue;
import com.sitewright.content.ContentJobs;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ends runs together with their projects: a finished project is ready with what it has and its counts are right,
 * a failed one says so, and a run that wrote items is followed by a run of its own that draws their pictures, so a
 * big store is usable (and its site built) before its images are.
 */
@Component
class RunFinisher {

    private static final Logger log = LoggerFactory.getLogger(RunFinisher.class);
    /** Runs at least this large change the table enough to reclaim it before the grid reads it. */
    static final long STATISTICS_THRESHOLD = 1_000;

    private final RunTracker tracker;
    private final ProjectRecord project;
    private final ContentJobs content;
    private final ApplicationEventPublisher events;
    private final JobQueue jobs;
    /** {@code sitewright.images.generate}: whether runs that write items are followed by an images run. */
    private final boolean imagesAfterRuns;

    RunFinisher(
            RunTracker tracker,
            ProjectRecord project,
            ContentJobs content,
            ApplicationEventPublisher events,
            JobQueue jobs,
            @Value("${sitewright.images.generate:true}") boolean imagesAfterRuns) {
        this.tracker = tracker;
        this.project = project;
        this.content = content;
        this.events = events;
        this.jobs = jobs;
        this.imagesAfterRuns = imagesAfterRuns;
    }

    /** The project is ready with what it has; the run succeeded, or stopped early for {@code stopReason}. */
    void finishProject(UUID runId, UUID projectId, long plannedItems, String stopReason) {
        if (plannedItems >= STATISTICS_THRESHOLD) {
            content.reclaimWorkingCopy();
        }
        GenerationRun follow = tracker.end(
                runId,
                () -> {
                    project.recount(projectId);
                    project.markReady(projectId);
                },
                stopReason,
                imagesAfterRuns);
        events.publishEvent(new GenerationSucceededEvent(projectId));
        queue(follow);
    }

    /** A "generate more" run ends; the project's status stays as it was. */
    void finishMore(UUID runId, UUID projectId, int types, String stopReason) {
        GenerationRun follow = tracker.end(runId, () -> project.recount(projectId, types), stopReason, imagesAfterRuns);
        queue(follow);
    }

    /**
     * A whole project's run and the project fail together, so nobody reads a failed run of a project still
     * "generating"; a failed "generate more" leaves the project's status as it was. Either way the counts
     * show what was written, which is kept.
     */
    void fail(UUID runId, UUID projectId, String message, boolean wholeProject) {
        tracker.update(runId, run -> {
            run.fail(message, tracker.now());
            project.recount(projectId);
            if (wholeProject) {
                project.markFailed(projectId);
            }
        });
    }

    /** Queues the images run of a finished run again, when there is one: it may have been cut off before it was. */
    void queueImagesAfter(GenerationRun finished) {
        tracker.find(GenerationRun.imagesAfter(finished, tracker.now()).getId()).ifPresent(this::queue);
    }

    /** Queues the images run, once: the job is named by the run, so queueing it again adds nothing. */
    private void queue(GenerationRun follow) {
        if (follow == null || follow.getState().isFinished()) {
            return;
        }
        UUID imagesRunId = follow.getId();
        try {
            jobs.<GenerationJob>start(imagesRunId, job -> job.run(imagesRunId));
        } catch (RuntimeException e) {
            log.debug("Images run {} is queued already: {}", imagesRunId, e.getMessage());
        }
    }
}
