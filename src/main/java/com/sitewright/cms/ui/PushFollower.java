package com.sitewright.cms.ui;

import com.sitewright.base.ui.Formats;
import com.sitewright.cms.push.PushState;
import com.sitewright.cms.push.PushView;
import java.util.Optional;
import java.util.UUID;

/**
 * The push the CMS page started or saw running, so that the page says once how it ended. Plain state, without any UI.
 */
final class PushFollower {

    /** How a followed push ended, in the words of the notification that says so. */
    record Outcome(boolean succeeded, String text) {}

    private UUID following;

    /** Another project's page, or the same one opened again: nothing is followed yet. */
    void reset() {
        following = null;
    }

    /** A push (or dry run, or retry) was started from this page. */
    void started(UUID pushId) {
        following = pushId;
    }

    /**
     * Looks at the project's latest push: a running one is followed from now on; the followed one, once finished, is
     * reported once.
     */
    Optional<Outcome> look(PushView latest) {
        if (latest == null) {
            return Optional.empty();
        }
        if (!latest.state().isFinished()) {
            if (following == null) {
                following = latest.id();
            }
            return Optional.empty();
        }
        if (!latest.id().equals(following)) {
            return Optional.empty();
        }
        following = null;
        return Optional.of(outcome(latest));
    }

    private static Outcome outcome(PushView finished) {
        if (finished.state() != PushState.SUCCEEDED) {
            return new Outcome(false, finished.error() == null ? "The push failed." : finished.error());
        }
        return new Outcome(
                true,
                finished.dryRun()
                        ? "Dry run done: the plan is below"
                        : "Pushed to " + PushProgress.providerName(finished.provider()) + ": "
                                + Formats.count(finished.counts().created()) + " created, "
                                + Formats.count(finished.counts().updated()) + " updated");
    }
}
