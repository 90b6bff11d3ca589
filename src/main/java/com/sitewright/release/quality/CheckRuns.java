package com.sitewright.release.quality;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores a preview's check run as it goes (started, each result as soon as it is known, done), each step committed. */
@Component
class CheckRuns {

    private final PreviewCheckRepository checks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CheckRuns(PreviewCheckRepository checks, TransactionTemplate transaction, Clock clock) {
        this.checks = checks;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The run, now running; null when it is gone or has already finished. */
    PreviewCheck start(UUID previewId) {
        return transaction.execute(status -> checks.findById(previewId)
                .filter(found -> found.getState() != QualityReport.State.DONE)
                .map(found -> {
                    found.running(clock.instant());
                    found.progress("Starting");
                    return found;
                })
                .orElse(null));
    }

    void update(UUID previewId, Consumer<PreviewCheck> change) {
        transaction.executeWithoutResult(status -> checks.findById(previewId).ifPresent(change));
    }

    void done(UUID previewId) {
        update(previewId, found -> found.done(clock.instant()));
    }
}
