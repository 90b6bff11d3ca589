package com.sitewright.release.quality;

import com.sitewright.base.JobApi;
import com.sitewright.base.JobQueue;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Queues a preview's quality checks: when it becomes ready, and when an editor asks for them again. */
@Service
@JobApi
public class QualityQueue {

    private final PreviewCheckRepository checks;
    private final QualitySettings settings;
    private final JobQueue jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    QualityQueue(
            PreviewCheckRepository checks,
            QualitySettings settings,
            JobQueue jobs,
            TransactionTemplate transaction,
            Clock clock) {
        this.checks = checks;
        this.settings = settings;
        this.jobs = jobs;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Queues the checks of a site that has just become ready; {@code siteLabel} names its hosted site. Checks
     * already run for this preview are run again.
     */
    public void checkWhenReady(UUID projectId, UUID previewId, String siteLabel) {
        if (!settings.enabled()) {
            return;
        }
        transaction.executeWithoutResult(status -> checks.findById(previewId)
                .ifPresentOrElse(
                        check -> check.queued(clock.instant()),
                        () -> checks.save(new PreviewCheck(previewId, projectId, siteLabel, clock.instant()))));
        jobs.<QualityCheckJob>start(job -> job.check(previewId));
    }
}
