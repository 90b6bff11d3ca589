package com.sitewright.cms.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sitewright.cms.push.PushCounts;
import com.sitewright.cms.push.PushPhase;
import com.sitewright.cms.push.PushState;
import com.sitewright.cms.push.PushView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CMS page says once how the push it started, or saw running, ended; and nothing about other pushes. */
class PushFollowerTest {

    private static final UUID PUSH = UUID.randomUUID();

    private PushFollower follower;

    @BeforeEach
    void setUp() {
        follower = new PushFollower();
    }

    @Test
    void aPushStartedHereIsReportedOnceWhenItSucceeds() {
        follower.started(PUSH);

        assertThat(follower.look(push(PUSH, PushState.RUNNING, false, null))).isEmpty();
        assertThat(follower.look(push(PUSH, PushState.SUCCEEDED, false, null)))
                .contains(new PushFollower.Outcome(true, "Pushed to Optimizely SaaS CMS: 12 created, 3 updated"));
        assertThat(follower.look(push(PUSH, PushState.SUCCEEDED, false, null))).isEmpty();
    }

    @Test
    void aFinishedDryRunPointsToItsPlan() {
        follower.started(PUSH);

        assertThat(follower.look(push(PUSH, PushState.SUCCEEDED, true, null)))
                .contains(new PushFollower.Outcome(true, "Dry run done: the plan is below"));
    }

    @Test
    void aPushSeenRunningWhenThePageOpenedIsFollowedToItsEnd() {
        assertThat(follower.look(push(PUSH, PushState.QUEUED, false, null))).isEmpty();

        assertThat(follower.look(push(PUSH, PushState.FAILED, false, "The CMS refused the token")))
                .contains(new PushFollower.Outcome(false, "The CMS refused the token"));
    }

    @Test
    void aFailureWithoutAMessageStillSaysItFailed() {
        follower.started(PUSH);

        assertThat(follower.look(push(PUSH, PushState.FAILED, false, null)))
                .contains(new PushFollower.Outcome(false, "The push failed."));
    }

    @Test
    void aPushThatEndedBeforeThePageOpenedIsNotReported() {
        assertThat(follower.look(push(PUSH, PushState.SUCCEEDED, false, null))).isEmpty();
        assertThat(follower.look(null)).isEmpty();
    }

    @Test
    void openingThePageAgainForgetsThePushFollowed() {
        follower.started(PUSH);
        follower.reset();

        assertThat(follower.look(push(PUSH, PushState.SUCCEEDED, false, null))).isEmpty();
    }

    @Test
    void anotherPushFinishingIsNotReportedForTheOneStartedHere() {
        follower.started(PUSH);

        assertThat(follower.look(push(UUID.randomUUID(), PushState.SUCCEEDED, false, null)))
                .isEmpty();
        assertThat(follower.look(push(PUSH, PushState.SUCCEEDED, false, null))).isPresent();
    }

    private static PushView push(UUID id, PushState state, boolean dryRun, String error) {
        return new PushView(
                id,
                "optimizely",
                state,
                PushPhase.TYPES,
                dryRun,
                false,
                null,
                new PushView.Progress(0, 0, null),
                new PushCounts(12, 3, 40, 0, 15, 0),
                List.of(),
                7,
                error,
                null,
                Instant.parse("2026-11-25T12:00:00Z"),
                null,
                null);
    }
}
