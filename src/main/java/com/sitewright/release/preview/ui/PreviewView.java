package com.sitewright.release.preview.ui;

import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.base.ui.WhileAttached;
import com.sitewright.content.ContentItemRow;
import com.sitewright.content.ContentService;
import com.sitewright.model.ContentModelService;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ui.ProjectLayout;
import com.sitewright.release.deploy.DeploymentService;
import com.sitewright.release.preview.PreviewInfo;
import com.sitewright.release.preview.PreviewService;
import com.sitewright.release.quality.QualityReport;
import com.sitewright.release.quality.QualityService;
import com.sitewright.release.quality.ui.QualityPanel;
import com.sitewright.security.CurrentUser;
import com.sitewright.site.SitePaths;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project's preview: build the latest commit, follow the build log, look at the running site on
 * desktop, tablet and mobile, share it, and approve it for production. The shown preview and device
 * are in the address, so a preview can be bookmarked and sent to a colleague. The page's state and
 * decisions are in {@link PreviewModel}; this view reads the services and shows what the model decides.
 */
@Route(value = "preview", layout = ProjectLayout.class)
@PageTitle("Preview · Sitewright")
@PermitAll
class PreviewView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(PreviewView.class);
    private static final int POLL_MILLIS = 1000;

    private final PreviewService previews;
    private final PreviewPromotion promotions;
    private final ContentService content;
    private final ContentModelService contentModel;
    private final QualityService quality;
    private final PreviewModel model;
    private final Clock clock;

    private final ViewHeader header = new ViewHeader("Preview");
    private final PreviewToolbar toolbar;
    private final DeploymentBanner banner = new DeploymentBanner();
    private final QualityPanel checks;
    private final PreviewStage stage;
    private final WhileAttached.Polling poller;

    PreviewView(
            PreviewService previews,
            DeploymentService deployments,
            ContentService content,
            ContentModelService contentModel,
            QualityService quality,
            Clock clock) {
        this.previews = previews;
        this.promotions = new PreviewPromotion(deployments);
        this.content = content;
        this.contentModel = contentModel;
        this.quality = quality;
        this.clock = clock;
        // Admins and editors change projects; viewers only look.
        boolean canEdit = CurrentUser.require().canEdit();
        this.model = new PreviewModel(canEdit);
        addClassName("preview-view");
        poller = WhileAttached.poll(this, POLL_MILLIS, this::refreshQuietly);
        addAttachListener(event -> {
            if (model.projectId() != null) {
                refresh();
            }
        });
        setSizeFull();

        toolbar = new PreviewToolbar(
                new PreviewToolbar.Actions(
                        this::startPreview,
                        this::select,
                        this::device,
                        this::reload,
                        () -> model.shown()
                                .flatMap(preview -> link(preview, null))
                                .orElse(null),
                        this::share,
                        this::stop,
                        this::confirmApprove),
                canEdit);
        checks = new QualityPanel(canEdit ? this::recheck : null);
        stage = new PreviewStage(canEdit ? this::startPreview : null, this::openStopped, toolbar::setOpenLink);
        header.setSubtitle("The generated site, built and running privately");
        add(header, toolbar, banner, checks, stage);
        setFlexGrow(1, stage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        UUID projectId = id.get();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        QueryParameters params = event.getLocation().getQueryParameters();
        UUID requested =
                params.getSingleParameter("preview").flatMap(RouteIds::parse).orElse(null);
        String itemPath = params.getSingleParameter("item")
                .flatMap(RouteIds::parse)
                .flatMap(itemId -> pathOf(projectId, itemId))
                .orElse(null);
        Device device = params.getSingleParameter("device").flatMap(Device::of).orElse(Device.DESKTOP);
        model.open(projectId, requested, itemPath, device, request == null ? null : request.getServerName());
        toolbar.setDevice(device);
        stage.frame().setDevice(device);
        stage.reset();
        refresh();
    }

    /** Reads the project's previews and the deployment started here, and shows them as they are now. */
    private void refresh() {
        Instant now = clock.instant();
        UUID projectId = model.projectId();
        if (model.update(previews.list(projectId))) {
            stage.reset();
        }
        Optional<PreviewPromotion.Promotion> promotion =
                model.promotionId().flatMap(id -> promotions.get(projectId, id));
        promotion.ifPresentOrElse(found -> banner.show(found, model.route(ProjectPage.DEPLOYMENTS)), banner::hide);
        model.promotion(promotion);

        toolbar.show(model.previews(), model.shown().orElse(null), model.controls(), now);
        stage.render(
                model,
                now,
                () -> model.shown().flatMap(preview -> link(preview, model.itemPath())),
                offset -> previews.log(projectId, model.shown().orElseThrow().id(), offset));
        showChecks();
        poller.setActive(model.poll(stage.showsSite(), now));
    }

    /** Shows the checks of a built preview, and hides them for any other. */
    private void showChecks() {
        QualityReport report = model.built()
                .map(preview -> quality.report(model.projectId(), preview.id()))
                .orElse(null);
        model.quality(report);
        if (report == null) {
            checks.hide();
        } else {
            checks.show(report);
        }
    }

    private void recheck() {
        model.shown()
                .ifPresent(preview -> Attempt.run(() -> {
                    quality.recheck(model.projectId(), preview.id());
                    refresh();
                }));
    }

    /** A fresh address that signs this browser in to the preview, at {@code path} (null: the site's home). */
    private Optional<String> link(PreviewInfo preview, String path) {
        return previews.studioLink(model.projectId(), preview.id(), path, model.studioHost());
    }

    /** Where the item renders on the site; empty for items without a page of their own (or a missing item). */
    private Optional<String> pathOf(UUID projectId, UUID itemId) {
        try {
            ContentItemRow item = content.get(projectId, itemId);
            return SitePaths.pathOf(contentModel.type(projectId, item.typeKey()), item.slug());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The poll's refresh: a failure stops the polling with one message instead of one every second. */
    private void refreshQuietly() {
        if (model.projectId() == null) {
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            poller.setActive(false);
            Notifications.error("This project or preview no longer exists.");
        } catch (RuntimeException e) {
            poller.setActive(false);
            log.warn("Refreshing the preview of project {} failed", model.projectId(), e);
            Notifications.error("The preview could not be refreshed. Reload the page to try again.");
        }
    }

    private void startPreview() {
        Attempt.run(() -> select(previews.start(model.projectId()).id()));
    }

    private void select(UUID previewId) {
        model.select(previewId);
        syncUrl();
        refresh();
    }

    private void device(Device device) {
        model.device(device);
        stage.frame().setDevice(device);
        syncUrl();
    }

    private void openStopped() {
        model.openStopped();
        stage.reset();
        refresh();
    }

    private void confirmApprove() {
        UUID projectId = model.projectId();
        model.shown()
                .ifPresent(preview -> ApproveDialog.open(
                        model.approval(quality.report(projectId, preview.id())),
                        () -> Attempt.run(() -> {
                            model.approved(
                                    promotions.approve(projectId, preview.id()).id());
                            refresh();
                        })));
    }

    private void share() {
        model.shown().ifPresent(preview -> {
            var links = new PreviewShares(previews, model.projectId(), preview.id(), model.studioHost());
            Attempt.run(() -> new ShareDialog(model.shareTitle(), model.canEdit(), links, Attempt::run).open());
        });
    }

    private void stop() {
        UUID projectId = model.projectId();
        model.beginStop()
                .ifPresent(stop -> stage.stopSite(() -> {
                    Attempt.run(() -> {
                        previews.stop(projectId, stop.preview().id());
                        Notifications.info(stop.notice());
                    });
                    model.stopDone();
                    stage.reset();
                    refresh();
                }));
    }

    private void reload() {
        Optional<PreviewInfo> built = model.built();
        if (built.isEmpty()) {
            return;
        }
        if (!stage.showsSite()) {
            openStopped();
            return;
        }
        Attempt.run(() -> link(built.get(), null).ifPresentOrElse(stage::reload, stage::showUnreachable));
    }

    private void syncUrl() {
        Location location = new Location(model.address(), QueryParameters.simple(model.addressParameters()));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }
}
