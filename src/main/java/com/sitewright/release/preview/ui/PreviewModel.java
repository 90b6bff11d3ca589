package com.sitewright.release.preview.ui;

import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewState;
import com.sitewright.release.quality.QualityReport;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The preview page's state, without any UI: which preview is shown, what the toolbar offers, what the stage shows,
 * whether the page keeps polling, and what approving asks. The page reads the services and hands their answers here;
 * the decisions live here so that they can be tested without a browser.
 */
final class PreviewModel {

    /** A stopped preview starts again when its frame loads; follow it that long to show it running. */
    static final Duration FOLLOW_STOPPED = Duration.ofMinutes(2);
    /** At most this many parts of the log per refresh, so a huge backlog arrives over a few seconds. */
    static final int LOG_PARTS_PER_REFRESH = 8;

    /** A stop on its way: the preview and the number it was shown with. */
    record Stop(PreviewInfo preview, int number) {

        String notice() {
            return "Preview #" + number + " stopped";
        }
    }

    private final boolean canEdit;

    private UUID projectId;
    /** The preview asked for in the address; null means the newest. */
    private UUID requestedId;
    /** The page to open, when the address names an item ("open in preview" from the editor). */
    private String itemPath;

    private Device device = Device.DESKTOP;
    /** The host name this person reached the studio by: the preview's address uses it when the studio knows it. */
    private String studioHost;

    private List<PreviewInfo> previews = List.of();
    private PreviewInfo shown;
    private int shownNumber;
    /** The preview this person stopped here: it is not restarted behind their back by showing it. */
    private UUID stoppedHere;
    /** Between Stop and its server having stopped. */
    private boolean stopping;

    private Instant stoppedSeenAt;
    private UUID promotionId;
    private boolean deploying;
    private boolean checking;

    /** {@code canEdit} false (viewers) never offers Stop. */
    PreviewModel(boolean canEdit) {
        this.canEdit = canEdit;
    }

    /** The page was opened at an address: what it names is shown from the next {@link #update}. */
    void open(UUID projectId, UUID requestedId, String itemPath, Device device, String studioHost) {
        this.projectId = projectId;
        this.requestedId = requestedId;
        this.itemPath = itemPath;
        this.device = device;
        this.studioHost = studioHost;
        this.shown = null;
    }

    /**
     * Takes the project's previews (newest first) and shows the requested one, or the newest. True when that is
     * another preview than before (or none), so that the stage starts afresh.
     */
    boolean update(List<PreviewInfo> all) {
        PreviewInfo selected = all.stream()
                .filter(preview -> preview.id().equals(requestedId))
                .findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst());
        boolean other = selected == null || shown == null || !selected.id().equals(shown.id());
        if (other) {
            stoppedSeenAt = null;
        }
        previews = List.copyOf(all);
        shown = selected;
        shownNumber = selected == null ? 0 : all.size() - all.indexOf(selected);
        return other;
    }

    UUID projectId() {
        return projectId;
    }

    /** Editors and admins build, stop, share and approve; viewers look. */
    boolean canEdit() {
        return canEdit;
    }

    String itemPath() {
        return itemPath;
    }

    String studioHost() {
        return studioHost;
    }

    List<PreviewInfo> previews() {
        return previews;
    }

    Optional<PreviewInfo> shown() {
        return Optional.ofNullable(shown);
    }

    /** The shown preview while it is built and on disk: it can be served, checked, shared and approved. */
    Optional<PreviewInfo> built() {
        return shown().filter(preview -> preview.state().isBuilt());
    }

    /** Previews are numbered from the oldest, #1, as the selector lists them. */
    int shownNumber() {
        return shownNumber;
    }

    /** Any preview of the project being built holds back a new one. */
    boolean building() {
        return previews.stream().anyMatch(preview -> preview.state().isInProgress());
    }

    /** Asks for another preview (null: the newest); the address follows. */
    void select(UUID previewId) {
        requestedId = previewId;
    }

    Device device() {
        return device;
    }

    void device(Device chosen) {
        device = chosen;
    }

    /** The page's address: the shown preview and device, so that it can be bookmarked and sent to a colleague. */
    String address() {
        return route(ProjectPage.PREVIEW);
    }

    Map<String, String> addressParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (requestedId != null) {
            params.put("preview", requestedId.toString());
        }
        if (device != Device.DESKTOP) {
            params.put("device", device.id());
        }
        return params;
    }

    /** Another of the project's pages, such as its deployments. */
    String route(ProjectPage page) {
        return ProjectRoutes.link(projectId, page);
    }

    /** The deployment approved from this page, followed in the banner. */
    Optional<UUID> promotionId() {
        return Optional.ofNullable(promotionId);
    }

    void approved(UUID promotion) {
        promotionId = promotion;
    }

    /** The approved deployment as it is now; while it runs, Approve waits. */
    void promotion(Optional<PreviewPromotion.Promotion> promotion) {
        deploying = promotion.map(found -> found.stage().inProgress()).orElse(false);
    }

    boolean deploying() {
        return deploying;
    }

    /** The shown preview's quality checks; null while it is not built (they are not shown then). */
    void quality(QualityReport report) {
        checking = report != null && report.state().inProgress();
    }

    boolean checking() {
        return checking;
    }

    /** What the toolbar offers for the shown preview. */
    ToolbarControls controls() {
        return ToolbarControls.of(shown, building(), deploying, canEdit);
    }

    /** What the stage shows now; {@code siteShown} says whether the site is in its frame already. */
    StageBody body(boolean siteShown) {
        if (shown == null) {
            return StageBody.EMPTY;
        }
        return switch (shown.state()) {
            case QUEUED, BUILDING -> StageBody.BUILDING;
            case READY, STOPPED -> {
                if (stopping) {
                    yield StageBody.UNCHANGED;
                }
                if (siteShown) {
                    yield StageBody.SITE_NOTE;
                }
                yield shown.state() == PreviewState.STOPPED && shown.id().equals(stoppedHere)
                        ? StageBody.STOPPED_HERE
                        : StageBody.SITE;
            }
            case FAILED -> StageBody.FAILED;
            case EXPIRED -> StageBody.EXPIRED;
        };
    }

    /** Why the shown preview's server is not running, and that opening it starts it; null while it runs. */
    String stoppedNote() {
        if (shown == null || shown.state() != PreviewState.STOPPED) {
            return null;
        }
        String reason = shown.error() == null || shown.error().isBlank() ? "Its server is not running" : shown.error();
        return (reason.endsWith(".") ? reason : reason + ".")
                + " Opening the preview starts it again, which takes a few seconds.";
    }

    /** The log's heading: the build as it runs, or the failed build's log. */
    LogHeading logHeading(Instant now) {
        return LogHeading.of(shown, now);
    }

    /** How many parts of the log to read now: a running build's arrive over a few refreshes, a failed one's at once. */
    int logReads() {
        return shown != null && shown.state().isInProgress() ? LOG_PARTS_PER_REFRESH : Integer.MAX_VALUE;
    }

    /**
     * Whether the page polls: while anything runs, and for a while after a shown preview is found stopped (its
     * frame starts it again), to show it running.
     */
    boolean poll(boolean siteShown, Instant now) {
        return building() || deploying || checking || followingStopped(siteShown, now);
    }

    private boolean followingStopped(boolean siteShown, Instant now) {
        if (shown == null || shown.state() != PreviewState.STOPPED || !siteShown) {
            return false;
        }
        if (stoppedSeenAt == null) {
            stoppedSeenAt = now;
        }
        return Duration.between(stoppedSeenAt, now).compareTo(FOLLOW_STOPPED) < 0;
    }

    /** Stop was pressed: the shown preview is not restarted by this page until asked for. */
    Optional<Stop> beginStop() {
        if (shown == null) {
            return Optional.empty();
        }
        stoppedHere = shown.id();
        stopping = true;
        return Optional.of(new Stop(shown, shownNumber));
    }

    /** The stop has been asked of the server (whether or not it could). */
    void stopDone() {
        stopping = false;
    }

    /** "Open preview" on a preview stopped here: showing it may start its server again. */
    void openStopped() {
        stoppedHere = null;
    }

    /** How the share dialog names the shown preview. */
    String shareTitle() {
        return "preview #" + shownNumber;
    }

    /** What approving the shown preview asks, given its quality checks as they are now. */
    Approval approval(QualityReport report) {
        return Approval.of(shown, shownNumber, report);
    }
}
