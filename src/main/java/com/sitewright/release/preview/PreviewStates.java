package com.sitewright.release.preview;

import com.sitewright.site.CommitInfo;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Moves previews through their states, each step committed on its own and timed by the studio's clock. */
@Component
class PreviewStates {

    private final PreviewRepository previews;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PreviewStates(PreviewRepository previews, TransactionTemplate transaction, Clock clock) {
        this.previews = previews;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A new preview of the commit, waiting for its build. */
    Preview queued(UUID projectId, CommitInfo commit, UUID userId) {
        return transaction.execute(status ->
                previews.save(new Preview(projectId, commit.id(), commit.message(), userId, clock.instant())));
    }

    /** The preview, now building; null when it is gone or no longer waiting for a build. */
    Preview building(UUID previewId) {
        return transaction.execute(status -> previews.findById(previewId)
                .filter(found -> found.getState().isInProgress())
                .map(found -> {
                    found.building(clock.instant());
                    return found;
                })
                .orElse(null));
    }

    void built(UUID previewId, String buildId) {
        update(previewId, found -> found.built(buildId, clock.instant()));
    }

    void ready(UUID previewId) {
        update(previewId, found -> found.ready(clock.instant()));
    }

    void failed(UUID previewId, String message) {
        update(previewId, found -> found.failed(message, clock.instant()));
    }

    void expired(UUID previewId) {
        update(previewId, Preview::expired);
    }

    /** The preview's server stopped: the preview stays built and starts again when opened. */
    void stopped(UUID previewId, String reason) {
        update(previewId, preview -> preview.stopped(capitalised(reason)));
    }

    /** The server of a stopped preview started again (someone opened it). */
    void restarted(UUID previewId) {
        transaction.executeWithoutResult(status -> previews.findById(previewId)
                .filter(preview -> preview.getState() == PreviewState.STOPPED)
                .ifPresent(preview -> preview.ready(clock.instant())));
    }

    /** Every ready preview stopped, as no site server survives a studio restart. */
    void stopAllReady() {
        transaction.executeWithoutResult(status -> previews.findByStateIn(List.of(PreviewState.READY))
                .forEach(preview -> preview.stopped("Stopped when the studio restarted; it starts again when opened")));
    }

    /** Changes the preview in a transaction of its own; nothing when it is gone. */
    private void update(UUID previewId, Consumer<Preview> change) {
        transaction.executeWithoutResult(status -> previews.findById(previewId).ifPresent(change));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
