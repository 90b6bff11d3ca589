package com.sitewright.preview.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Formats;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.Poller;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentService;
import com.sitewright.hosting.ShareGrantInfo;
import com.sitewright.model.ContentModelService;
import com.sitewright.preview.PreviewInfo;
import com.sitewright.preview.PreviewService;
import com.sitewright.preview.PreviewState;
import com.sitewright.project.ProjectService;
import com.sitewright.quality.QualityReport;
import com.sitewright.quality.QualityService;
import com.sitewright.quality.ui.QualityPanel;
import com.sitewright.site.SitePaths;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project's preview: build the latest commit, follow the build log, look at the running site on
 * desktop, tablet and mobile, share it, and approve it for production. The shown preview and device
 * are in the address, so a preview can be bookmarked and sent to a colleague.
 */
@Route("projects/:projectId/preview")
@PageTitle("Preview · Sitewright")
@PermitAll
class PreviewView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(PreviewView.class);
    private static final int POLL_MILLIS = 1000;
    /** A stopped preview starts again when its frame loads; follow it that long to show it running. */
    private static final Duration FOLLOW_STOPPED = Duration.ofMinutes(2);
    /** At most this many parts of the log per refresh, so a huge backlog arrives over a few seconds. */
    private static final int LOG_PARTS_PER_REFRESH = 8;

    private final ProjectService projects;
    private final PreviewService previews;
    private final PreviewPromotion promotions;
    private final boolean canEdit;

    private final ViewHeader header = new ViewHeader("Preview");
    private final PreviewToolbar toolbar;
    private final DeploymentBanner banner = new DeploymentBanner();
    private final QualityPanel checks;
    private final PreviewStage stage;
    private final Poller poller = new Poller(POLL_MILLIS, this::refreshQuietly);

    private UUID projectId;
    /** The preview asked for in the address; null means the newest. */
    private UUID requestedId;
    /** The page to open, when the address names an item ("open in preview" from the editor). */
    private String itemPath;

    private PreviewInfo shown;
    private int shownNumber;
    /** The preview this person stopped here: it is not restarted behind their back by showing it. */
    private UUID stoppedHere;

    private Instant stoppedSeenAt;
    private UUID promotionId;
    /** The host name this person reached the studio by: the preview's address uses it when the studio knows it. */
    private String studioHost;
    /** Between Stop and its server having stopped. */
    private boolean stopping;

    private final ContentService content;
    private final ContentModelService model;
    private final QualityService quality;

    PreviewView(
            ProjectService projects,
            PreviewService previews,
            PreviewPromotion promotions,
            AuthenticationContext authentication,
            ContentService content,
            ContentModelService model,
            QualityService quality) {
        this.quality = quality;
        this.content = content;
        this.model = model;
        this.projects = projects;
        this.previews = previews;
        this.promotions = promotions;
        this.canEdit = authentication.hasAnyRole("ADMIN", "EDITOR");
        addClassName("preview-view");
        setSizeFull();

        toolbar = new PreviewToolbar(new ToolbarActions(), canEdit);
        checks = new QualityPanel(canEdit ? this::recheck : null);
        stage = new PreviewStage(canEdit ? this::startPreview : null, this::openStopped);
        header.addActions(
                navigation("Content", VaadinIcon.TABLE, "content"),
                navigation("Deployments", VaadinIcon.CLOUD_UPLOAD, "deployments"));
        add(header, toolbar, banner, checks, stage);
        setFlexGrow(1, stage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        projectId = id.get();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        studioHost = request == null ? null : request.getServerName();
        header.setSubtitle(projects.get(projectId).name() + " · the generated site, built and running privately");
        QueryParameters params = event.getLocation().getQueryParameters();
        requestedId =
                params.getSingleParameter("preview").flatMap(RouteIds::parse).orElse(null);
        itemPath = params.getSingleParameter("item")
                .flatMap(RouteIds::parse)
                .flatMap(this::pathOf)
                .orElse(null);
        Device device = params.getSingleParameter("device").flatMap(Device::of).orElse(Device.DESKTOP);
        toolbar.setDevice(device);
        stage.frame().setDevice(device);
        shown = null;
        stage.reset();
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        poller.attach(attachEvent.getUI());
        if (projectId != null) {
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        poller.detach();
    }

    /** Reads the project's previews and the deployment started here, and shows them as they are now. */
    private void refresh() {
        Instant now = Instant.now();
        List<PreviewInfo> all = previews.list(projectId);
        PreviewInfo selected = all.stream()
                .filter(preview -> preview.id().equals(requestedId))
                .findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst());
        if (selected == null || shown == null || !selected.id().equals(shown.id())) {
            stage.reset();
            stoppedSeenAt = null;
        }
        shown = selected;
        shownNumber = selected == null ? 0 : all.size() - all.indexOf(selected);
        boolean building = all.stream().anyMatch(preview -> preview.state().isInProgress());

        Optional<PreviewPromotion.Promotion> promotion =
                promotionId == null ? Optional.empty() : promotions.get(projectId, promotionId);
        promotion.ifPresentOrElse(found -> banner.show(found, route("deployments")), banner::hide);
        boolean deploying = promotion.map(found -> found.stage().inProgress()).orElse(false);

        toolbar.show(all, selected, building, deploying, now);
        render(selected, now);
        boolean checking = showChecks(selected);
        poller.setActive(building || deploying || checking || followingStopped(selected, now));
    }

    /** Shows the checks of a built preview; true while they run. */
    private boolean showChecks(PreviewInfo preview) {
        if (preview == null || !preview.state().isBuilt()) {
            checks.hide();
            return false;
        }
        QualityReport report = quality.report(projectId, preview.id());
        checks.show(report);
        return report.state().inProgress();
    }

    private void recheck() {
        PreviewInfo preview = shown;
        if (preview != null) {
            attempt(() -> {
                quality.recheck(projectId, preview.id());
                refresh();
            });
        }
    }

    private void render(PreviewInfo preview, Instant now) {
        if (preview == null) {
            stage.showEmpty();
            toolbar.setOpenLink(null);
            return;
        }
        switch (preview.state()) {
            case QUEUED, BUILDING -> {
                stage.showBuilding();
                stage.log().setHeading("Building commit " + preview.shortCommit(), buildingDetail(preview, now), true);
                readLog(preview, LOG_PARTS_PER_REFRESH);
            }
            case READY, STOPPED -> renderSite(preview);
            case FAILED -> {
                if (stage.mode() != PreviewStage.Mode.FAILED) {
                    stage.showFailed(preview.error());
                }
                stage.log().setHeading("Build log", failedDetail(preview), false);
                readLog(preview, Integer.MAX_VALUE);
            }
            case EXPIRED -> stage.showExpired();
        }
    }

    private void renderSite(PreviewInfo preview) {
        if (stopping) {
            // A poll while a stop is on its way must not put the site's frame back: its first request would start
            // the server again.
            return;
        }
        String stoppedNote = preview.state() == PreviewState.STOPPED ? stoppedNote(preview) : null;
        if (stage.mode() == PreviewStage.Mode.SITE) {
            stage.setStopped(stoppedNote);
            return;
        }
        if (preview.state() == PreviewState.STOPPED && preview.id().equals(stoppedHere)) {
            stage.showStopped(stoppedNote);
            return;
        }
        Optional<String> link = previews.studioLink(projectId, preview.id(), itemPath, studioHost);
        if (link.isEmpty()) {
            stage.showUnreachable();
            return;
        }
        stage.showSite(link.get(), stoppedNote);
        toolbar.setOpenLink(link.get());
    }

    /** Where the item renders on the site; empty for items without a page of their own (or a missing item). */
    private Optional<String> pathOf(UUID itemId) {
        try {
            ContentItemRow item = content.get(projectId, itemId);
            return SitePaths.pathOf(model.type(projectId, item.typeKey()), item.slug());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Appends what the build wrote since the last look, up to {@code parts} reads. */
    private void readLog(PreviewInfo preview, int parts) {
        BuildLogPanel panel = stage.log();
        for (int i = 0; i < parts; i++) {
            PreviewService.LogChunk chunk = previews.log(projectId, preview.id(), panel.offset());
            if (chunk.nextOffset() <= panel.offset()) {
                return;
            }
            panel.append(chunk.text(), chunk.nextOffset());
        }
    }

    private boolean followingStopped(PreviewInfo preview, Instant now) {
        if (preview == null || preview.state() != PreviewState.STOPPED || stage.mode() != PreviewStage.Mode.SITE) {
            return false;
        }
        if (stoppedSeenAt == null) {
            stoppedSeenAt = now;
        }
        return Duration.between(stoppedSeenAt, now).compareTo(FOLLOW_STOPPED) < 0;
    }

    /** The poll's refresh: a failure stops the polling with one message instead of one every second. */
    private void refreshQuietly() {
        if (projectId == null) {
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            poller.setActive(false);
            error("This project or preview no longer exists.");
        } catch (RuntimeException e) {
            poller.setActive(false);
            log.warn("Refreshing the preview of project {} failed", projectId, e);
            error("The preview could not be refreshed. Reload the page to try again.");
        }
    }

    private void startPreview() {
        attempt(() -> {
            PreviewInfo started = previews.start(projectId);
            requestedId = started.id();
            syncUrl();
            refresh();
        });
    }

    private void openStopped() {
        stoppedHere = null;
        stage.reset();
        refresh();
    }

    private void confirmApprove() {
        PreviewInfo preview = shown;
        if (preview == null) {
            return;
        }
        QualityReport report = quality.report(projectId, preview.id());
        String build = "The very build you are looking at (commit " + preview.shortCommit() + ", build "
                + preview.buildId() + ") goes live at the project's production address, and all of the project's "
                + "content is published. The current live site stays up until the new one answers.";
        Confirmation confirmation;
        if (report.needsConfirmation()) {
            // Below the thresholds, or not known to be above them: say what is wrong before anything ships.
            String header = switch (report.verdict()) {
                case FAILED -> "Preview #" + shownNumber + " is below the quality thresholds";
                case INCOMPLETE -> "Preview #" + shownNumber + " could not be checked completely";
                default -> "Preview #" + shownNumber + " has not been checked yet";
            };
            var text = new VerticalLayout();
            text.setPadding(false);
            text.addClassName("approve-check-failures");
            if (report.state().inProgress() || report.state() == QualityReport.State.WAITING) {
                text.add(new Paragraph("Its quality checks are still running"
                        + (report.progress() == null ? "." : " (" + report.progress() + ").")));
            }
            if (!report.problems().isEmpty()) {
                UnorderedList problems = new UnorderedList();
                report.problems().forEach(problem -> problems.add(new ListItem(problem)));
                text.add(problems);
            }
            text.add(new Paragraph(build + " Deploy it anyway?"));
            confirmation =
                    Confirmation.ask(header, "Deploy anyway").message(text).destructive();
        } else {
            confirmation = Confirmation.ask("Deploy preview #" + shownNumber + " to production?", "Approve & deploy")
                    .message(build
                            + (report.state() == QualityReport.State.DONE ? " It passed its quality checks." : ""));
        }
        confirmation.open(() -> attempt(() -> {
            PreviewPromotion.Promotion promotion = promotions.approve(projectId, preview.id());
            promotionId = promotion.id();
            refresh();
        }));
    }

    private void share() {
        PreviewInfo preview = shown;
        attempt(() -> new ShareDialog(
                        "preview #" + shownNumber,
                        canEdit,
                        new ShareDialog.Links() {
                            @Override
                            public PreviewService.ShareLink create(Duration validFor) {
                                return previews.shareLink(projectId, preview.id(), validFor, studioHost);
                            }

                            @Override
                            public List<ShareGrantInfo> list() {
                                return previews.shares(projectId, preview.id());
                            }

                            @Override
                            public void revoke(UUID shareId) {
                                previews.revokeShare(projectId, preview.id(), shareId);
                            }
                        },
                        this::attempt)
                .open());
    }

    private void stop() {
        PreviewInfo preview = shown;
        int number = shownNumber;
        stoppedHere = preview.id();
        stopping = true;
        stage.showStopped("Stopping its server…");
        // Stopped only once the browser has taken the site's frame away: a last request of the site's own (a link
        // prefetch) would otherwise start the server again at once.
        getElement().executeJs("return null").then(removed -> {
            attempt(() -> {
                previews.stop(projectId, preview.id());
                Notifications.info("Preview #" + number + " stopped");
            });
            stopping = false;
            stage.reset();
            refresh();
        });
    }

    private void reload() {
        PreviewInfo preview = shown;
        if (preview == null || !preview.state().isBuilt()) {
            return;
        }
        if (stage.mode() != PreviewStage.Mode.SITE) {
            openStopped();
            return;
        }
        attempt(() -> previews.studioLink(projectId, preview.id(), null, studioHost)
                .ifPresentOrElse(
                        link -> {
                            stage.reload(link);
                            toolbar.setOpenLink(link);
                        },
                        stage::showUnreachable));
    }

    private void syncUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        if (requestedId != null) {
            params.put("preview", requestedId.toString());
        }
        if (toolbar.device() != Device.DESKTOP) {
            params.put("device", toolbar.device().id());
        }
        Location location = new Location("projects/" + projectId + "/preview", QueryParameters.simple(params));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    /** Runs a person's request; what the services refuse is said in a notification, in their words. */
    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException | ConflictException e) {
            error(e.getMessage());
        } catch (NotFoundException e) {
            error("That preview no longer exists, or it is not yours to see.");
        }
    }

    private static void error(String message) {
        Notifications.error(message);
    }

    private Button navigation(String text, VaadinIcon icon, String page) {
        return new Button(text, icon.create(), click -> getUI().ifPresent(ui -> ui.navigate(route(page))));
    }

    private String route(String page) {
        return "projects/" + projectId + "/" + page;
    }

    private static String buildingDetail(PreviewInfo preview, Instant now) {
        String message = preview.commitMessage() == null ? "" : " · " + preview.commitMessage();
        if (preview.state() == PreviewState.QUEUED) {
            return "Queued " + Formats.duration(Duration.between(preview.createdAt(), now))
                    + " ago: waiting for a build worker" + message;
        }
        Instant started = preview.startedAt() == null ? preview.createdAt() : preview.startedAt();
        return "Running for " + Formats.duration(Duration.between(started, now)) + message;
    }

    private static String failedDetail(PreviewInfo preview) {
        if (preview.startedAt() == null || preview.finishedAt() == null) {
            return "Commit " + preview.shortCommit();
        }
        return "Commit " + preview.shortCommit() + " · failed after "
                + Formats.duration(Duration.between(preview.startedAt(), preview.finishedAt()));
    }

    private static String stoppedNote(PreviewInfo preview) {
        String reason =
                preview.error() == null || preview.error().isBlank() ? "Its server is not running" : preview.error();
        return (reason.endsWith(".") ? reason : reason + ".")
                + " Opening the preview starts it again, which takes a few seconds.";
    }

    /** The toolbar's requests, answered by this view. */
    private final class ToolbarActions implements PreviewToolbar.Actions {

        @Override
        public void startPreview() {
            PreviewView.this.startPreview();
        }

        @Override
        public void select(UUID previewId) {
            requestedId = previewId;
            syncUrl();
            refresh();
        }

        @Override
        public void device(Device device) {
            stage.frame().setDevice(device);
            syncUrl();
        }

        @Override
        public void reload() {
            PreviewView.this.reload();
        }

        @Override
        public String freshLink() {
            PreviewInfo preview = shown;
            return preview == null
                    ? null
                    : previews.studioLink(projectId, preview.id(), null, studioHost)
                            .orElse(null);
        }

        @Override
        public void share() {
            PreviewView.this.share();
        }

        @Override
        public void stop() {
            PreviewView.this.stop();
        }

        @Override
        public void approve() {
            confirmApprove();
        }
    }
}
