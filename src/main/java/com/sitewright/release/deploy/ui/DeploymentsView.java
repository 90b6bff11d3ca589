package com.sitewright.release.deploy.ui;

import com.sitewright.base.ConflictException;
import com.sitewright.base.InvalidInputException;
import com.sitewright.base.NotFoundException;
import com.sitewright.base.ui.Confirmation;
import com.sitewright.base.ui.Notifications;
import com.sitewright.base.ui.RouteIds;
import com.sitewright.base.ui.ViewHeader;
import com.sitewright.base.ui.WhileAttached;
import com.sitewright.project.ProjectPage;
import com.sitewright.project.ProjectRoutes;
import com.sitewright.project.ui.ProjectLayout;
import com.sitewright.release.deploy.DeploymentInfo;
import com.sitewright.release.deploy.DeploymentService;
import com.sitewright.release.deploy.DeploymentState;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project's production history: every deployment with its build and state, the live one marked,
 * and rollback to a build that was live before.
 */
@Route(value = "deployments", layout = ProjectLayout.class)
@PageTitle("Deployments · Sitewright")
@PermitAll
class DeploymentsView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(DeploymentsView.class);
    private static final int POLL_MILLIS = 1000;

    private final DeploymentService deployments;

    private final ViewHeader header = new ViewHeader("Deployments");
    private final Anchor openLive = new Anchor();
    private final LiveSummary summary = new LiveSummary();
    private final DeploymentsGrid grid;
    private final Div empty = new Div();
    private final WhileAttached.Polling poller;

    private UUID projectId;
    /** The rollback started here, to say when it is done. */
    private UUID rollingBack;

    DeploymentsView(DeploymentService deployments, AuthenticationContext authentication) {
        this.deployments = deployments;
        boolean canEdit = authentication.hasAnyRole("ADMIN", "EDITOR");
        addClassName("deployments-view");
        poller = WhileAttached.poll(this, POLL_MILLIS, this::refreshQuietly);
        addAttachListener(event -> {
            if (projectId != null) {
                refresh();
            }
        });
        setSizeFull();

        openLive.setText("Open live site");
        openLive.setTarget(AnchorTarget.BLANK);
        openLive.getElement().setAttribute("rel", "noopener");
        openLive.addClassNames("button-link", "button-link-primary", "open-live-site");
        openLive.add(VaadinIcon.EXTERNAL_LINK.create());
        header.setSubtitle("Production builds, newest first");
        header.addActions(openLive);

        grid = new DeploymentsGrid(canEdit ? this::confirmRollback : null);
        empty.addClassName("empty-state");
        add(header, summary, empty, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = RouteIds.require(event, "projectId");
        if (id.isEmpty()) {
            return;
        }
        projectId = id.get();
        empty.removeAll();
        var go = new Anchor(ProjectRoutes.link(projectId, ProjectPage.PREVIEW), "Go to the preview");
        go.addClassNames("button-link", "button-link-primary");
        empty.add(
                new Span("Nothing deployed yet"),
                new Paragraph("Build a preview of the site, look at it, then approve it: "
                        + "the very build you checked goes live here, and every deployment can be rolled back to."),
                go);
        refresh();
    }

    private void refresh() {
        List<DeploymentInfo> all = deployments.list(projectId);
        grid.show(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        Optional<DeploymentInfo> live =
                all.stream().filter(d -> d.state() == DeploymentState.LIVE).findFirst();
        showSummary(live);
        boolean inProgress = all.stream().anyMatch(DeploymentsView::inProgress);
        poller.setActive(inProgress);
        if (rollingBack != null) {
            all.stream().filter(d -> d.id().equals(rollingBack)).findFirst().ifPresent(this::reportRollback);
        }
    }

    private void showSummary(Optional<DeploymentInfo> live) {
        openLive.setVisible(live.isPresent() && live.get().url() != null);
        live.map(DeploymentInfo::url).ifPresent(openLive::setHref);
        live.ifPresentOrElse(deployment -> summary.show(deployment, grid.number(deployment)), summary::hide);
    }

    private void reportRollback(DeploymentInfo deployment) {
        if (deployment.state() == DeploymentState.LIVE) {
            rollingBack = null;
            Notifications.success("Deployment #" + grid.number(deployment) + " is live again");
        } else if (deployment.state() == DeploymentState.FAILED) {
            rollingBack = null;
            error("The rollback failed: " + firstLine(deployment.error()));
        }
    }

    private void confirmRollback(DeploymentInfo deployment) {
        int number = grid.number(deployment);
        Confirmation.ask("Roll back to deployment #" + number + "?", "Roll back")
                .message("Build " + deployment.buildId() + " (commit " + deployment.shortCommit() + ") goes live "
                        + "again and replaces the current site once it answers. Content is not republished: the site "
                        + "shows what is published now.")
                .open(() -> {
                    try {
                        DeploymentInfo queued = deployments.rollback(projectId, deployment.id());
                        rollingBack = queued.id();
                        Notifications.info("Rolling back to deployment #" + number + "…");
                        refresh();
                    } catch (InvalidInputException | ConflictException e) {
                        error(e.getMessage());
                    } catch (NotFoundException e) {
                        error("That deployment no longer exists, or it is not yours to see.");
                        refresh();
                    }
                });
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
            error("This project no longer exists.");
        } catch (RuntimeException e) {
            poller.setActive(false);
            log.warn("Refreshing the deployments of project {} failed", projectId, e);
            error("The deployments could not be refreshed. Reload the page to try again.");
        }
    }

    private static boolean inProgress(DeploymentInfo deployment) {
        return deployment.state() == DeploymentState.QUEUED || deployment.state() == DeploymentState.DEPLOYING;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }

    private static void error(String message) {
        Notifications.error(message);
    }
}
