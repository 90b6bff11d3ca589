package com.sitewright.release.preview.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.sitewright.project.ProjectPage;
import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewState;
import com.sitewright.release.quality.QualityReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preview page's state without a browser: what is shown, offered, polled for and asked before approving. */
class PreviewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    private PreviewModel model;

    @BeforeEach
    void setUp() {
        model = new PreviewModel(true);
        model.open(PROJECT, null, null, Device.DESKTOP, "studio.example");
    }

    @Test
    void theNewestPreviewIsShownUnlessTheAddressNamesOneAndPreviewsAreNumberedFromTheOldest() {
        PreviewInfo newest = preview(PreviewState.READY);
        PreviewInfo older = preview(PreviewState.EXPIRED);
        PreviewInfo oldest = preview(PreviewState.FAILED);

        assertThat(model.update(List.of(newest, older, oldest))).isTrue();
        assertThat(model.shown()).contains(newest);
        assertThat(model.shownNumber()).isEqualTo(3);

        model.select(older.id());
        assertThat(model.update(List.of(newest, older, oldest))).isTrue();
        assertThat(model.shown()).contains(older);
        assertThat(model.shownNumber()).isEqualTo(2);
        assertThat(model.shareTitle()).isEqualTo("preview #2");
        // The same preview again: the stage keeps what it shows.
        assertThat(model.update(List.of(newest, older, oldest))).isFalse();
    }

    @Test
    void aPreviewNamedInTheAddressThatIsGoneFallsBackToTheNewest() {
        PreviewInfo newest = preview(PreviewState.READY);
        model.open(PROJECT, UUID.randomUUID(), null, Device.DESKTOP, null);

        model.update(List.of(newest, preview(PreviewState.READY)));

        assertThat(model.shown()).contains(newest);
    }

    @Test
    void withoutPreviewsTheStageShowsTheEmptyStateAndEveryRefreshStartsItAfresh() {
        assertThat(model.update(List.of())).isTrue();
        assertThat(model.update(List.of())).isTrue();

        assertThat(model.shown()).isEmpty();
        assertThat(model.shownNumber()).isZero();
        assertThat(model.body(false)).isEqualTo(StageBody.EMPTY);
        assertThat(model.controls()).isEqualTo(new ToolbarControls(true, "Preview", false, false, false));
    }

    @Test
    void openingTheAddressAgainShowsItsPreviewAfresh() {
        List<PreviewInfo> all = List.of(preview(PreviewState.READY));
        model.update(all);

        model.open(PROJECT, null, null, Device.MOBILE, null);

        assertThat(model.shown()).isEmpty();
        assertThat(model.update(all)).isTrue();
    }

    @Test
    void aBuildAnywhereInTheProjectHoldsBackANewOneAndTheLogFollowsItInSmallSteps() {
        PreviewInfo building = preview(PreviewState.BUILDING);
        model.update(List.of(building, preview(PreviewState.READY)));

        assertThat(model.building()).isTrue();
        assertThat(model.controls()).isEqualTo(new ToolbarControls(false, "Building…", false, false, false));
        assertThat(model.body(false)).isEqualTo(StageBody.BUILDING);
        assertThat(model.logReads()).isEqualTo(PreviewModel.LOG_PARTS_PER_REFRESH);
        assertThat(model.logHeading(NOW))
                .isEqualTo(new LogHeading("Building commit abc12345", "Running for 1 min 30 s · Generate site", true));
        assertThat(model.poll(false, NOW)).isTrue();
    }

    @Test
    void aQueuedBuildSaysHowLongItHasWaited() {
        model.update(List.of(preview(PreviewState.QUEUED)));

        assertThat(model.logHeading(NOW).detail())
                .isEqualTo("Queued 2 min 00 s ago: waiting for a build worker · Generate site");
    }

    @Test
    void aFailedBuildShowsItsWholeLogAndHowLongItRan() {
        model.update(List.of(preview(PreviewState.FAILED)));

        assertThat(model.body(false)).isEqualTo(StageBody.FAILED);
        assertThat(model.logReads()).isEqualTo(Integer.MAX_VALUE);
        assertThat(model.logHeading(NOW))
                .isEqualTo(new LogHeading("Build log", "Commit abc12345 · failed after 45.0 s", false));
        assertThat(model.controls().built()).isFalse();
        assertThat(model.poll(false, NOW)).isFalse();
    }

    @Test
    void aReadyPreviewIsOfferedToEditorsToStopShareAndApprove() {
        model.update(List.of(preview(PreviewState.READY)));

        assertThat(model.built()).isPresent();
        assertThat(model.controls()).isEqualTo(new ToolbarControls(true, "Preview", true, true, true));
        assertThat(model.body(false)).isEqualTo(StageBody.SITE);
        assertThat(model.body(true)).isEqualTo(StageBody.SITE_NOTE);
        assertThat(model.stoppedNote()).isNull();
    }

    @Test
    void viewersAreNotOfferedStop() {
        var viewer = new PreviewModel(false);
        viewer.open(PROJECT, null, null, Device.DESKTOP, null);
        viewer.update(List.of(preview(PreviewState.READY)));

        assertThat(viewer.canEdit()).isFalse();
        assertThat(viewer.controls().canStop()).isFalse();
        assertThat(viewer.controls().built()).isTrue();
    }

    @Test
    void approveWaitsWhileTheDeploymentStartedHereRuns() {
        model.update(List.of(preview(PreviewState.READY)));
        UUID promotion = UUID.randomUUID();
        model.approved(promotion);

        model.promotion(Optional.of(
                new PreviewPromotion.Promotion(promotion, PreviewPromotion.Stage.DEPLOYING, "b1", null, null)));

        assertThat(model.promotionId()).contains(promotion);
        assertThat(model.deploying()).isTrue();
        assertThat(model.controls().canApprove()).isFalse();
        assertThat(model.poll(true, NOW)).isTrue();

        model.promotion(Optional.of(new PreviewPromotion.Promotion(
                promotion, PreviewPromotion.Stage.LIVE, "b1", "https://live.example", null)));

        assertThat(model.controls().canApprove()).isTrue();
        assertThat(model.poll(true, NOW)).isFalse();
    }

    @Test
    void thePageKeepsPollingWhileTheQualityChecksRun() {
        model.update(List.of(preview(PreviewState.READY)));

        model.quality(report(QualityReport.State.RUNNING, QualityReport.Verdict.PENDING, "crawling", List.of()));
        assertThat(model.checking()).isTrue();
        assertThat(model.poll(true, NOW)).isTrue();

        model.quality(report(QualityReport.State.DONE, QualityReport.Verdict.PASSED, null, List.of()));
        assertThat(model.poll(true, NOW)).isFalse();

        model.quality(null);
        assertThat(model.checking()).isFalse();
    }

    @Test
    void aStoppedPreviewInItsFrameIsFollowedForTwoMinutesToSeeItRunningAgain() {
        PreviewInfo stopped = preview(PreviewState.STOPPED, "Stopped after an hour without visits");
        model.update(List.of(stopped));

        assertThat(model.body(false)).isEqualTo(StageBody.SITE);
        assertThat(model.stoppedNote())
                .isEqualTo("Stopped after an hour without visits. Opening the preview starts it again, which takes a "
                        + "few seconds.");
        // Only once its frame is loaded does the preview start again.
        assertThat(model.poll(false, NOW)).isFalse();
        assertThat(model.poll(true, NOW)).isTrue();
        assertThat(model.poll(true, NOW.plus(Duration.ofSeconds(119)))).isTrue();
        assertThat(model.poll(true, NOW.plus(PreviewModel.FOLLOW_STOPPED))).isFalse();

        // Another preview shown, then this one again: it is followed afresh.
        PreviewInfo other = preview(PreviewState.READY);
        model.select(other.id());
        assertThat(model.update(List.of(stopped, other))).isTrue();
        model.select(null);
        assertThat(model.update(List.of(stopped, other))).isTrue();
        assertThat(model.poll(true, NOW.plus(Duration.ofMinutes(5)))).isTrue();
    }

    @Test
    void aStoppedPreviewWithoutAReasonSaysItsServerIsNotRunning() {
        model.update(List.of(preview(PreviewState.STOPPED, " ")));

        assertThat(model.stoppedNote())
                .isEqualTo(
                        "Its server is not running. Opening the preview starts it again, which takes a few seconds.");
    }

    @Test
    void aPreviewStoppedHereStaysOutOfItsFrameUntilOpenedAgain() {
        PreviewInfo ready = preview(PreviewState.READY);
        model.update(List.of(ready));

        PreviewModel.Stop stop = model.beginStop().orElseThrow();

        assertThat(stop.preview()).isEqualTo(ready);
        assertThat(stop.notice()).isEqualTo("Preview #1 stopped");
        // While the stop is on its way nothing puts the frame back, not even a poll seeing the preview still ready.
        assertThat(model.body(true)).isEqualTo(StageBody.UNCHANGED);
        assertThat(model.body(false)).isEqualTo(StageBody.UNCHANGED);

        model.stopDone();
        PreviewInfo stopped = stopped(ready);
        model.update(List.of(stopped));
        assertThat(model.body(false)).isEqualTo(StageBody.STOPPED_HERE);
        assertThat(model.controls().canStop()).isFalse();
        assertThat(model.controls().built()).isTrue();

        model.openStopped();
        assertThat(model.body(false)).isEqualTo(StageBody.SITE);
    }

    @Test
    void nothingToStopWithoutAPreview() {
        model.update(List.of());

        assertThat(model.beginStop()).isEmpty();
    }

    @Test
    void anExpiredPreviewCannotBeServedOrApproved() {
        model.update(List.of(preview(PreviewState.EXPIRED)));

        assertThat(model.body(false)).isEqualTo(StageBody.EXPIRED);
        assertThat(model.built()).isEmpty();
        assertThat(model.controls().canApprove()).isFalse();
    }

    @Test
    void theAddressNamesTheChosenPreviewAndAnyDeviceButTheDesktop() {
        assertThat(model.address()).isEqualTo("projects/" + PROJECT + "/preview");
        assertThat(model.addressParameters()).isEmpty();

        UUID chosen = UUID.randomUUID();
        model.select(chosen);
        model.device(Device.MOBILE);

        assertThat(model.device()).isEqualTo(Device.MOBILE);
        assertThat(model.addressParameters())
                .containsExactly(entry("preview", chosen.toString()), entry("device", "mobile"));
        assertThat(model.route(ProjectPage.DEPLOYMENTS)).isEqualTo("projects/" + PROJECT + "/deployments");
    }

    @Test
    void theAddressKeepsTheItemToOpenAndTheStudiosHostName() {
        model.open(PROJECT, null, "/menu/espresso", Device.TABLET, "10.0.0.5");

        assertThat(model.projectId()).isEqualTo(PROJECT);
        assertThat(model.itemPath()).isEqualTo("/menu/espresso");
        assertThat(model.studioHost()).isEqualTo("10.0.0.5");
        assertThat(model.device()).isEqualTo(Device.TABLET);
    }

    @Test
    void approvingAPreviewThatPassedItsChecksAsksPlainly() {
        model.update(List.of(preview(PreviewState.READY), preview(PreviewState.EXPIRED)));

        Approval approval =
                model.approval(report(QualityReport.State.DONE, QualityReport.Verdict.PASSED, null, List.of()));

        assertThat(approval.header()).isEqualTo("Deploy preview #2 to production?");
        assertThat(approval.confirmText()).isEqualTo("Approve & deploy");
        assertThat(approval.warning()).isFalse();
        assertThat(approval.message())
                .startsWith("The very build you are looking at (commit abc12345, build build-1) goes live")
                .endsWith("until the new one answers. It passed its quality checks.");
    }

    @Test
    void approvingWithChecksSwitchedOffDoesNotClaimTheyPassed() {
        model.update(List.of(preview(PreviewState.READY)));

        Approval approval =
                model.approval(report(QualityReport.State.OFF, QualityReport.Verdict.PENDING, null, List.of()));

        assertThat(approval.warning()).isFalse();
        assertThat(approval.message()).endsWith("until the new one answers.");
    }

    @Test
    void approvingAPreviewBelowTheThresholdsListsItsProblemsAndAsksToDeployAnyway() {
        model.update(List.of(preview(PreviewState.READY)));
        List<String> problems = List.of("3 dead internal links (at most 0 allowed), for example /menu");

        Approval approval =
                model.approval(report(QualityReport.State.DONE, QualityReport.Verdict.FAILED, null, problems));

        assertThat(approval.header()).isEqualTo("Preview #1 is below the quality thresholds");
        assertThat(approval.confirmText()).isEqualTo("Deploy anyway");
        assertThat(approval.warning()).isTrue();
        assertThat(approval.checksRunning()).isNull();
        assertThat(approval.problems()).isEqualTo(problems);
        assertThat(approval.message()).endsWith(" Deploy it anyway?");
    }

    @Test
    void approvingWhileTheChecksRunSaysSo() {
        model.update(List.of(preview(PreviewState.READY)));

        Approval running = model.approval(
                report(QualityReport.State.RUNNING, QualityReport.Verdict.PENDING, "Lighthouse on /", List.of()));
        Approval waiting =
                model.approval(report(QualityReport.State.WAITING, QualityReport.Verdict.PENDING, null, List.of()));
        Approval incomplete = model.approval(report(
                QualityReport.State.DONE, QualityReport.Verdict.INCOMPLETE, null, List.of("Links were not checked")));

        assertThat(running.header()).isEqualTo("Preview #1 has not been checked yet");
        assertThat(running.checksRunning()).isEqualTo("Its quality checks are still running (Lighthouse on /).");
        assertThat(waiting.checksRunning()).isEqualTo("Its quality checks are still running.");
        assertThat(incomplete.header()).isEqualTo("Preview #1 could not be checked completely");
        assertThat(incomplete.checksRunning()).isNull();
    }

    private static PreviewInfo preview(PreviewState state) {
        return preview(state, state == PreviewState.FAILED ? "next build failed" : null);
    }

    private static PreviewInfo preview(PreviewState state, String error) {
        boolean finished = state == PreviewState.FAILED;
        return new PreviewInfo(
                UUID.randomUUID(),
                PROJECT,
                "abc12345def67890",
                "Generate site",
                state,
                "build-1",
                error,
                NOW.minus(Duration.ofMinutes(2)),
                NOW.minus(Duration.ofSeconds(90)),
                null,
                finished ? NOW.minus(Duration.ofSeconds(45)) : null);
    }

    private static PreviewInfo stopped(PreviewInfo preview) {
        return new PreviewInfo(
                preview.id(),
                preview.projectId(),
                preview.commitId(),
                preview.commitMessage(),
                PreviewState.STOPPED,
                preview.buildId(),
                "Stopped by admin",
                preview.createdAt(),
                preview.startedAt(),
                preview.readyAt(),
                preview.finishedAt());
    }

    private static QualityReport report(
            QualityReport.State state, QualityReport.Verdict verdict, String progress, List<String> problems) {
        return new QualityReport(
                UUID.randomUUID(), state, progress, verdict, problems, null, null, null, null, null, null, null);
    }
}
